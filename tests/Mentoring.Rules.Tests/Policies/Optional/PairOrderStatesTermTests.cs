using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Optional;

public sealed class PairOrderStatesTermTests
{
    private const string Rule = "pair.order-states-term";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly (DateOnly, DateOnly) SchoolYear = (D(2023, 9, 1), D(2024, 5, 31));

    private static CaseBuilder WithOrder((DateOnly Start, DateOnly End)? term, DateOnly programEnd) =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).TermPairingOrder("ord-7", D(2023, 9, 1), term, "p1")
            .Program("prog-1", "p1", D(2023, 9, 1), programEnd);

    [Fact]
    public void Validate_NotTurnedOn_NoFinding()
    {
        Assert.Empty(PolicyRunner.Findings(WithOrder(null, D(2024, 5, 31)).Build(), AsOf, Rule));
    }

    [Fact]
    public void Validate_TermStatedAndTheProgramKeepsIt_SatisfiedNamingTheTerm()
    {
        var finding = PolicyRunner.FindingFor(WithOrder(SchoolYear, D(2024, 5, 31)).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("определяет сроки наставничества: 01.09.2023–31.05.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProgramTermDiffers_ViolatedNamingBothTerms()
    {
        var finding = PolicyRunner.FindingFor(WithOrder(SchoolYear, D(2024, 6, 30)).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("определяет сроки наставничества 01.09.2023–31.05.2024, а утверждённые сроки программ другие: программа prog-1 (пара p1) — 01.09.2023–30.06.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("program prog-1 (pair p1) runs 2023-09-01 to 2024-06-30", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["ord-7", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_PairThatNamesTheOrder_IsJudgedToo()
    {
        // The order lists no pair of this program; the pair names the order (readings.md, principle 6).
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"]).Pair("p2", ["m1"], ["t2"], order: "ord-7")
            .TermPairingOrder("ord-7", D(2023, 9, 1), SchoolYear, "p1").Program("prog-2", "p2", D(2023, 9, 1), D(2023, 12, 31)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("программа prog-2 (пара p2)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoTermRecorded_UnknownSayingWhatIsMissing()
    {
        var finding = PolicyRunner.FindingFor(WithOrder(null, D(2024, 5, 31)).Build(), AsOf, Rule, "ord-7", On(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["сроки наставничества, определённые приказом № ord-7 от 01.09.2023"], finding.Missing);
    }

    [Fact]
    public void Validate_OrderAfterTheDateOfValidation_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(WithOrder(SchoolYear, D(2024, 5, 31)).Build(), D(2023, 8, 1), Rule, On(Rule))).Outcome);
    }
}
