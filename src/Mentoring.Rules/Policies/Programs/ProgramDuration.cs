using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>A personalized program lasts from 3 months to 1 year, by the catalogue's date convention.</summary>
/// <remarks>
/// 002 §1 (понятия). The term runs from start to end inclusive; it is at least N months when
/// <c>end + 1 day ≥ start.AddMonths(N)</c> and at most M months when <c>end + 1 day ≤ start.AddMonths(M)</c>.
/// Either bound may be switched off by an edition (<c>null</c>), for regulations with a fixed minimum and no maximum.
/// </remarks>
[Name("program.duration")]
[Title("Срок персонализированной программы — от 3 месяцев до 1 года", "A personalized program lasts from 3 months to 1 year")]
[Citation("002 §1 (понятия)", "Персонализированная программа наставничества – это краткосрочная персонализированная программа (от 3 месяцев до 1 года)")]
[Severity(Severity.Error)]
[RuleParameter("minMonths", ParameterKind.WholeNumber, "3", Nullable = true, Min = 1, Max = 120, Description = "The shortest term in months; null for none.")]
[RuleParameter("maxMonths", ParameterKind.WholeNumber, "12", Nullable = true, Min = 1, Max = 120, Description = "The longest term in months; null for none.")]
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
        var min = parameters.WholeNumber("minMonths");
        var max = parameters.WholeNumber("maxMonths");
        var term = program.Term;
        var subject = Subject.Of(program);

        if (min is { } shortest && !term.LastsAtLeastMonths(shortest))
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} длится {Months(term)} ({Period()}), что меньше {shortest} мес.",
                () => $"Program {program.Id} lasts {term.WholeMonths} whole month(s) ({PeriodEn()}), less than {shortest}.",
                subject);
        }

        if (max is { } longest && !term.LastsAtMostMonths(longest))
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} длится дольше {longest} мес. ({Period()}).",
                () => $"Program {program.Id} lasts longer than {longest} months ({PeriodEn()}).",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Срок программы {program.Id} ({Period()}) в допустимых пределах.",
            () => $"The term of program {program.Id} ({PeriodEn()}) is within bounds.",
            subject);

        string Period() => $"{term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}";
        string PeriodEn() => $"{term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}";
    }

    private static string Months(ProgramTerm term) => term.WholeMonths switch
    {
        0 => "меньше месяца",
        1 => "1 полный месяц",
        var n and >= 2 and <= 4 => $"{n} полных месяца",
        var n => $"{n} полных месяцев",
    };
}
