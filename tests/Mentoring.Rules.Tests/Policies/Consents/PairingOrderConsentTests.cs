using Mentoring.Domain.Consents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class PairingOrderConsentTests
{
    private const string Rule = "consent.pairing-order";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Fixed() => School().FixedPair(D(2023, 9, 1));

    [Fact]
    public void Validate_BothConsentsBeforeTheOrder_Satisfied()
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), pairId: "p1")
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("№ po-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Contains(finding.Subjects, s => s.Id == "c2");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2023, 9, 2, Outcome.Violated)]
    public void Validate_ConsentAroundTheOrderDay_OnlyALaterOneViolates(int year, int month, int day, Outcome expected)
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains("после приказа", finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains(finding.Subjects, s => s.Id == "t1");
        }
    }

    [Fact]
    public void Validate_OneConsentMissing_UnknownListingWho()
    {
        var @case = Fixed().Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        var missing = Assert.Single(finding.Missing);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, missing, StringComparison.Ordinal);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneMissingAndOneMutual_Violated()
    {
        var @case = Fixed().Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не в письменной форме", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithdrawnBeforeTheOrder_Violated()
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 1), withdrawnOn: D(2023, 8, 20))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("отозвано 20.08.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConsentForAnotherPair_DoesNotCount()
    {
        var @case = Fixed().Teacher("t2").Pair("p2", ["m1"], ["t2"])
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), pairId: "p2")
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        Assert.Equal(Outcome.Unknown, PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1").Outcome);
    }

    [Fact]
    public void Validate_NoPairingOrder_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
