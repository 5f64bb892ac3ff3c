using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Roadmaps;

public sealed class RoadmapReportsSubmittedTests
{
    private const string Rule = "roadmap.reports-submitted";

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    private static CaseBuilder Reports(params DateOnly?[] submitted)
    {
        var builder = School();
        for (var i = 0; i < submitted.Length; i++)
        {
            builder = builder.Report($"rep-{i + 1}", submitted[i]?.Year ?? 2023, submitted[i]);
        }

        return builder;
    }

    private static Validation.Finding Judge(CaseBuilder builder, DateOnly asOf, Action<EditionBuilder>? edition = null) =>
        PolicyRunner.FindingFor(builder.Build(), asOf, Rule, CaseBuilder.OrganizationId, edition ?? On);

    [Fact]
    public void Validate_ByDefault_RuleIsOff() =>
        Assert.Empty(PolicyRunner.Findings(Reports().Build(), D(2025, 1, 15), Rule));

    [Fact]
    public void Validate_AllThreeOnTime_Satisfied()
    {
        var finding = Judge(Reports(D(2023, 6, 20), D(2024, 6, 28), D(2024, 12, 20)), D(2025, 1, 15));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "dueDates" && p.Display == "2023-06-30, 2024-06-30, 2024-12-25" && p.Source == "default");
    }

    [Fact]
    public void Validate_SecondReportLateThirdMissing_ViolatedListingBoth()
    {
        var finding = Judge(Reports(D(2023, 6, 20), D(2024, 7, 5)), D(2025, 1, 15));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("к 30.06.2024 — представлен с опозданием 05.07.2024 (rep-2)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("к 25.12.2024 — не представлен", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("ГАУ ДПО СОИРО", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("due 2024-12-25: not submitted", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 12, 25, Outcome.Satisfied)]
    [InlineData(2024, 12, 26, Outcome.Violated)]
    public void Validate_ThirdDueDate_LateFromTheNextDay(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, Judge(Reports(D(2023, 6, 20), D(2024, 6, 28)), D(year, month, day)).Outcome);

    [Fact]
    public void Validate_ReportWithoutSubmissionDate_Unknown()
    {
        var finding = Judge(Reports(D(2023, 6, 20), null), D(2024, 7, 1));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("дата представления отчёта rep-2", finding.Missing);
    }

    [Fact]
    public void Validate_BeforeTheFirstDueDate_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge(Reports(), D(2023, 6, 30)).Outcome);

    [Fact]
    public void Validate_EditionDropsTheThirdDate_OnlyTwoAreDue()
    {
        var finding = Judge(Reports(D(2023, 6, 20), D(2024, 6, 28)), D(2025, 1, 15), e => e.Enable(Rule).Set(Rule, "dueDates", new[] { "2023-06-30", "2024-06-30" }));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "dueDates" && p.Display == "2023-06-30, 2024-06-30" && p.Source == PolicyRunner.EditionId);
    }

    [Theory]
    [InlineData("2023-06-19", Outcome.Violated)]
    [InlineData("2023-06-20", Outcome.Satisfied)]
    public void Validate_EditionMovesTheFirstDate_BoundaryFollowsTheParameter(string firstDue, Outcome expected) =>
        Assert.Equal(
            expected,
            Judge(Reports(D(2023, 6, 20)), D(2023, 12, 1), e => e.Enable(Rule).Set(Rule, "dueDates", new[] { firstDue, "2024-06-30", "2024-12-25" })).Outcome);
}
