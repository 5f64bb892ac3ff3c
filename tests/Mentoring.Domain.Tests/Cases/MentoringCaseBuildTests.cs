using System.Globalization;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;

namespace Mentoring.Domain.Tests.Cases;

/// <summary>MentoringCase.Build: a case from plain values, every error in one result.</summary>
public sealed class MentoringCaseBuildTests
{
    [Fact]
    public void Build_ValidValues_BuildsTheCase()
    {
        var result = MentoringCase.Build("school-7", "СОШ № 7", OrganizationKind.School, c => c
            .AddTeacher("T-01", "Соколова Анна Викторовна")
            .AddTeacher("T-02", "Егоров Илья Сергеевич")
            .AddPair("P-1", mentors: ["T-01"], mentees: ["T-02"], MentoringForm.TeacherTeacher)
            .AddProgram("PR-1", pair: "P-1", start: new(2024, 9, 1), end: new(2025, 5, 31)));

        Assert.True(result.IsSuccess);
        Assert.Equal(["T-01", "T-02"], result.Value.Teachers.Select(t => t.Id.Value));
        Assert.Equal("P-1", Assert.Single(result.Value.Pairs).Id.Value);
        Assert.Equal(new DateOnly(2025, 5, 31), Assert.Single(result.Value.Programs).Term.End);
    }

    [Fact]
    public void Build_SeveralBadValues_CollectsEveryErrorAtItsPlace()
    {
        var result = MentoringCase.Build("school-7", " ", OrganizationKind.School, c => c
            .AddTeacher("T-01", "Соколова Анна Викторовна")
            .AddTeacher("T!02", "")
            .AddPair("P-1", mentors: ["T-01"], mentees: [" "], MentoringForm.TeacherTeacher)
            .AddProgram("PR-1", pair: "P-1", start: new(2024, 9, 1), end: new(2024, 8, 1)));

        Assert.False(result.IsSuccess);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(
            ["organization.name", "teachers[1].id", "teachers[1].name", "pairs[0].mentees[0]", "programs[0].term.end"],
            result.ValidationErrors.Select(e => e.Identifier));
        Assert.Equal(["MD0001", "MD0003", "MD0001", "MD0001", "MD0004"], result.ValidationErrors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Build_ValuesValidButReferenceUnknown_ReportsTheReference()
    {
        var result = MentoringCase.Build("school-7", "СОШ № 7", OrganizationKind.School, c => c
            .AddTeacher("T-01", "Соколова Анна Викторовна")
            .AddPair("P-1", mentors: ["T-01"], mentees: ["T-09"], MentoringForm.TeacherTeacher));

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD0901", error.ErrorCode);
        Assert.Equal("pairs[0].mentees[0]", error.Identifier);
    }

    [Fact]
    public void Build_RussianCulture_MessagesInRussian()
    {
        Result<MentoringCase> result;
        using (MessageCulture.Use(CultureInfo.GetCultureInfo("ru-RU")))
        {
            result = MentoringCase.Build("school-7", "", OrganizationKind.School, _ => { });
        }

        Assert.Equal("Поле «name» не должно быть пустым.", Assert.Single(result.ValidationErrors).ErrorMessage);
    }
}
