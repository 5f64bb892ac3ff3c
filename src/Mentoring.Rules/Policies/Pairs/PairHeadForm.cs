using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In the form «руководитель образовательной организации – педагог» the mentor is the organization's head.</summary>
/// <remarks>
/// 002 §1; 003 §4.5. A mentor is the head when the organization names that person as its head or the teacher is
/// marked as the head. (The head may also mentor in «педагог – педагог», 003 §4.5; that is not judged here.)
/// Judged on: the head the case records (the model keeps no history of heads; the pair's form has no date).
/// </remarks>
[JudgedOn("the head the case records (the model keeps no history of heads; the pair's form has no date).")]
[Name("pair.head-form")]
[Title("В форме «руководитель – педагог» наставник — руководитель организации", "In the form \"head – teacher\" the mentor is the organization's head")]
[Citation("002 §1; 003 §4.5", "организацию взаимодействия наставнической пары «руководитель образовательной организации – учитель»")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Definition, "002 §1 and 003 §4.5 name the form «руководитель образовательной организации – педагог»: what the form is, not a duty.")]
internal sealed class PairHeadForm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Match(() => pair, p => p.Form == MentoringForm.HeadTeacher);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, pair, evaluation.Case.PeopleAmong(pair.Mentors).OfType<Teacher>().ToList()))); // by key, in the case's order
    }

    private static Verdict Judge(Evaluation evaluation, Organization organization, MentoringPair pair, IReadOnlyList<Teacher> teachers)
    {
        List<PersonId>? notHead = null;
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var mentor = pair.Mentors[i];
            if (mentor != organization.HeadId && !IsHead(teachers, mentor))
            {
                (notHead ??= []).Add(mentor);
            }
        }

        var subjects = PairFacts.Subjects(evaluation, pair);
        if (notHead is { } others)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «руководитель – педагог»: наставник {evaluation.Names(others)} не руководитель организации{HeadRu()}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"head – teacher\": the mentor {evaluation.Names(others)} is not the organization's head{HeadEn()}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «руководитель – педагог»: наставник — руководитель организации.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"head – teacher\": the mentor is the organization's head.",
            subjects);

        string HeadRu() => organization.HeadId is { } head ? $" (руководитель — {evaluation.Name(head)})" : string.Empty;
        string HeadEn() => organization.HeadId is { } head ? $" (the head is {evaluation.Name(head)})" : string.Empty;
    }

    /// <summary>Whether a teacher with the identifier is marked as the organization's head.</summary>
    private static bool IsHead(IReadOnlyList<Teacher> teachers, PersonId id)
    {
        for (var i = 0; i < teachers.Count; i++)
        {
            var teacher = teachers[i];
            if (teacher.Id == id && teacher.IsHead)
            {
                return true;
            }
        }

        return false;
    }
}
