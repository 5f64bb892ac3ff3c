using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Monitoring;

public sealed class MonitoringCuratorReportTests
{
    private const string Rule = "monitoring.curator-report";

    private static CaseBuilder Curated(DateOnly appointed) =>
        School().Teacher("c1", deputy: true, name: "Кузнецова Ольга Сергеевна").CuratorOrder("ord-3", appointed, "c1");

    [Fact]
    public void Validate_YearWithoutReport_ViolatedNamingYearAndCurator()
    {
        var @case = Curated(D(2022, 9, 1)).Report("rep-2022", 2022, D(2023, 1, 20), "c1").Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 3, 1), Rule, CaseBuilder.OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("за 2023 г.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ ord-3 от 01.09.2022", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("missing for 2023", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
    }

    [Fact]
    public void Validate_ReportForEveryYear_Satisfied()
    {
        var @case = Curated(D(2022, 9, 1)).Report("rep-2022", 2022, D(2023, 1, 20)).Report("rep-2023", 2023, D(2024, 1, 20)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, D(2024, 3, 1), Rule, CaseBuilder.OrganizationId).Outcome);
    }

    [Theory]
    [InlineData(2022, 12, 31, Outcome.NotApplicable)]
    [InlineData(2023, 1, 1, Outcome.Violated)]
    public void Validate_FirstYear_DueOnceItHasEnded(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, PolicyRunner.FindingFor(Curated(D(2022, 9, 1)).Build(), D(year, month, day), Rule, CaseBuilder.OrganizationId).Outcome);

    [Fact]
    public void Validate_NoCuratorOrder_Unknown()
    {
        var finding = PolicyRunner.FindingFor(School().Report("rep-2023", 2023).Build(), D(2024, 3, 1), Rule, CaseBuilder.OrganizationId);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("приказ о назначении куратора", finding.Missing);
    }
}
