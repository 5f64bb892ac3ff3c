using FsCheck.Xunit;
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
    public void Validate_ThreeMenteesAtOnce_ViolatedNamingThemAndThePeriod()
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"], formedOn: D(2023, 9, 1)).Pair("p2", ["m1"], ["t3"], formedOn: D(2023, 10, 2)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("У наставника Иванова М. П. одновременно наставляемых: 3", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("в период с 02.10.2023 по 15.01.2024, больше 2", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "max" && Equals(p.Value, 2));
    }

    [Fact]
    public void Validate_TwoMentees_Satisfied()
    {
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Staff().Pair("g1", ["m1"], ["t1", "t2"]).Build(), AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Fact]
    public void Validate_AtTheSameTime_AnOverlapInThePastIsFoundAfterItEnded()
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"])
            .Program("prog-1", "g1", D(2023, 1, 9), D(2023, 6, 30))
            .Program("prog-2", "p2", D(2023, 6, 1), D(2023, 11, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("в период с 01.06.2023 по 30.06.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("from 2023-06-01 to 2023-06-30", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, Outcome.Violated)]
    [InlineData(2, Outcome.Satisfied)]
    public void Validate_ProgramsMeetingEndToEnd_OneCommonDayIsAnOverlap(int secondStartDay, Outcome expected)
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"])
            .Program("prog-1", "g1", D(2023, 1, 9), D(2023, 6, 1))
            .Program("prog-2", "p2", D(2023, 6, secondStartDay), D(2023, 11, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("на 01.06.2023", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_PlannedProgramAfterTheDate_NotYetAnOverlap()
    {
        var @case = Staff().Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m1"], ["t3"])
            .Program("prog-1", "g1", D(2023, 9, 1), D(2024, 5, 31))
            .Program("prog-2", "p2", D(2024, 2, 1), D(2024, 5, 31)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule)).Outcome);
    }

    [Fact]
    public void Validate_ProgramOfAnotherMentorsPair_NotCounted()
    {
        var @case = Staff().Teacher("m2").Pair("g1", ["m1"], ["t1", "t2"]).Pair("p2", ["m2"], ["t3"])
            .Program("prog-2", "p2", D(2023, 9, 1), D(2024, 6, 30))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("наибольшее число наставляемых одновременно по 15.01.2024: 2 (пары: g1;", finding.MessageRu, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(OptionalPolicyArbitraries) })]
    public bool Validate_AnyOverlappingDay_TheLimitIsFound(MentorLoad load)
    {
        var builder = Staff().Teacher("t4");
        string[] pool = ["t1", "t2", "t3", "t4"];
        for (var i = 0; i < load.Pairs.Length; i++)
        {
            var pair = load.Pairs[i];
            builder = builder.Pair($"p{i}", ["m1"], [.. pair.Mentees.Select(m => pool[m])]).Program($"prog-{i}", $"p{i}", pair.Start, pair.End);
        }

        var finding = PolicyRunner.FindingFor(builder.Build(), load.AsOf, Rule, "m1", On(Rule, e => e.Set(Rule, "max", load.Max)));

        // Day by day, up to the date of validation: the distinct mentees of the pairs whose program runs that day.
        var over = false;
        for (var day = D(2023, 1, 1); day <= load.AsOf && !over; day = day.AddDays(1))
        {
            var current = day;
            over = load.Pairs.Where(p => p.Start <= current && current <= p.End).SelectMany(p => p.Mentees).Distinct().Count() > load.Max;
        }

        return finding.Outcome == (over ? Outcome.Violated : Outcome.Satisfied);
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
