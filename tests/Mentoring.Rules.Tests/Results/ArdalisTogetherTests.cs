// Every public namespace of both libraries next to Ardalis.Result, without aliases: no type of ours is named like
// one of Ardalis.Result's (Result, ResultStatus, ValidationError, ValidationSeverity, IResult, PagedResult, ErrorList).
// Some of these namespaces are not needed by the code below; they are here to prove that they do not clash.
#pragma warning disable IDE0005
using System.Globalization;
using System.Text;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Roles;
using Mentoring.Domain.Stages;
using Mentoring.Rules.Documentation;
using Mentoring.Rules.Editions;
using Mentoring.Importing;
using Mentoring.Rules.Matching;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Reporting;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Testing;
using Mentoring.Rules.Validation;
#pragma warning restore IDE0005

namespace Mentoring.Rules.Tests.Results;

public sealed class ArdalisTogetherTests
{
    [Fact]
    public void LibraryResults_AreArdalisResults_UsableWithoutAliases()
    {
        Result<OrganizationId> id = OrganizationId.Create("school-7");
        Result<MentoringCase> @case = MentoringCase.Build("school-7", "СОШ № 7", OrganizationKind.School, c => c
            .AddTeacher("T-01", "Соколова Анна Викторовна")
            .AddTeacher("T-02", "Егоров Илья Сергеевич")
            .AddPair("P-1", ["T-01"], ["T-02"], MentoringForm.TeacherTeacher));
        Result<ValidationReport> report = @case.Bind(c => new MentoringValidator(EditionCatalog.Bundled).Validate(c, "krasnokutsky-2022", new DateOnly(2024, 10, 1)));

        Assert.True(id.IsSuccess);
        Assert.Equal(ResultStatus.Ok, StatusOf(report));
        Assert.Equal(ResultStatus.Ok, StatusOf(id));
        Assert.Equal("school-7", report.Value.OrganizationId);
    }

    [Fact]
    public void LibraryErrors_AreValidationErrors_WithCodeLocationAndSeverity()
    {
        var csv = Encoding.UTF8.GetBytes("№ п/п;ФИО наставляемого;Год рождения наставляемого\n1;Смирнов А.;девяносто девятый\n");
        using var stream = new MemoryStream(csv);

        Result<MenteeRegistry> imported = RegistryImporter.ReadMentees(stream, TableFormat.Csv, OrganizationId.Create("school-7").Value, new ImportOptions { FileName = "mentees.csv" });

        Assert.Equal(ResultStatus.Invalid, imported.Status);
        ValidationError error = Assert.Single(imported.ValidationErrors);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.StartsWith("MD", error.ErrorCode, StringComparison.Ordinal);
        Assert.NotNull(error.Location());
    }

    // Any of the library's results is usable as Ardalis's untyped IResult.
    private static ResultStatus StatusOf(IResult result) => result.Status;
}
