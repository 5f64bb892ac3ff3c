using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In «ученик – ученик» the mentor studies in the same organization at a higher stage of education.</summary>
/// <remarks>
/// 003 §4.2. Applies to pairs in the form «ученик – ученик». Every participant must be a student of the organization
/// (the case holds only its own students), and every mentor's stage (начальное 1–4, основное 5–9, среднее 10–11
/// классы) must be higher than every mentee's. A missing grade makes the outcome unknown unless the known facts
/// already break the rule.
/// </remarks>
[RuleId("pair.student-higher-stage")]
[Title("В форме «ученик – ученик» наставник учится на более высокой ступени", "In \"student – student\" the mentor is at a higher stage")]
[Citation("003 §4.2", "взаимодействие обучающихся одной образовательной организации, при котором один из обучающихся находится на более высокой ступени образования")]
[Severity(Severity.Warning)]
internal sealed class PairStudentHigherStage : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IReadOnlyList<IPerson> people = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form == MentoringForm.StudentStudent)
            .Query(() => people, q => q.Match<IPerson>(m => pair.Mentors.Contains(m.Id) || pair.Mentees.Contains(m.Id)).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, people)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        var (ru, en) = PairFacts.Opening(evaluation, pair);
        var notStudents = pair.Mentors.Concat(pair.Mentees).Where(id => PairFacts.Find(people, id) is not Student).ToList();
        if (notStudents.Count != 0)
        {
            return Verdict.Violated(
                $"{ru}, форма «ученик – ученик»: {evaluation.Names(notStudents)} — не обучающийся организации.",
                $"{en}, form \"student – student\": {evaluation.Names(notStudents)} is not a student of the organization.",
                subjects);
        }

        var mentors = pair.Mentors.Select(id => (Id: id, Stage: ((Student)PairFacts.Find(people, id)!).Stage)).ToList();
        var mentees = pair.Mentees.Select(id => (Id: id, Stage: ((Student)PairFacts.Find(people, id)!).Stage)).ToList();
        var clash = (from m in mentors
                     from t in mentees
                     where m.Stage is { } ms && t.Stage is { } ts && ms <= ts
                     select (Mentor: m, Mentee: t)).ToList();
        if (clash.Count != 0)
        {
            var (m, t) = clash[0];
            return Verdict.Violated(
                $"{ru}: наставник {evaluation.Name(m.Id)} ({Stage(m.Stage)}) учится не на более высокой ступени, чем наставляемый {evaluation.Name(t.Id)} ({Stage(t.Stage)}).",
                $"{en}: the mentor {evaluation.Name(m.Id)} ({m.Stage?.Term().NameEn}) is not at a higher stage than the mentee {evaluation.Name(t.Id)} ({t.Stage?.Term().NameEn}).",
                subjects);
        }

        var unknown = mentors.Concat(mentees).Where(p => p.Stage is null).Select(p => p.Id).ToList();
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"класс обучающегося {evaluation.Name(id)}"),
                $"{ru}: нельзя сравнить ступени образования — не указан класс: {evaluation.Names(unknown)}.",
                $"{en}: cannot compare the stages of education; no grade for {evaluation.Names(unknown)}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"{ru}: наставник учится на более высокой ступени образования, чем наставляемые.",
            $"{en}: the mentor is at a higher stage of education than the mentees.",
            subjects);
    }

    private static string Stage(EducationStage? stage) => stage?.Term().NameRu ?? "ступень неизвестна";
}
