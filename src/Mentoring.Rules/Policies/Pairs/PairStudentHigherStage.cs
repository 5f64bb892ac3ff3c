using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In «ученик – ученик» the mentor studies in the same organization at a higher stage of education.</summary>
/// <remarks>
/// 003 §4.2. Applies to pairs in the form «ученик – ученик». Every participant must be a student of the organization
/// (the case holds only its own students), and every mentor's stage (начальное 1–4, основное 5–9, среднее 10–11
/// классы) must be higher than every mentee's. A missing grade makes the outcome unknown unless the known facts
/// already break the rule.
/// </remarks>
[Name("pair.student-higher-stage")]
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
            .Query(() => people, q => q.Match<IPerson>(m => pair.Mentors.Contains(m.Id) || pair.Mentees.Contains(m.Id)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, people)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        var notStudents = new List<PersonId>();
        AddNotStudents(pair.Mentors, people, notStudents);
        AddNotStudents(pair.Mentees, people, notStudents);
        if (notStudents.Count != 0)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «ученик – ученик»: {evaluation.Names(notStudents)} — не обучающийся организации.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"student – student\": {evaluation.Names(notStudents)} is not a student of the organization.",
                subjects);
        }

        if (FirstClash(pair, people) is { } clash)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник {evaluation.Name(clash.Mentor)} ({Stage(clash.MentorStage)}) учится не на более высокой ступени, чем наставляемый {evaluation.Name(clash.Mentee)} ({Stage(clash.MenteeStage)}).",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor {evaluation.Name(clash.Mentor)} ({clash.MentorStage.Term().NameEn}) is not at a higher stage than the mentee {evaluation.Name(clash.Mentee)} ({clash.MenteeStage.Term().NameEn}).",
                subjects);
        }

        var unknown = new List<PersonId>();
        AddWithoutGrade(pair.Mentors, people, unknown);
        AddWithoutGrade(pair.Mentees, people, unknown);
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"класс обучающегося {evaluation.Name(id)}"),
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: нельзя сравнить ступени образования — не указан класс: {evaluation.Names(unknown)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: cannot compare the stages of education; no grade for {evaluation.Names(unknown)}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник учится на более высокой ступени образования, чем наставляемые.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor is at a higher stage of education than the mentees.",
            subjects);
    }

    /// <summary>Adds the participants who are not students of the organization.</summary>
    private static void AddNotStudents(IReadOnlyList<PersonId> participants, IReadOnlyList<IPerson> people, List<PersonId> into)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var id = participants[i];
            if (PairFacts.Find(people, id) is not Student)
            {
                into.Add(id);
            }
        }
    }

    /// <summary>Adds the participants (all students) whose grade the case does not have.</summary>
    private static void AddWithoutGrade(IReadOnlyList<PersonId> participants, IReadOnlyList<IPerson> people, List<PersonId> into)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var id = participants[i];
            if (StageOf(people, id) is null)
            {
                into.Add(id);
            }
        }
    }

    /// <summary>The first mentor (in the pair's order) not at a higher stage than one of the mentees, with that mentee; or null.</summary>
    private static (PersonId Mentor, EducationStage MentorStage, PersonId Mentee, EducationStage MenteeStage)? FirstClash(MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var mentor = pair.Mentors[i];
            if (StageOf(people, mentor) is not { } mentorStage)
            {
                continue;
            }

            for (var j = 0; j < pair.Mentees.Count; j++)
            {
                var mentee = pair.Mentees[j];
                if (StageOf(people, mentee) is { } menteeStage && mentorStage <= menteeStage)
                {
                    return (mentor, mentorStage, mentee, menteeStage);
                }
            }
        }

        return null;
    }

    /// <summary>The stage of a participant known to be a student of the organization.</summary>
    private static EducationStage? StageOf(IReadOnlyList<IPerson> people, PersonId id) => ((Student)PairFacts.Find(people, id)!).Stage;

    private static string Stage(EducationStage stage) => stage.Term().NameRu;
}
