using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class RegulationOrderIssuedTests
{
    private const string Rule = "org.regulation-order";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_RegulationOrderBeforePairs_Satisfied()
    {
        var @case = School().Running(D(2023, 9, 5)).RegulationOrder("reg-1", D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("№ reg-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("order No. reg-1 of 2023-09-01", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "reg-1");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("002 §2 ¶1; 003 §2.1, §2.5", finding.Clause);
    }

    [Fact]
    public void Validate_MentoringWithoutRegulationOrder_Violated()
    {
        var finding = PolicyRunner.FindingFor(School().Running(D(2023, 9, 5)).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("МБОУ «Средняя школа № 1»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("no head's order approving the regulation", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RegulationOrderDatedAfterAsOf_Violated()
    {
        var @case = School().Running(D(2023, 9, 5)).RegulationOrder("reg-1", D(2024, 2, 1)).Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId).Outcome);
    }

    [Fact]
    public void Validate_SignedByDeputy_ViolatedNamingTheSignatory()
    {
        var @case = School().Organization(headId: "h1").Teacher("h1", head: true).Teacher("d1", deputy: true)
            .Running(D(2023, 9, 5)).SignedRegulationOrder("reg-1", D(2023, 9, 1), "d1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("d1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("not by the head", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SignedByHead_Satisfied()
    {
        var @case = School().Organization(headId: "h1").Teacher("h1", head: true)
            .Running(D(2023, 9, 5)).SignedRegulationOrder("reg-1", D(2023, 9, 1), "h1").Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId).Outcome);
    }

    [Fact]
    public void Validate_SignerKnownButNoHeadInTheCase_SignatureNotChecked()
    {
        var @case = School().Teacher("d1", deputy: true).Running(D(2023, 9, 5)).SignedRegulationOrder("reg-1", D(2023, 9, 1), "d1").Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId).Outcome);
    }

    [Theory]
    [InlineData(2023, 8, 31, Outcome.Violated)]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    public void Validate_PairingOrderAroundTheRegulationOrder_OnlyAnEarlierOneViolates(int year, int month, int day, Outcome expected)
    {
        var @case = School().Running(D(year, month, day)).RegulationOrder("reg-1", D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("№ po-1", finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains(finding.Subjects, s => s.Id == "po-1");
        }
    }

    [Fact]
    public void Validate_NoMentoringInTheCase_NotApplicable()
    {
        var finding = Assert.Single(PolicyRunner.Findings(School().Teacher("t1").Build(), AsOf, Rule));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
    }
}
