using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class CuratorAnnualRefreshTests
{
    private const string Rule = "org.curator-annual-refresh";

    private static CaseBuilder Curated(DateOnly appointed) =>
        School().Teacher("dep", deputy: true).CuratorOrder("cur-1", appointed, "dep");

    [Theory]
    [InlineData(2024, 3, 10, Outcome.Satisfied)]
    [InlineData(2024, 3, 11, Outcome.Violated)]
    public void Validate_Clause002Section2_TwelveMonthsAfterTheLastRefresh_LateFromTheNextDay(int year, int month, int day, Outcome expected)
    {
        var @case = Curated(D(2022, 9, 1)).Records(curatorRefreshes: [D(2022, 10, 1), D(2023, 3, 10)]).Build();

        var finding = PolicyRunner.FindingFor(@case, D(year, month, day), Rule, "dep");

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "refreshIntervalMonths" && Equals(p.Value, 12));
        if (expected == Outcome.Violated)
        {
            // 2023 has a refresh: only the reading "every 12 months" is breached.
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Contains("прочтение «раз в 12 месяцев»", finding.MessageRu, StringComparison.Ordinal);
            Assert.DoesNotContain("каждый календарный год", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_Clause002Section2_BothReadingsBreached_ViolatedAsAnErrorWithoutInflectingTheName()
    {
        var @case = Curated(D(2022, 9, 1)).Records(curatorRefreshes: [D(2022, 10, 1)]).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains($"куратор: {@case.FindPerson(P("dep"))!.Name.ShortName}", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("нет актуализации за 2023 г.", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("актуализировал", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "cur-1");
    }

    [Fact]
    public void Validate_Clause002Section2_TwelveMonthReadingOnlyBreached_WarningNamingIt()
    {
        // A year without a refresh always leaves more than 12 months between two refreshes, so only the 12-month
        // reading can be breached alone.
        var @case = Curated(D(2022, 12, 1)).Records(curatorRefreshes: [D(2023, 12, 30), D(2024, 12, 20)]).Build();

        // Calendar years 2023 and 2024 each have a refresh; the 12-month gap from the appointment (01.12.2022) to
        // 30.12.2023 exceeds 12 months: only the reading "every 12 months" is breached.
        var finding = PolicyRunner.FindingFor(@case, D(2025, 1, 15), Rule, "dep");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("прочтение «раз в 12 месяцев»: после 01.12.2022", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("the reading \"every 12 months\"", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Clause002Section2_RefreshThatFoundNobodyCounts()
    {
        // No registry entry at all: a refresh that found nobody is still a refresh.
        var @case = Curated(D(2022, 9, 1)).Records(curatorRefreshes: [D(2023, 8, 25)]).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep").Outcome);
    }

    [Fact]
    public void Validate_Clause002Section2_RegistryEntryIsEvidenceOfARefresh()
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(D(2023, 8, 25)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep").Outcome);
    }

    [Fact]
    public void Validate_Clause002Section2_NoRegistryEntryAndNoRecord_UnknownNotViolated()
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(D(2022, 10, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не представлены", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 9, 10, Outcome.Satisfied)]
    [InlineData(2023, 9, 11, Outcome.Violated)]
    public void Validate_SixMonthInterval_LateAfterSixMonths(int year, int month, int day, Outcome expected)
    {
        var @case = Curated(D(2022, 9, 1)).Records(curatorRefreshes: [D(2022, 12, 1), D(2023, 3, 10)]).Build();

        var finding = PolicyRunner.FindingFor(@case, D(year, month, day), Rule, "dep", e => e.Set(Rule, "refreshIntervalMonths", 6));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "refreshIntervalMonths" && Equals(p.Value, 6) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_NoRegistryWithinTheFirstYear_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Curated(D(2023, 9, 1)).Build(), D(2024, 1, 15), Rule, "dep").Outcome);
}
