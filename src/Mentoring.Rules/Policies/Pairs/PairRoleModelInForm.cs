using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A role model is used only inside its own form.</summary>
/// <remarks>
/// 003 §4.2.4, §4.4. Applies to pairs that name a role model: the teachers' role models belong to «учитель – учитель»,
/// the students' («успевающий – неуспевающий», «лидер – пассивный», «равный – равному») to «ученик – ученик»
/// (<see cref="RoleModels.Form"/>). A definition of the role models inside a form: a warning. Judged on: the form and
/// role model the pair records (neither has a date).
/// </remarks>
[JudgedOn("the form and role model the pair records (neither has a date).")]
[Name("pair.role-model-in-form")]
[Title("Ролевая модель применяется только внутри своей формы", "A role model is used only inside its own form")]
[Citation("003 §4.2.4, §4.4", "Вариации ролевых моделей внутри формы «ученик – ученик»")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Definition, "003 §4.2.4 and §4.4 list the role models inside each form: a definition, not a duty.")]
internal sealed class PairRoleModelInForm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.RoleModel != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        var model = pair.RoleModel!.Value;
        var own = model.Form();
        return own == pair.Form
            ? Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: ролевая модель «{model.Term().NameRu}» применяется внутри своей формы «{own.Term().NameRu}».",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the role model \"{model.Term().NameEn}\" is used inside its own form \"{own.Term().NameEn}\".",
                subjects)
            : Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: ролевая модель «{model.Term().NameRu}» относится к форме «{own.Term().NameRu}», а пара работает в форме «{pair.Form.Term().NameRu}».",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the role model \"{model.Term().NameEn}\" belongs to the form \"{own.Term().NameEn}\", but the pair works in \"{pair.Form.Term().NameEn}\".",
                subjects);
    }
}
