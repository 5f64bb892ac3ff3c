using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class ReleaseExceptionalTests
{
    private const string Rule = "org.release-exceptional";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Running() => School().Running(D(2023, 9, 1)).Teacher("t-sub");

    [Fact]
    public void Validate_ReasonReplacementAndContinuity_SatisfiedNamingPeople()
    {
        var @case = Running().ReleaseOrderFor("rel-1", D(2023, 10, 2), "m1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "rel-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("m1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(@case.FindPerson(P("t-sub"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ rel-1 от 02.10.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m1");
        Assert.Contains(finding.Subjects, s => s.Id == "t-sub");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_NoReplacement_Violated()
    {
        var finding = PolicyRunner.FindingFor(Running().ReleaseOrderFor("rel-1", D(2023, 10, 2), "m1", replacement: null).Build(), AsOf, Rule, "rel-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не назначена замена", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("no replacement is named", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoContinuity_Violated()
    {
        var finding = PolicyRunner.FindingFor(Running().ReleaseOrderFor("rel-1", D(2023, 10, 2), "m1", continuity: null).Build(), AsOf, Rule, "rel-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("непрерывность", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SignedByDeputy_Violated()
    {
        var @case = Running().Organization(headId: "h1").Teacher("h1", head: true).Teacher("d1", deputy: true)
            .ReleaseOrderFor("rel-1", D(2023, 10, 2), "m1", signedBy: "d1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "rel-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не руководителем", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoReason_UnknownListingTheReason()
    {
        var finding = PolicyRunner.FindingFor(Running().ReleaseOrderFor("rel-1", D(2023, 10, 2), "m1", reason: null).Build(), AsOf, Rule, "rel-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("причина", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2024, 1, 15, 1)]
    [InlineData(2024, 1, 16, 0)]
    public void Validate_OrderDate_JudgedFromItsDay(int year, int month, int day, int judged)
    {
        var findings = PolicyRunner.Findings(Running().ReleaseOrderFor("rel-1", D(year, month, day), "m1").Build(), AsOf, Rule);

        Assert.Equal(judged, findings.Count(f => f.Outcome == Outcome.Satisfied));
    }

    [Fact]
    public void Validate_NoReleaseOrder_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Running().Build(), AsOf, Rule)).Outcome);
    }
}
