using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In «ученик – ученик» the mentor studies in the same organization at a higher stage of education.</summary>
/// <remarks>
/// 003 §4.2 defines the form: «один из обучающихся находится на более высокой ступени образования». Since 273-ФЗ
/// replaced «ступень» by «уровень» the word is loose (readings.md, <c>pair.student-higher-stage</c>): violated only
/// when a mentor's grade is not higher than a mentee's; a higher grade within the same level is lawful. Not applied
/// to the role model «равный – равному» (003 §4.2.4: an exchange between equals). Every participant must be a student
/// of the organization. A definition (principle 5): a warning. Without the grades the outcome is unknown. Judged on:
/// the grades the case records (mentor's and mentee's grades advance together each school year, so the comparison
/// does not depend on the day).
/// </remarks>
[JudgedOn("the grades the case records (mentor's and mentee's grades advance together each school year, so the comparison does not depend on the day).")]
[Name("pair.student-higher-stage")]
[Title("В форме «ученик – ученик» наставник учится в более старшем классе", "In \"student – student\" the mentor is in a higher grade")]
[Citation("003 §4.2", "взаимодействие обучающихся одной образовательной организации, при котором один из обучающихся находится на более высокой ступени образования")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Definition, "003 §4.2 defines the form «ученик – ученик»; «ступень» read loosely as a higher grade.")]
internal sealed class PairStudentHigherStage : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form == MentoringForm.StudentStudent);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, evaluation.Case.PeopleAmong(pair.Mentors.Concat(pair.Mentees))))); // by key, in the case's order
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        if (pair.RoleModel == RoleModel.PeerToPeer)
        {
            return Verdict.NotApplicable(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: ролевая модель «равный – равному» не предполагает более старшего наставника.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the role model \"peer – peer\" does not call for an older mentor.",
                subjects);
        }

        var notStudents = new List<PersonId>();
        AddNotStudents(pair.Mentors, people, notStudents);
        AddNotStudents(pair.Mentees, people, notStudents);
        if (notStudents.Count != 0)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «ученик – ученик»: не обучающийся организации — {evaluation.Names(notStudents)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"student – student\": not a student of the organization: {evaluation.Names(notStudents)}.",
                subjects);
        }

        if (FirstClash(pair, people) is { } clash)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник {evaluation.Name(clash.Mentor)} ({clash.MentorGrade} класс) учится не в более старшем классе, чем наставляемый {evaluation.Name(clash.Mentee)} ({clash.MenteeGrade} класс).",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor {evaluation.Name(clash.Mentor)} (grade {clash.MentorGrade}) is not in a higher grade than the mentee {evaluation.Name(clash.Mentee)} (grade {clash.MenteeGrade}).",
                subjects);
        }

        var unknown = new List<PersonId>();
        AddWithoutGrade(pair.Mentors, people, unknown);
        AddWithoutGrade(pair.Mentees, people, unknown);
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"класс обучающегося {evaluation.Name(id)}"),
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: нельзя сравнить классы наставника и наставляемого — не указан класс: {evaluation.Names(unknown)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: cannot compare the grades of mentor and mentee; no grade for {evaluation.Names(unknown)}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник учится в более старшем классе, чем наставляемые.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor is in a higher grade than the mentees.",
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
            if (GradeOf(people, id) is null)
            {
                into.Add(id);
            }
        }
    }

    /// <summary>The first mentor (in the pair's order) not in a higher grade than one of the mentees, with that mentee; or null.</summary>
    private static (PersonId Mentor, int MentorGrade, PersonId Mentee, int MenteeGrade)? FirstClash(MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var mentor = pair.Mentors[i];
            if (GradeOf(people, mentor) is not { } mentorGrade)
            {
                continue;
            }

            for (var j = 0; j < pair.Mentees.Count; j++)
            {
                var mentee = pair.Mentees[j];
                if (GradeOf(people, mentee) is { } menteeGrade && mentorGrade <= menteeGrade)
                {
                    return (mentor, mentorGrade, mentee, menteeGrade);
                }
            }
        }

        return null;
    }

    /// <summary>The grade of a participant known to be a student of the organization.</summary>
    private static int? GradeOf(IReadOnlyList<IPerson> people, PersonId id) => ((Student)PairFacts.Find(people, id)!).Grade;
}
