using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class WebsiteSectionTests
{
    private const string Rule = "org.website-section";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Running(bool? section) => School().Organization(websiteSection: section).Running(D(2023, 9, 1));

    [Fact]
    public void Validate_SectionPresent_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Running(true).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_NoSection_ViolatedNamingTheOrganization()
    {
        var finding = PolicyRunner.FindingFor(Running(false).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("МБОУ «Средняя школа № 1»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("has no mentoring section", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Type == "Organization" && f.Id == OrganizationId);
    }

    [Fact]
    public void Validate_SectionNotKnown_UnknownListingIt()
    {
        var finding = PolicyRunner.FindingFor(Running(null).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("раздел", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoMentoring_NotApplicable()
    {
        var finding = Assert.Single(PolicyRunner.Findings(School().Organization(websiteSection: false).Build(), AsOf, Rule));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
    }
}
