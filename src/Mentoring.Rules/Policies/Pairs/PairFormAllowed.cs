using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A pair's form is one of the forms the edition's source lists.</summary>
/// <remarks>
/// 003 §4.1, §4.3, §4.5 list the forms the target model provides for students («ученик – ученик») and for
/// pedagogical workers («учитель – учитель», «руководитель образовательной организации – педагог»); 002 §1 lists
/// its own «и другие». The list is the parameter <c>forms</c> (by default every form; an edition following 003 sets
/// 003's list). A list that names forms without forbidding others gives at most a warning (readings.md,
/// <c>pair.form-allowed</c>). Kinds (003 §4.6: «в группе», «реверсивное» and the rest) are not forms and are not
/// judged here. Judged on: the form the pair records (a form has no date; the edition in force on the date of
/// validation gives the list).
/// </remarks>
[JudgedOn("the form the pair records (a form has no date; the edition in force on the date of validation gives the list).")]
[Name("pair.form-allowed")]
[Title("Форма наставничества пары — из перечня форм положения", "A pair's form is one of the forms the regulation lists")]
[Citation("003 §4.1, §4.3, §4.5", "В отношении обучающихся целевая модель наставничества предусматривает реализацию следующую форму наставничества «ученик – ученик»")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "003 lists the forms it provides without forbidding others: a form outside the list is a warning.")]
[RuleParameter("forms", ParameterKind.ChoiceList, "[\"teacher-teacher\",\"head-teacher\",\"employer-student\",\"university-teacher-young-teacher\",\"student-student\"]", Choices = "teacher-teacher|head-teacher|employer-student|university-teacher-young-teacher|student-student", Description = "The forms the edition's source lists (003: student-student, teacher-teacher, head-teacher).", DescriptionRu = "Формы наставничества, которые перечисляет источник редакции (целевая модель г. Аргун: «ученик – ученик», «учитель – учитель», «руководитель образовательной организации – педагог»).")]
internal sealed class PairFormAllowed : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), pair)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair)
    {
        var listed = parameters.ChoiceList("forms");
        var code = pair.Form.Term().Code;
        var subjects = PairFacts.Subjects(evaluation, pair);
        return listed.Contains(code, StringComparer.Ordinal)
            ? Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: форма «{pair.Form.Term().NameRu}» есть в перечне форм положения.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the form \"{pair.Form.Term().NameEn}\" is among the forms the regulation lists.",
                subjects)
            : Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: форма «{pair.Form.Term().NameRu}» не входит в перечень форм положения ({ListRu(listed)}); перечень других форм не запрещает — предупреждение.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the form \"{pair.Form.Term().NameEn}\" is not among the forms the regulation lists ({ListEn(listed)}); the list does not forbid other forms, so this is a warning.",
                subjects).AsWarning();
    }

    private static string ListRu(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "перечень пуст" : string.Join(", ", codes.Select(c => $"«{MentoringForms.Vocabulary.Parse(c).Value.Term().NameRu}»"));

    private static string ListEn(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "the list is empty" : string.Join(", ", codes.Select(c => $"\"{MentoringForms.Vocabulary.Parse(c).Value.Term().NameEn}\""));
}
