using Mentoring.Domain.People;
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
/// «На весь период» (some organizations' regulations: «на весь период адаптации», «на период испытательного срока»,
/// the young specialist's whole period) instead of a number of months: <c>wholePeriod</c> names the period, and then
/// <c>minMonths</c>/<c>maxMonths</c> are not applied. The program must end on the period's last day, for each mentee
/// who is a teacher: <c>young-specialist</c> — the last day before the mentee reaches <c>mentee.eligible-category</c>'s
/// <c>ageUnder</c> (none when it is null) or <c>maxExperienceYears</c> whole years of pedagogical experience (its
/// parameters as the edition resolves them, even with that rule off); <c>probation</c> — the end of the probation
/// recorded on the post the mentee holds when the program starts (<see cref="TeacherPost.ProbationEnd"/>);
/// <c>adaptation</c> — no act defines the period of adaptation by a number, and the case records none, so the outcome is
/// unknown and says so. Ending on the day after the last day (the anniversary itself) meets the Civil Code's reading of a
/// term in years (ГК РФ, ст. 191–192) but not the calendar one: a warning (readings.md, principle 7). A period the case
/// does not give (a birth date, the start of the career or the probation not recorded) leaves the outcome unknown, with
/// what is missing, never violated; a mentee whose period ended before the program began makes the rule not applicable.
/// </para>
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
[RuleParameter("wholePeriod", ParameterKind.Choice, "\"none\"", Choices = "none|young-specialist|probation|adaptation", Description = "«На весь период»: the program lasts the mentee's whole period instead of a number of months (none: minMonths and maxMonths apply; young-specialist: until the mentee stops being a young specialist; probation: until the end of the recorded probation; adaptation: the period of adaptation, which the case cannot give).", DescriptionRu = "«На весь период»: программа длится весь период наставляемого вместо числа месяцев (none — применяются minMonths и maxMonths; young-specialist — пока наставляемый остаётся молодым специалистом; probation — до окончания указанного в деле испытательного срока; adaptation — период адаптации, который из дела не определяется).")]
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
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), program)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, PersonalizedProgram program)
    {
        if (parameters.Choice("wholePeriod") is { } period && period != "none")
        {
            return WholePeriod.Judge(evaluation, program, period);
        }

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
