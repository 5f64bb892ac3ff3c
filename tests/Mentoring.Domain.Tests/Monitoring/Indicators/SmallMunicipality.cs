using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;

namespace Mentoring.Domain.Tests.Monitoring.Indicators;

/// <summary>
/// A municipality small enough to count by hand: school A runs two programs (teachers and students), school B keeps
/// only registries and a draft program, kindergarten C has one young teacher with no support.
/// </summary>
internal static class SmallMunicipality
{
    public static MunicipalCase Build()
    {
        var a = Org("school-a", OrganizationKind.School);
        var b = Org("school-b", OrganizationKind.School);
        var c = Org("kinder-c", OrganizationKind.Kindergarten);

        var schoolA = new MentoringCaseBuilder(a)
            .AddTeachers(
                NewTeacher("a-mentor", a.Id, new(1975, 3, 1), new(1998, 9, 1)),
                NewTeacher("a-young1", a.Id, new(2000, 4, 1), new(2022, 9, 1)),
                NewTeacher("a-young2", a.Id, new(1999, 4, 1), new(2022, 9, 1)),
                NewTeacher("a-young3", a.Id, new(1998, 4, 1), null),
                NewTeacher("a-old", a.Id, new(1980, 1, 1), new(2005, 9, 1)),
                NewTeacher("a-clerk", a.Id, new(1990, 1, 1), null, pedagogical: false))
            .AddStudents(
                NewStudent("s-1", a.Id, new(2010, 3, 1)),
                NewStudent("s-2", a.Id, new(2007, 1, 1)),
                NewStudent("s-3", a.Id, new(2016, 5, 1)),
                NewStudent("s-4", a.Id, null),
                NewStudent("s-5", a.Id, new(2009, 6, 1)),
                NewStudent("s-6", a.Id, new(2005, 12, 31)))
            .AddPairs(
                Pair("p-1", a.Id, "a-mentor", "a-young1", MentoringForm.TeacherTeacher, new(2023, 9, 1)),
                Pair("p-2", a.Id, "a-old", "a-young2", MentoringForm.TeacherTeacher, new(2023, 10, 1)),
                Pair("p-3", a.Id, "s-2", "s-1", MentoringForm.StudentStudent, new(2023, 9, 1)))
            .AddPrograms(
                Program("prog-1", "p-1", new(2023, 9, 1), new(2024, 5, 31), withActivities: true, activate: true),
                Program("prog-3", "p-3", new(2023, 9, 1), new(2024, 5, 31), withActivities: false, activate: true))
            .Build().Value;

        var schoolB = new MentoringCaseBuilder(b)
            .AddTeachers(
                NewTeacher("b-young", b.Id, new(2001, 2, 1), new(2023, 9, 1)),
                NewTeacher("b-mentor", b.Id, new(1970, 2, 1), new(1995, 9, 1)))
            .AddPairs(Pair("p-4", b.Id, "b-mentor", "b-young", MentoringForm.TeacherTeacher, new(2024, 9, 1)))
            .AddPrograms(Program("prog-4", "p-4", new(2023, 10, 1), new(2024, 6, 30), withActivities: true, activate: false))
            .WithMenteeRegistry(MenteeRegistry.Create(b.Id, [
                MenteeRecord.Create(RegistryRecordId.Create("r-1").Value, "Петрова Ольга Ивановна", 2001, entryDate: new(2023, 9, 15), mentorName: "Сидорова Анна Петровна", personId: PersonId.Create("b-young").Value).Value,
            ]).Value)
            .WithMentorRegistry(MentorRegistry.Create(b.Id, [
                MentorRecord.Create(RegistryRecordId.Create("r-2").Value, "Сидорова Анна Петровна", entryDate: new(2023, 9, 15), personId: PersonId.Create("b-mentor").Value).Value,
            ]).Value)
            .Build().Value;

        var kinderC = new MentoringCaseBuilder(c)
            .AddTeachers(NewTeacher("c-young", c.Id, new(2000, 7, 1), new(2023, 1, 10)))
            .Build().Value;

        return MunicipalCase.Create(Municipality.Create(MunicipalityId.Create("mun").Value, "Тестовый район").Value, [schoolA, schoolB, kinderC]).Value;
    }

    private static Organization Org(string id, OrganizationKind kind) =>
        Organization.Create(OrganizationId.Create(id).Value, $"ОО {id}", kind, MunicipalityId.Create("mun").Value).Value;

    private static Teacher NewTeacher(string id, OrganizationId org, DateOnly birth, DateOnly? career, bool pedagogical = true) =>
        Teacher.Create(PersonId.Create(id).Value, PersonName.Create("Иванова", "Мария", "Петровна").Value, org, "учитель", birth, career, career, isPedagogicalWorker: pedagogical).Value;

    private static Student NewStudent(string id, OrganizationId org, DateOnly? birth) =>
        Student.Create(PersonId.Create(id).Value, PersonName.Create("Ученик", "Пётр").Value, org, birth).Value;

    private static MentoringPair Pair(string id, OrganizationId org, string mentor, string mentee, MentoringForm form, DateOnly formed) =>
        MentoringPair.Create(PairId.Create(id).Value, org, [PersonId.Create(mentor).Value], [PersonId.Create(mentee).Value], form, formedOn: formed).Value;

    private static PersonalizedProgram Program(string id, string pair, DateOnly start, DateOnly end, bool withActivities, bool activate)
    {
        PlannedActivity[] activities = withActivities
            ? [PlannedActivity.Create(ActivityId.Create($"{id}-a1").Value, "посещение уроков", start.AddDays(30)).Value]
            : [];
        var program = PersonalizedProgram.Create(ProgramId.Create(id).Value, PairId.Create(pair).Value, ProgramTerm.Create(start, end).Value, activities: activities).Value;
        if (activate)
        {
            Assert.True(program.Approve(start.AddDays(-7)).IsSuccess);
            Assert.True(program.Activate(start).IsSuccess);
        }

        return program;
    }
}
