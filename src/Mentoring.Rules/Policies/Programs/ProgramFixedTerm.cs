using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// Optional: a program lasts at least N months (some regulations: not less than one year), with no upper bound.
/// </summary>
/// <remarks>
/// The catalogue's optional rules (regulations beyond the seeds). Off unless an edition turns it on; such an edition
/// normally also lifts the upper bound of <c>program.duration</c> (<c>maxMonths</c> = null). The term is measured by the
/// catalogue's date convention: at least N months when <c>end + 1 day ≥ start.AddMonths(N)</c>.
/// </remarks>
[Name("program.fixed-term")]
[Title("Срок программы — не менее установленного", "A program lasts at least the fixed term")]
[Citation("каталог: необязательные правила (положения других организаций)", "срок реализации персонализированной программы наставничества – не менее одного года")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("minMonths", ParameterKind.WholeNumber, "12", Min = 1, Max = 120, Description = "The shortest term in months; there is no upper bound.")]
internal sealed class ProgramFixedTerm : Rule
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
        var min = parameters.WholeNumber("minMonths") ?? 12;
        var term = program.Term;
        var subject = Subject.Of(program);
        if (!term.LastsAtLeastMonths(min))
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} ({term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}) короче установленного срока: не менее {min} мес.",
                () => $"Program {program.Id} ({term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}) is shorter than the fixed {min} months.",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Программа {program.Id} ({term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}) длится не менее {min} мес.",
            () => $"Program {program.Id} ({term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}) lasts at least {min} months.",
            subject);
    }
}
