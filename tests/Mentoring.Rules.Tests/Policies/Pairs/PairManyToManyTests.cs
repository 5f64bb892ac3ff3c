using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairManyToManyTests
{
    private const string Rule = "pair.many-to-many";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    // m1 mentors t1 and t2 in a group and t3 alone; t3 also has a second mentor m2.
    private static CaseBuilder Network() =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("m2").Teacher("t1").Teacher("t2").Teacher("t3")
            .Pair("g1", ["m1"], ["t1", "t2"])
            .Pair("p2", ["m1"], ["t3"])
            .Pair("p3", ["m2"], ["t3"]);

    [Fact]
    public void Validate_NoCap_SeveralMenteesAndMentorsSatisfied()
    {
        var findings = PolicyRunner.Findings(Network().Build(), AsOf, Rule);

        Assert.Equal(["m1", "m2"], findings.Select(f => f.Subjects[0].Id).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(Outcome.Satisfied, f.Outcome));
        var m1 = Assert.Single(findings, f => f.Subjects[0].Id == "m1");
        Assert.Contains("У наставника Иванова М. П. наставляемых: 3", m1.MessageRu, StringComparison.Ordinal);
        Assert.Contains("ограничения нет", m1.MessageRu, StringComparison.Ordinal);
        Assert.Contains(m1.Parameters, p => p.Name == "maxMenteesPerMentor" && p.Value is null);
    }

    [Theory]
    [InlineData(2, Outcome.Violated)]
    [InlineData(3, Outcome.Satisfied)]
    public void Validate_EditionCap_BoundaryAtTheCap(int cap, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Network().Build(), AsOf, Rule, "m1", e => e.Set(Rule, "maxMenteesPerMentor", cap));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "maxMenteesPerMentor" && Equals(p.Value, cap));
    }

    [Fact]
    public void Validate_OverTheCap_ViolatedNamingMenteesAndPairs()
    {
        var finding = PolicyRunner.FindingFor(Network().Build(), AsOf, Rule, "m1", e => e.Set(Rule, "maxMenteesPerMentor", 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("пары: g1, p2", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("больше допустимых 1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["m1", "g1", "p2"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule)).Outcome);
    }
}
