using Mentoring.Domain.Organizations;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    [Fact]
    public void Create_Defaults_KeepsFacts()
    {
        var organization = new OrganizationBuilder().WithName("  МБОУ  \"СОШ № 1\" ").Build();

        Assert.Equal("МБОУ \"СОШ № 1\"", organization.Name);
        Assert.Equal(OrganizationKind.School, organization.Kind);
        Assert.Equal("mun-1", organization.MunicipalityId?.Value);
        Assert.Equal("t-head", organization.HeadId?.Value);
        Assert.True(organization.WebsiteHasMentoringSection);
    }

    [Fact]
    public void Create_UnknownFacts_AreNull()
    {
        var organization = new OrganizationBuilder().WithoutHead().WithoutMunicipality().WithWebsiteSection(null).Build();

        Assert.Null(organization.HeadId);
        Assert.Null(organization.MunicipalityId);
        Assert.Null(organization.WebsiteHasMentoringSection);
    }

    [Fact]
    public void Create_NoWebsiteSection_IsRepresentable()
    {
        Assert.False(new OrganizationBuilder().WithWebsiteSection(false).Build().WebsiteHasMentoringSection);
    }

    [Fact]
    public void Create_EmptyNameAndUndefinedKind_ReportsBoth()
    {
        var errors = new OrganizationBuilder().WithName(" ").OfKind((OrganizationKind)0).BuildResult().ValidationErrors;

        Assert.Equal(["MD0001", "MD0008"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["name", "kind"], errors.Select(e => e.Identifier));
    }

    [Theory]
    [InlineData("общеобразовательная организация", OrganizationKind.School)]
    [InlineData("дошкольная образовательная организация", OrganizationKind.Kindergarten)]
    [InlineData("профессиональная образовательная организация", OrganizationKind.College)]
    [InlineData("организация дополнительного образования", OrganizationKind.AdditionalEducation)]
    [InlineData("школа", OrganizationKind.School)]
    public void OrganizationKindsParse_RussianName_FindsKind(string text, OrganizationKind expected)
    {
        Assert.Equal(expected, OrganizationKinds.Vocabulary.Parse(text).Value);
    }
}
