using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramPerPairTests
{
    private const string Rule = "program.per-pair";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Pair(DateOnly? formedOn = null) =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Pair("p1", ["m1"], ["t1"], formedOn: formedOn);

    [Fact]
    public void Validate_PairWithoutProgram_ViolatedNamingThePeople()
    {
        var finding = PolicyRunner.FindingFor(Pair().Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("has no personalized program", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Kind == SubjectKind.Person && s.Id == "m1");
        Assert.Contains(finding.Facts, f => f.Type == "MentoringPair" && f.Id == "p1");
    }

    [Fact]
    public void Validate_PairWithProgram_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Pair().Program("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31)).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Kind == SubjectKind.Program && s.Id == "prog-1");
        Assert.Contains("prog-1", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProgramOfAnotherPair_DoesNotCount()
    {
        var @case = Pair().Teacher("m2").Teacher("t2").Pair("p2", ["m2"], ["t2"]).Program("prog-2", "p2", D(2023, 9, 1), D(2024, 5, 31)).Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p2").Outcome);
    }

    [Theory]
    [InlineData(2024, 1, 15, Outcome.Violated)]
    [InlineData(2024, 1, 16, Outcome.NotApplicable)]
    public void Validate_PairFormedAroundTheDate_JudgedFromTheDayItIsFormed(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Pair(D(year, month, day)).Build(), AsOf, Rule, "p1");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        var finding = Assert.Single(PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
    }

    [Fact]
    public void Validate_PairWithTwoPrograms_SatisfiedNamingBothAfterThePeople()
    {
        var @case = Pair().Program("prog-1", "p1", D(2023, 1, 9), D(2023, 6, 30)).Program("prog-2", "p1", D(2023, 9, 1), D(2024, 5, 31)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.EndsWith("есть персонализированная программа: prog-1, prog-2.", finding.MessageRu, StringComparison.Ordinal);
        Assert.EndsWith("has its personalized program: prog-1, prog-2.", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["p1", "m1", "t1", "prog-1", "prog-2"], finding.Subjects.Select(s => s.Id));
    }
}
