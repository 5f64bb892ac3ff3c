using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class RoadmapApprovedTests
{
    private const string Rule = "org.roadmap-approved";
    private const string Title = "Дорожная карта по реализации Положения";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_RoadmapOrder_SatisfiedNamingRoadmapAndOrder()
    {
        var @case = School().Running(D(2023, 9, 5)).OrgRoadmap("rm-1", Title).RoadmapApprovalOrder("rmo-1", D(2023, 9, 1), "rm-1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(Title, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ rmo-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "rm-1");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_RoadmapWithoutOrder_Violated()
    {
        var finding = PolicyRunner.FindingFor(School().Running(D(2023, 9, 5)).OrgRoadmap("rm-1", Title).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(Title, finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MentoringWithoutRoadmap_Violated()
    {
        var finding = PolicyRunner.FindingFor(School().Running(D(2023, 9, 5)).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("no roadmap is approved", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 1, 15, Outcome.Satisfied)]
    [InlineData(2024, 1, 16, Outcome.Violated)]
    public void Validate_OrderDate_CountsFromItsDay(int year, int month, int day, Outcome expected)
    {
        var @case = School().Running(D(2023, 9, 5)).OrgRoadmap("rm-1", Title).RoadmapApprovalOrder("rmo-1", D(year, month, day), "rm-1").Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId).Outcome);
    }

    [Fact]
    public void Validate_SignedByDeputy_Violated()
    {
        var @case = School().Organization(headId: "h1").Teacher("h1", head: true).Teacher("d1", deputy: true).Running(D(2023, 9, 5))
            .OrgRoadmap("rm-1", Title).RoadmapApprovalOrder("rmo-1", D(2023, 9, 1), "rm-1", signedBy: "d1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("d1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RoadmapStatesAnOrderNotInTheCase_UnknownListingTheOrder()
    {
        var @case = School().Running(D(2023, 9, 5)).OrgRoadmap("rm-1", Title, "45", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("№ 45 от 30.08.2023", StringComparison.Ordinal) && m.Contains(Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoMentoringAndNoRoadmap_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), AsOf, Rule)).Outcome);
    }
}
