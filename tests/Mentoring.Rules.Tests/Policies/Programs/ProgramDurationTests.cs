using FsCheck.Xunit;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramDurationTests
{
    private const string Rule = "program.duration";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithProgram(DateOnly start, DateOnly end, Action<PersonalizedProgram>? configure = null) =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", start, end, configure);

    private static Finding Judge(DateOnly start, DateOnly end) => PolicyRunner.FindingFor(WithProgram(start, end).Build(), AsOf, Rule, "prog-1");

    /// <summary>Every row of the rule catalogue's table («Date convention (program terms) — revised»), with its neighbours.</summary>
    [Theory]
    [InlineData("2023-09-01", "2023-11-30", Outcome.Satisfied, null)]
    [InlineData("2023-09-01", "2023-11-29", Outcome.Violated, Severity.Error)]
    [InlineData("2023-09-01", "2024-08-31", Outcome.Satisfied, null)]
    [InlineData("2023-09-01", "2024-09-01", Outcome.Violated, Severity.Error)]
    [InlineData("2024-01-31", "2024-04-30", Outcome.Satisfied, null)]
    [InlineData("2024-01-31", "2024-04-29", Outcome.Violated, Severity.Error)]
    [InlineData("2024-02-29", "2025-02-28", Outcome.Satisfied, null)]
    [InlineData("2024-02-29", "2025-03-01", Outcome.Violated, Severity.Error)]
    [InlineData("2023-11-30", "2024-02-29", Outcome.Satisfied, null)]
    [InlineData("2023-05-01", "2023-07-30", Outcome.Violated, Severity.Warning)]
    [InlineData("2023-03-01", "2023-05-28", Outcome.Violated, Severity.Warning)]
    [InlineData("2023-03-01", "2024-02-29", Outcome.Violated, Severity.Warning)]
    public void Validate_CatalogueTable_EveryRowAsTheConventionSays(string start, string end, Outcome expected, Severity? severity)
    {
        var finding = Judge(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
        if (severity is { } s)
        {
            Assert.Equal(s, finding.Severity);
        }
    }

    [Fact]
    public void Validate_ShortUnderBothReadings_ErrorNamesTheBoundAndTheEnd()
    {
        var finding = Judge(D(2023, 9, 1), D(2023, 11, 29));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("короче 3 месяцев: срок в 3 месяца с 01.09.2023 истекает 30.11.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("shorter than 3 months by both readings", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("002 §1 (понятия)", finding.Clause);
        Assert.Contains(finding.Facts, f => f.Type == "PersonalizedProgram" && f.Id == "prog-1");
    }

    [Fact]
    public void Validate_ShortByCalendarMonthsOnly_WarningNamesTheReadingAndBothDates()
    {
        var finding = Judge(D(2023, 5, 1), D(2023, 7, 30));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("только в календарных месяцах", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("31.07.2023 в календарных месяцах", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("30.07.2023 по ГК РФ, ст. 191–192", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("by calendar months only", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongByTheCivilCodeOnly_WarningNamesTheReadingAndBothDates()
    {
        var finding = Judge(D(2023, 3, 1), D(2024, 2, 29));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("дольше 12 месяцев только по ГК РФ, ст. 191–192", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("28.02.2024 по ГК РФ, ст. 191–192", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("29.02.2024 в календарных месяцах", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExtensionByMutualConsentPastAYear_ApprovedTermJudged()
    {
        var @case = WithProgram(D(2023, 9, 1), D(2024, 5, 31), p => p.Started(D(2023, 9, 1))
            .Changed(ProgramChangeKind.Extension, D(2024, 5, 1), ["m1", "t1"], newEnd: D(2024, 12, 31))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("продление до 31.12.2024 проверяется как изменение программы по обоюдному согласию", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EarlyCompletionOnARecognizedGround_DoesNotBreachTheMinimum()
    {
        var @case = WithProgram(D(2023, 9, 1), D(2024, 5, 31), p => p.Started(D(2023, 9, 1))
            .TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2023, 10, 15), "болезнь", "t1"))).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
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
        Assert.Contains("не менее 12 месяцев", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "maxMonths" && p.Value is null && p.Source == PolicyRunner.EditionId);
        Assert.Contains(finding.Parameters, p => p.Name == "minMonths" && Equals(p.Value, 12));
    }

    [Property(Arbitrary = new[] { typeof(ProgramPolicyArbitraries) })]
    public bool Validate_AnyTerm_OutcomeAgreesWithTheDateConvention(ProgramTermDates t)
    {
        // The revised convention (rule catalogue), computed here from the definitions: an error before L(3) or after
        // C(12), a warning between L(3) and C(3) or between L(12) and C(12), satisfied otherwise.
        var finding = PolicyRunner.FindingFor(WithProgram(t.Start, t.End).Build(), AsOf, Rule, "prog-1");
        var (outcome, severity) =
            t.End < Literal(t.Start, 3) || t.End > CalendarMonths(t.Start, 12) ? (Outcome.Violated, Severity.Error)
            : t.End < CalendarMonths(t.Start, 3) || t.End > Literal(t.Start, 12) ? (Outcome.Violated, Severity.Warning)
            : (Outcome.Satisfied, finding.Severity);
        return finding.Outcome == outcome && finding.Severity == severity;
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
