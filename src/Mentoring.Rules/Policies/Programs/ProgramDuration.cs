using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>A personalized program lasts from 3 months to 1 year, by both readings of a month.</summary>
/// <remarks>
/// 002 §1 (понятия): «краткосрочная персонализированная программа (от 3 месяцев до 1 года)». The rule catalogue's revised
/// date convention and readings.md principle 7 (<see cref="ProgramTerm.JudgeLength"/>): too short (an error) when the
/// term is short under both the literal reading of ГК РФ ст. 191–192 and calendar months, too long (an error) when it is
/// too long under both; between them a warning that names the reading it breaches, with both dates. The approved term is
/// judged (<see cref="PersonalizedProgram.ApprovedTerm"/>): an extension agreed by mutual consent (002 «Изменение
/// сроков») may take the program past 12 months and is judged by <c>program.change-by-mutual-consent</c>; an early
/// completion on a recognized ground (002 «Завершение») does not shorten the approved term, so it never breaches the
/// minimum. Either bound may be switched off by an edition (<c>null</c>).
/// <para>
/// Judged on: the approved term itself — its first and planned last day — whatever the date of validation; the finding
/// does not change as the program runs, is extended or ends.
/// </para>
/// </remarks>
[JudgedOn("the approved term itself — its first and planned last day — whatever the date of validation; the finding does not change as the program runs, is extended or ends.")]
[Name("program.duration")]
[Title("Срок персонализированной программы — от 3 месяцев до 1 года", "A personalized program lasts from 3 months to 1 year")]
[Citation("002 §1 (понятия)", "Персонализированная программа наставничества – это краткосрочная персонализированная программа (от 3 месяцев до 1 года)")]
[Severity(Severity.Error)]
[RuleParameter("minMonths", ParameterKind.WholeNumber, "3", Nullable = true, Min = 1, Max = 120, Description = "The shortest term in months; null for none.", DescriptionRu = "Наименьший срок в месяцах; пустое значение — без ограничения.")]
[RuleParameter("maxMonths", ParameterKind.WholeNumber, "12", Nullable = true, Min = 1, Max = 120, Description = "The longest term in months; null for none.", DescriptionRu = "Наибольший срок в месяцах; пустое значение — без ограничения.")]
internal sealed class ProgramDuration : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation.ParametersOf(ctx), program)));
    }

    private static Verdict Judge(Editions.RuleParameters parameters, PersonalizedProgram program)
    {
        var approved = program.ApprovedTerm;
        var judgement = approved.JudgeLength(parameters.WholeNumber("minMonths"), parameters.WholeNumber("maxMonths"));
        var extendedTo = program.Term.End != approved.End ? program.Term.End : (DateOnly?)null;
        return TermTexts.Verdict(
            program,
            judgement,
            extendedTo is { } end ? $"продление до {ProgramTexts.Ru(end)} проверяется как изменение программы по обоюдному согласию" : null,
            extendedTo is { } endEn ? $"the extension to {ProgramTexts.En(endEn)} is judged as a change by mutual consent" : null);
    }
}
