using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;
using Mentoring.Domain.Tests.Documents;

namespace Mentoring.Domain.Tests.Cases;

public class MentoringCaseBuilderTests
{
    private static readonly OrganizationId School = SampleIds.Organization("school-1");

    [Fact]
    public void Build_ValidParts_GivesTheCaseWithLookups()
    {
        var result = Builder().AddTeachers(Teacher("t-1"), Teacher("t-2")).AddPairs(Pair("pair-1", "t-1", "t-2")).Build();

        Assert.True(result.IsSuccess);
        Assert.NotNull(result.Value.FindPerson(SampleIds.Person("t-2")));
        Assert.NotNull(result.Value.FindPair(SampleIds.Pair("pair-1")));
    }

    [Fact]
    public void Build_DuplicatePersonAcrossLists_FailsWithMD0005AtTheSecond()
    {
        var student = Student.Create(SampleIds.Person("t-1"), PersonName.Create("Орлов", "Денис").Value, School).Value;

        var error = Assert.Single(Builder().AddTeachers(Teacher("t-1")).AddStudents(student).Build().ValidationErrors);

        Assert.Equal("MD0005", error.ErrorCode);
        Assert.Equal("students[0].id", error.Identifier);
    }

    [Fact]
    public void Build_UnknownMentor_FailsWithMD0901AtTheReference()
    {
        var errors = Builder().AddTeachers(Teacher("t-1"), Teacher("t-2")).AddPairs(Pair("p-1", "t-1", "t-2"), Pair("p-2", "t-1", "t-2"), Pair("p-3", "t-9", "t-2")).Build().ValidationErrors;

        var error = Assert.Single(errors);
        Assert.Equal("MD0901", error.ErrorCode);
        Assert.Equal("pairs[2].mentors[0]", error.Identifier);
        Assert.Contains("t-9", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TeacherOfAnotherOrganization_FailsWithMD0902()
    {
        var stranger = Mentoring.Domain.People.Teacher.Create(SampleIds.Person("t-x"), PersonName.Create("Ким", "Анна").Value, SampleIds.Organization("school-2")).Value;

        var error = Assert.Single(Builder().AddTeachers(Teacher("t-1"), stranger).Build().ValidationErrors);

        Assert.Equal("MD0902", error.ErrorCode);
        Assert.Equal("teachers[1].organizationId", error.Identifier);
    }

    [Fact]
    public void Build_SeveralProblems_ReportsEveryOne()
    {
        var errors = Builder().AddTeachers(Teacher("t-1"), Teacher("t-1")).AddPairs(Pair("p", "t-8", "t-9")).Build().ValidationErrors;

        Assert.Equal(["MD0005", "MD0901", "MD0901"], errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void MunicipalCase_RepeatedOrganization_FailsWithMD0903()
    {
        var one = CaseGenerator.Build(3);

        var error = Assert.Single(MunicipalCase.Create(null, [one, one]).ValidationErrors);

        Assert.Equal("MD0903", error.ErrorCode);
        Assert.Contains(one.Organization.Id.Value, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MunicipalCase_DistinctOrganizations_KeepsFileOrder()
    {
        var cases = MunicipalCase.Create(null, [CaseGenerator.Build(1), CaseGenerator.Build(2)]).Value;

        Assert.Equal(["org-1", "org-2"], cases.Cases.Select(c => c.Organization.Id.Value));
    }

    private static MentoringCaseBuilder Builder() =>
        new(Organization.Create(School, "СОШ № 1", OrganizationKind.School).Value);

    private static Teacher Teacher(string id) =>
        Mentoring.Domain.People.Teacher.Create(SampleIds.Person(id), PersonName.Create("Иванова", "Мария").Value, School).Value;

    private static MentoringPair Pair(string id, string mentor, string mentee) =>
        MentoringPair.Create(SampleIds.Pair(id), School, [SampleIds.Person(mentor)], [SampleIds.Person(mentee)], MentoringForm.TeacherTeacher).Value;
}
