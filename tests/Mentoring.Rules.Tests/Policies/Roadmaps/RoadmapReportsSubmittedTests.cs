using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Severity = Mentoring.Rules.Policies.Severity;

namespace Mentoring.Rules.Tests.Policies.Roadmaps;

public sealed class RoadmapReportsSubmittedTests
{
    private const string Rule = "roadmap.reports-submitted";

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    /// <summary>The municipal department's own file (001 п.2 binds it) with its reports to the regional institute.</summary>
    private static MentoringCase Department(params DateOnly?[] submitted)
    {
        var department = Ok(Organization.Create(Org(), "Управление образования и молодежной политики Администрации города Смоленска", OrganizationKind.EducationAuthority));
        var builder = new MentoringCaseBuilder(department);
        for (var i = 0; i < submitted.Length; i++)
        {
            builder.AddReports(Ok(MonitoringReport.Create(Doc($"rep-{i + 1}"), Org(), submitted[i]?.Year ?? 2023, null, submitted[i])));
        }

        return Ok(builder.Build());
    }

    private static Validation.Finding Judge(MentoringCase @case, DateOnly asOf, Action<EditionBuilder>? edition = null) =>
        PolicyRunner.FindingFor(@case, asOf, Rule, OrganizationId, edition ?? On);

    [Fact]
    public void Validate_ByDefault_RuleIsOff() =>
        Assert.Empty(PolicyRunner.Findings(Department(), D(2025, 1, 15), Rule));

    [Fact]
    public void Validate_Order2_ASchool_NeverJudged()
    {
        var finding = Judge(School().Report("rep-1", 2023, D(2023, 6, 20)).Build(), D(2025, 1, 15));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("не образовательная организация", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllThreeOnTime_Satisfied()
    {
        var finding = Judge(Department(D(2023, 6, 20), D(2024, 6, 28), D(2024, 12, 20)), D(2025, 1, 15));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "dueDates" && p.Display == "2023-06-30, 2024-06-30, 2024-12-25" && p.Source == "default");
    }

    [Theory]
    [InlineData(2024, 7, 1, Outcome.Satisfied)] // 30.06.2024 was a Sunday: due on Monday 01.07.2024 (ГК РФ, ст. 193)
    [InlineData(2024, 7, 2, Outcome.Violated)]
    public void Validate_Order2_SecondDueDateOnASunday_MovesToMonday(int year, int month, int day, Outcome expected)
    {
        var finding = Judge(Department(D(2023, 6, 20), D(year, month, day)), D(2024, 9, 1));

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("30.06.2024 (нерабочий день, срок переносится на 01.07.2024: ГК РФ, ст. 193)", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SecondReportLateThirdMissing_ViolatedListingBoth()
    {
        var finding = Judge(Department(D(2023, 6, 20), D(2024, 7, 5)), D(2025, 1, 15));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("отчёт rep-2 представлен с опозданием, 05.07.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("срок 25.12.2024 — отчёт не представлен", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("ГАУ ДПО СОИРО", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("due 2024-12-25: not submitted", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 12, 25, Outcome.Satisfied)]
    [InlineData(2024, 12, 26, Outcome.Violated)]
    public void Validate_ThirdDueDate_LateFromTheNextDay(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, Judge(Department(D(2023, 6, 20), D(2024, 6, 28)), D(year, month, day)).Outcome);

    [Fact]
    public void Validate_ReportWithoutSubmissionDate_Unknown()
    {
        var finding = Judge(Department(D(2023, 6, 20), null), D(2024, 7, 2));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("дата представления отчёта rep-2", finding.Missing);
    }

    [Fact]
    public void Validate_BeforeTheFirstDueDate_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge(Department(), D(2023, 6, 30)).Outcome);

    [Fact]
    public void Validate_EditionDropsTheThirdDate_OnlyTwoAreDue()
    {
        var finding = Judge(Department(D(2023, 6, 20), D(2024, 6, 28)), D(2025, 1, 15), e => e.Enable(Rule).Set(Rule, "dueDates", new[] { "2023-06-30", "2024-06-30" }));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "dueDates" && p.Display == "2023-06-30, 2024-06-30" && p.Source == PolicyRunner.EditionId);
    }

    [Theory]
    [InlineData("2023-06-19", Outcome.Violated)]
    [InlineData("2023-06-20", Outcome.Satisfied)]
    public void Validate_EditionMovesTheFirstDate_BoundaryFollowsTheParameter(string firstDue, Outcome expected) =>
        Assert.Equal(
            expected,
            Judge(Department(D(2023, 6, 20)), D(2023, 12, 1), e => e.Enable(Rule).Set(Rule, "dueDates", new[] { firstDue, "2024-06-30", "2024-12-25" })).Outcome);

    [Property(Arbitrary = new[] { typeof(ReportDayArbitraries) })]
    public bool Validate_ADeadlineMet_StaysMetWhenTheDateOfValidationMovesLater(ReportDays t)
    {
        // Only the first due date (30.06.2023): a finding made after it does not change as the date of validation moves later.
        Action<EditionBuilder> first = e => e.Enable(Rule).Set(Rule, "dueDates", new[] { "2023-06-30" });
        var @case = Department(t.Submitted);
        var before = Judge(@case, t.AsOf, first);
        var after = Judge(@case, t.AsOf.AddDays(t.Later), first);
        return before.Outcome == Outcome.NotApplicable || (before.Outcome == after.Outcome && before.Severity == after.Severity);
    }
}

/// <summary>A report's submission day, a day of validation, and a number of days later.</summary>
public readonly record struct ReportDays(DateOnly Submitted, DateOnly AsOf, int Later);

/// <summary>The generator of <see cref="ReportDays"/>.</summary>
public static class ReportDayArbitraries
{
    /// <summary>Submissions in 2023–2024, validation from June 2023 on, up to 1000 days later.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportDays> Days() =>
        (from submitted in Gen.Choose(0, 700)
         from asOf in Gen.Choose(0, 900)
         from later in Gen.Choose(0, 1000)
         select new ReportDays(D(2023, 1, 1).AddDays(submitted), D(2023, 6, 1).AddDays(asOf), later)).ToArbitrary();
}
