using FsCheck.Xunit;
using Mentoring.Rules.Policies;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramDurationTests
{
    private const string Rule = "program.duration";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithProgram(DateOnly start, DateOnly end) =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", start, end);

    [Fact]
    public void Validate_ThreeMonthsExactly_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(2023, 11, 30)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_OneDayShortOfThreeMonths_ViolatedWithBothMessages()
    {
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(2023, 11, 29)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("меньше 3 мес.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("less than 3", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("002 §1 (понятия)", finding.Clause);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(finding.Facts, f => f.Type == "PersonalizedProgram" && f.Id == "prog-1");
    }

    [Theory]
    [InlineData(2024, 8, 31, Outcome.Satisfied)]
    [InlineData(2024, 9, 1, Outcome.Violated)]
    public void Validate_TwelveMonthBoundary_FollowsTheDateConvention(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithProgram(D(2023, 9, 1), D(year, month, day)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_NoPrograms_NotApplicable()
    {
        var findings = PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }

    [Fact]
    public void Validate_EditionWithoutMaximum_LongProgramSatisfied()
    {
        var @case = WithProgram(D(2023, 9, 1), D(2025, 8, 31)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1", e => e.Set(Rule, "maxMonths", null).Set(Rule, "minMonths", 12));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "maxMonths" && p.Value is null && p.Source == PolicyRunner.EditionId);
        Assert.Contains(finding.Parameters, p => p.Name == "minMonths" && Equals(p.Value, 12));
    }

    [Property(Arbitrary = new[] { typeof(ProgramPolicyArbitraries) })]
    public bool Validate_AnyTerm_OutcomeAgreesWithTheDateConvention(ProgramTermDates t)
    {
        // The revised convention (rule catalogue): too short only when the end is before L(3) (ГК ст. 191–192: the term
        // counts from the day before the start), too long only when it is after C(12) (calendar months).
        var finding = PolicyRunner.FindingFor(WithProgram(t.Start, t.End).Build(), AsOf, Rule, "prog-1");
        var ok = t.End >= Literal(t.Start, 3) && t.End <= CalendarMonths(t.Start, 12);
        return finding.Outcome == (ok ? Outcome.Satisfied : Outcome.Violated);
    }

    /// <summary>L(N): the day before the start, N months on (the month's last day when it has no such number).</summary>
    private static DateOnly Literal(DateOnly start, int months) => start.AddDays(-1).AddMonths(months);

    /// <summary>C(N): the day with the start's number N months later (or the 1st of the month after), less a day.</summary>
    private static DateOnly CalendarMonths(DateOnly start, int months)
    {
        var month = new DateOnly(start.Year, start.Month, 1).AddMonths(months);
        var anniversary = start.Day <= DateTime.DaysInMonth(month.Year, month.Month)
            ? new DateOnly(month.Year, month.Month, start.Day)
            : month.AddMonths(1);
        return anniversary.AddDays(-1);
    }
}
