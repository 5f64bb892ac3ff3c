using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// Optional: a program lasts at least N months (some regulations: not less than one year), with no upper bound.
/// </summary>
/// <remarks>
/// The catalogue's optional rules (regulations beyond the seeds). Off unless an edition turns it on; such an edition
/// normally also lifts the upper bound of <c>program.duration</c> (<c>maxMonths</c> = null). Measured as
/// <c>program.duration</c> measures (<see cref="ProgramTerm.JudgeLength"/> with no maximum): too short (an error) when
/// short under both the literal reading of ГК РФ ст. 191–192 and calendar months, a warning naming the reading when short
/// under calendar months only. The approved term is judged (<see cref="PersonalizedProgram.ApprovedTerm"/>).
/// <para>Judged on: the approved term itself — its first and planned last day — whatever the date of validation.</para>
/// </remarks>
[JudgedOn("the approved term itself — its first and planned last day — whatever the date of validation.")]
[Name("program.fixed-term")]
[Title("Срок программы — не менее установленного", "A program lasts at least the fixed term")]
[Citation("каталог: необязательные правила (положения других организаций)", "срок реализации персонализированной программы наставничества – не менее одного года")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("minMonths", ParameterKind.WholeNumber, "12", Min = 1, Max = 120, Description = "The shortest term in months; there is no upper bound.", DescriptionRu = "Наименьший срок в месяцах; верхней границы нет.")]
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

    private static Verdict Judge(Editions.RuleParameters parameters, PersonalizedProgram program) =>
        TermTexts.Verdict(program, program.ApprovedTerm.JudgeLength(parameters.WholeNumber("minMonths") ?? 12, null), null, null);
}
