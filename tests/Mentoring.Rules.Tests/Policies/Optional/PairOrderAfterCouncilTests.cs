using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Optional;

public sealed class PairOrderAfterCouncilTests
{
    private const string Rule = "pair.order-after-council";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithOrder(DateOnly? reviewedOn) =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).CouncilPairingOrder("ord-7", D(2023, 9, 1), reviewedOn, "p1");

    [Fact]
    public void Validate_NotTurnedOn_NoFinding()
    {
        Assert.Empty(PolicyRunner.Findings(WithOrder(null).Build(), AsOf, Rule));
    }

    [Theory]
    [InlineData(8, 30, Outcome.Satisfied)]
    [InlineData(9, 1, Outcome.Satisfied)]
    [InlineData(9, 2, Outcome.Violated)]
    public void Validate_ReviewDate_OnOrBeforeTheOrder(int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithOrder(D(2023, month, day)).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_ReviewAfterTheOrder_ViolatedNamingTheOrderAndPairs()
    {
        var finding = PolicyRunner.FindingFor(WithOrder(D(2023, 9, 5)).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Приказ № ord-7 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("(пары: p1) издан до рассмотрения на педагогическом совете 05.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("precedes the pedagogical council's review of 2023-09-05", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["ord-7", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_NoReviewRecorded_Unknown()
    {
        var finding = PolicyRunner.FindingFor(WithOrder(null).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Single(finding.Missing);
        Assert.StartsWith("дата рассмотрения пар на педагогическом совете (приказ № ord-7 от 01.09.2023", finding.Missing[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoPairingOrder_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule, On(Rule))).Outcome);
    }
}
