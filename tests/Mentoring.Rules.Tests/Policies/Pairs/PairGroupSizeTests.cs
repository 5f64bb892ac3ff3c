using Mentoring.Domain.Kinds;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairGroupSizeTests
{
    private const string Rule = "pair.group-size";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly MentoringKind[] Group = [MentoringKind.Group];

    private static CaseBuilder Staff() =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("m2").Teacher("t1", name: "Петров Павел Павлович").Teacher("t2").Teacher("t3");

    [Fact]
    public void Validate_GroupKindWithTwoMentees_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Staff().Pair("g1", ["m1"], ["t1", "t2"], kinds: Group).Build(), AsOf, Rule, "g1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("2 наставляемых", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "groupMinMentees" && Equals(p.Value, 2));
    }

    [Fact]
    public void Validate_GroupWithOneMentee_MislabelledIndividualPairWarning()
    {
        var finding = PolicyRunner.FindingFor(Staff().Pair("g1", ["m1"], ["t1"], kinds: Group).Build(), AsOf, Rule, "g1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("наставляемый один (Петров П. П.) — это индивидуальная пара", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneMentorIsNoCap_TwoMentorsInAGroupSatisfied()
    {
        var finding = PolicyRunner.FindingFor(Staff().Pair("g1", ["m1", "m2"], ["t1", "t2"], kinds: Group).Build(), AsOf, Rule, "g1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_JudgedOnGroupKindOnly_SeveralMenteesWithoutTheKindNotJudged()
    {
        var findings = PolicyRunner.Findings(Staff().Pair("p1", ["m1", "m2"], ["t1", "t2", "t3"]).Build(), AsOf, Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }

    [Theory]
    [InlineData(2, Outcome.Violated)]
    [InlineData(3, Outcome.Satisfied)]
    public void Validate_EditionMinimumOfThree_BoundaryAtThree(int mentees, Outcome expected)
    {
        string[] group = [.. new[] { "t1", "t2", "t3" }.Take(mentees)];
        var @case = Staff().Pair("g1", ["m1"], group, kinds: Group).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "g1", e => e.Set(Rule, "groupMinMentees", 3));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
    }
}
