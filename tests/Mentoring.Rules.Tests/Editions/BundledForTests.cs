using Mentoring.Domain.Cases;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.People;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.EditionFiles;

public sealed class BundledForTests
{
    [Fact]
    public void BundledFor_OwnRulesBesideOurs_OwnEditionInheritsAndTurnsThemOn()
    {
        var policies = Fixtures.Ok(PolicyCatalog.Bundled.With(typeof(TeacherSeenRule), typeof(OptionalSchoolRule)));
        var bundled = Fixtures.Ok(EditionCatalog.BundledFor(policies));
        var own = Fixtures.Ok(new EditionBuilder("school-1").Titled("Школа № 1", "School 1")
            .Inherits("krasnokutsky-2022").Enable("school.optional").Build(policies));
        var validator = new MentoringValidator(Fixtures.Ok(bundled.With(own)));

        var report = Fixtures.Ok(validator.Validate(OneTeacher(), "school-1", new DateOnly(2024, 1, 15)));

        Assert.Contains(report.Findings, f => f.RuleId == "school.teacher-seen" && f.Outcome == Outcome.Satisfied);
        Assert.Contains(report.Findings, f => f.RuleId == "school.optional");
        Assert.Contains(report.Findings, f => f.RuleId == "program.duration");
        Assert.Equal(["federal-2021", "krasnokutsky-2022", "school-1"], report.EditionChain);
    }

    [Fact]
    public void BundledFor_CatalogueWithoutOurRules_FailsNamingTheMissingRule()
    {
        var result = EditionCatalog.BundledFor(Fixtures.OwnPolicies);

        Assert.True(!result.IsSuccess);
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MR0101");
    }

    private static MentoringCase OneTeacher()
    {
        var school = Mentoring.Domain.OrganizationId.Create("school-1").Value;
        var teacher = Teacher.Create(Mentoring.Domain.PersonId.Create("t-1").Value, PersonName.Parse("Иванова Мария Петровна").Value, school).Value;
        return new MentoringCaseBuilder(Organization.Create(school, "СОШ № 1", OrganizationKind.School).Value).AddTeachers(teacher).Build().Value;
    }
}
