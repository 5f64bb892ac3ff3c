using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Optional;

public sealed class MentorMaxMenteesTests
{
    private const string Rule = "mentor.max-mentees";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Staff() =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1").Teacher("t2").Teacher("t3", name: "Петров Павел Павлович");

    [Fact]
    public void Validate_NotTurnedOn_NoFinding()
    {
        Assert.Empty(PolicyRunner.Findings(Staff().Pair("p1", ["m1"], ["t1"]).Build(), AsOf, Rule));
    }

    [Fact]
    public void Validate_ThreeMenteesAtOnce_ViolatedNamingThem()
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("У наставника Иванова М. П. на 15.01.2024 одновременно наставляемых: 3", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "max" && Equals(p.Value, 2));
    }

    [Fact]
    public void Validate_TwoMentees_Satisfied()
    {
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Staff().Pair("g1", ["m1"], ["t1", "t2"]).Build(), AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Theory]
    [InlineData(15, Outcome.Violated)]
    [InlineData(14, Outcome.Satisfied)]
    public void Validate_ProgramEndingOnTheDate_StillCounts(int endDay, Outcome expected)
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"])
            .Program("prog-2", "p2", D(2023, 9, 1), D(2024, 1, endDay)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Theory]
    [InlineData(6, Outcome.Violated)]
    [InlineData(1, Outcome.Satisfied)]
    public void Validate_PairWithSeveralPrograms_CountsWhileOneRuns(int secondEndMonth, Outcome expected)
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"])
            .Program("prog-2", "p2", D(2023, 1, 9), D(2023, 12, 31))
            .Program("prog-3", "p2", D(2023, 9, 1), D(2024, secondEndMonth, 14))
            .Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Fact]
    public void Validate_ProgramOfAnotherMentorsPair_NotCounted()
    {
        var @case = Staff().Teacher("m2").Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m2"], ["t3"])
            .Program("prog-2", "p2", D(2023, 9, 1), D(2024, 6, 30))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("наставляемых: 2 (пары: g1)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, Outcome.Violated)]
    [InlineData(16, Outcome.Satisfied)]
    public void Validate_PairFormedAfterTheDate_NotCounted(int formedDay, Outcome expected)
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"], formedOn: D(2024, 1, formedDay)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Theory]
    [InlineData(2, Outcome.Violated)]
    [InlineData(3, Outcome.Satisfied)]
    public void Validate_EditionMax_BoundaryAtTheMax(int max, Outcome expected)
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule, e => e.Set(Rule, "max", max)));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "max" && Equals(p.Value, max));
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Staff().Build(), AsOf, Rule, On(Rule))).Outcome);
    }
}
