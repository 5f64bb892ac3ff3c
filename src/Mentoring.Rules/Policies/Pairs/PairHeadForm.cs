using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In the form «руководитель образовательной организации – педагог» the mentor is the organization's head.</summary>
/// <remarks>
/// 002 §1; 003 §4.5. A mentor is the head when the organization names that person as its head or the teacher is
/// marked as the head. (The head may also mentor in «педагог – педагог», 003 §4.5; that is not judged here.)
/// </remarks>
[RuleId("pair.head-form")]
[Title("В форме «руководитель – педагог» наставник — руководитель организации", "In the form \"head – teacher\" the mentor is the organization's head")]
[Citation("002 §1; 003 §4.5", "организацию взаимодействия наставнической пары «руководитель образовательной организации – учитель»")]
[Severity(Severity.Warning)]
internal sealed class PairHeadForm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        MentoringPair pair = null!;
        IReadOnlyList<Teacher> teachers = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Match(() => pair, p => p.Form == MentoringForm.HeadTeacher)
            .Query(() => teachers, q => q.Match<Teacher>(t => pair.Mentors.Contains(t.Id)).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, pair, teachers)));
    }

    private static Verdict Judge(Evaluation evaluation, Organization organization, MentoringPair pair, IReadOnlyList<Teacher> teachers)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        var (ru, en) = PairFacts.Opening(evaluation, pair);
        var notHead = pair.Mentors
            .Where(m => m != organization.HeadId && !teachers.Any(t => t.Id == m && t.IsHead))
            .ToList();
        if (notHead.Count != 0)
        {
            var head = organization.HeadId is { } h ? $" (руководитель — {evaluation.Name(h)})" : string.Empty;
            var headEn = organization.HeadId is { } he ? $" (the head is {evaluation.Name(he)})" : string.Empty;
            return Verdict.Violated(
                $"{ru}, форма «руководитель – педагог»: наставник {evaluation.Names(notHead)} не руководитель организации{head}.",
                $"{en}, form \"head – teacher\": the mentor {evaluation.Names(notHead)} is not the organization's head{headEn}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"{ru}, форма «руководитель – педагог»: наставник — руководитель организации.",
            $"{en}, form \"head – teacher\": the mentor is the organization's head.",
            subjects);
    }
}
