using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.EntityFrameworkCore.Tests;

/// <summary>Builds the model's objects for the tests.</summary>
internal static class Build
{
    public static readonly OrganizationId School = OrganizationId.Create("school-1").Value;

    public static PersonId Person(string id) => PersonId.Create(id).Value;

    public static Teacher Teacher(string id, DateOnly? birth = null, DateOnly? career = null, DateOnly? hire = null, bool pedagogical = true) =>
        Domain.People.Teacher.Create(Person(id), PersonName.Parse("Иванова Анна Петровна").Value, School, "учитель", birth, hire is { } h && birth is { } b && h < b ? null : hire,
            career is { } c && birth is { } b2 && c < b2 ? null : career, isPedagogicalWorker: pedagogical, competences: ["математика"]).Value;

    public static Student Student(string id, DateOnly? birth) =>
        Domain.People.Student.Create(Person(id), PersonName.Parse("Петров Илья").Value, School, birth, 7).Value;

    public static MentoringPair Pair(string id, string[] mentors, string[] mentees) =>
        MentoringPair.Create(PairId.Create(id).Value, School, mentors.Select(Person), mentees.Select(Person), MentoringForm.TeacherTeacher).Value;

    public static Consent Consent(string id, ConsentKind kind, string person, DateOnly on, DateOnly? withdrawn = null, string? pair = null) =>
        Domain.Consents.Consent.Create(DocumentId.Create(id).Value, kind, Person(person), on, pairId: pair is null ? null : PairId.Create(pair).Value, withdrawnOn: withdrawn).Value;

    public static PersonalizedProgram Program(string id, DateOnly start, DateOnly end, params (string Id, DateOnly Due, DateOnly? Done)[] activities) =>
        PersonalizedProgram.Create(
            ProgramId.Create(id).Value, PairId.Create("P-" + id).Value, ProgramTerm.Create(start, end).Value, "адаптация",
            activities: activities.Select(a => PlannedActivity.Create(ActivityId.Create(a.Id).Value, "мероприятие " + a.Id, a.Due, doneOn: a.Done).Value)).Value;
}
