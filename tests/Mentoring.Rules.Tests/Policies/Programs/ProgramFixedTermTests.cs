using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramFixedTermTests
{
    private const string Rule = "program.fixed-term";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static Mentoring.Domain.Cases.MentoringCase WithProgram(DateOnly start, DateOnly end) =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", start, end).Build();

    [Fact]
    public void Validate_ByDefault_RuleIsOff()
    {
        var findings = PolicyRunner.Findings(WithProgram(D(2023, 9, 1), D(2023, 11, 30)), AsOf, Rule);

        Assert.Empty(findings);
        Assert.False(PolicyCatalog.Bundled.Find(Rule)!.EnabledByDefault);
    }

    [Theory]
    [InlineData(2024, 8, 30, Outcome.Violated)]
    [InlineData(2024, 8, 31, Outcome.Satisfied)]
    [InlineData(2026, 8, 31, Outcome.Satisfied)]
    public void Validate_TurnedOn_AtLeastTwelveMonthsWithoutUpperBound(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(year, month, day)), AsOf, Rule, "prog-1", e => e.Enable(Rule));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "minMonths" && Equals(p.Value, 12) && p.Source == "default");
    }

    [Fact]
    public void Validate_ShortProgram_ViolatedWithBothMessages()
    {
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(2023, 11, 30)), AsOf, Rule, "prog-1", e => e.Enable(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("prog-1 (01.09.2023–30.11.2023) короче 12 месяцев: срок в 12 месяцев с 01.09.2023 истекает 31.08.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("shorter than 12 months by both readings", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(28, Outcome.Violated)]
    [InlineData(29, Outcome.Satisfied)]
    public void Validate_EditionSetsSixMonths_BoundaryFollowsTheParameter(int lastDayOfFebruary, Outcome expected)
    {
        // 01.09.2023 + 6 months ends on 29.02.2024 by both readings (the start is a 1st, but February has no 30th or 31st
        // only for the literal reading's clamp: L(6) = 31.08.2023 + 6 months = 29.02.2024, C(6) = 01.03.2024 − 1 day).
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(2024, 2, lastDayOfFebruary)), AsOf, Rule, "prog-1", e => e.Enable(Rule).Set(Rule, "minMonths", 6));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "minMonths" && Equals(p.Value, 6) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_ShortByCalendarMonthsOnly_Warning()
    {
        // 01.05.2023 + 12 months: L(12) = 30.04.2024, C(12) = 30.04.2024 — equal; take a 3-month minimum where they part.
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 5, 1), D(2023, 7, 30)), AsOf, Rule, "prog-1", e => e.Enable(Rule).Set(Rule, "minMonths", 3));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("только в календарных месяцах", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TurnedOnWithoutPrograms_NotApplicable() =>
        Assert.Equal(
            Outcome.NotApplicable,
            Assert.Single(PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule, e => e.Enable(Rule))).Outcome);
}
