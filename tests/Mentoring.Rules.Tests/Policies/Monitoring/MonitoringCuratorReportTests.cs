using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Monitoring;

public sealed class MonitoringCuratorReportTests
{
    private const string Rule = "monitoring.curator-report";

    /// <summary>A school whose first program runs 01.09.2023–31.05.2024 and completes on <paramref name="completed"/>.</summary>
    private static CaseBuilder Completed(DateOnly completed) =>
        School().Teacher("c1", deputy: true, name: "Кузнецова Ольга Сергеевна").CuratorOrder("ord-3", D(2023, 8, 25), "c1")
            .Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => p.Started(D(2023, 9, 1)).CompletedWith(Ending(CompletionGround.PlanCompleted, completed)));

    private static Validation.Finding Judge(CaseBuilder builder, DateOnly asOf) =>
        PolicyRunner.FindingFor(builder.Build(), asOf, Rule, OrganizationId);

    [Fact]
    public void Validate_Clause002Section2_OneFinalReportByTheEndOfTheSchoolYear_Satisfied()
    {
        var finding = Judge(Completed(D(2024, 5, 31)).Report("rep-1", 2024, D(2024, 8, 20), "c1"), D(2025, 3, 1));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("31.08.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 9, 2, Outcome.NotApplicable)] // 31.08.2024 was a Saturday: due on Monday 02.09.2024 (ГК РФ, ст. 193)
    [InlineData(2024, 9, 3, Outcome.Violated)]
    public void Validate_Clause002Section2_NoReport_InferredWarningAfterTheDueDay(int year, int month, int day, Outcome expected)
    {
        var finding = Judge(Completed(D(2024, 5, 31)), D(year, month, day));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_ProgramCompletedInSeptember_DueAtTheEndOfTheNextSchoolYear()
    {
        var finding = Judge(Completed(D(2024, 9, 10)).Report("rep-1", 2025, D(2025, 6, 1), "c1"), D(2025, 12, 1));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_LateReport_WarningSayingTheDueDayIsInferred()
    {
        var finding = Judge(Completed(D(2024, 5, 31)).Report("rep-1", 2024, D(2024, 10, 1), "c1"), D(2025, 3, 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("по выводу из положения", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("01.10.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoProgramCompleted_NotDueYearAfterYear()
    {
        var @case = School().Teacher("c1", deputy: true).CuratorOrder("ord-3", D(2021, 8, 25), "c1").Build();

        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(@case, D(2024, 3, 1), Rule, OrganizationId).Outcome);
    }

    [Fact]
    public void Validate_UndatedReport_Unknown() =>
        Assert.Equal(Outcome.Unknown, Judge(Completed(D(2024, 5, 31)).Report("rep-1", 2024), D(2025, 3, 1)).Outcome);
}
