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
    public void Validate_TwelveMonthsAfterTheLastEntry_LateFromTheNextDay(int year, int month, int day, Outcome expected)
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(D(2022, 10, 1), D(2023, 3, 10)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(year, month, day), Rule, "dep");

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains("10.03.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("2024-03-10", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "refreshIntervalMonths" && Equals(p.Value, 12));
    }

    [Fact]
    public void Validate_Late_ViolatedNamingTheCurator()
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(D(2022, 10, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("dep"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "cur-1");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData(2023, 9, 10, Outcome.Satisfied)]
    [InlineData(2023, 9, 11, Outcome.Violated)]
    public void Validate_SixMonthInterval_LateAfterSixMonths(int year, int month, int day, Outcome expected)
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(D(2023, 3, 10)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(year, month, day), Rule, "dep", e => e.Set(Rule, "refreshIntervalMonths", 6));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "refreshIntervalMonths" && Equals(p.Value, 6) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_NewCuratorWithinTheFirstYear_Satisfied()
    {
        var @case = Curated(D(2023, 6, 1)).MenteeEntries(D(2022, 1, 10)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep").Outcome);
    }

    [Fact]
    public void Validate_NoRegistryWithinTheFirstYear_Satisfied()
    {
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Curated(D(2023, 9, 1)).Build(), D(2024, 1, 15), Rule, "dep").Outcome);
    }

    [Fact]
    public void Validate_NoDatedEntryAfterAYear_UnknownListingTheRefresh()
    {
        var @case = Curated(D(2022, 9, 1)).MenteeEntries(null, D(2024, 2, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "dep");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("базы наставляемых", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoCurator_NotApplicable()
    {
        var findings = PolicyRunner.Findings(School().Running(D(2023, 9, 1)).MenteeEntries(D(2023, 9, 1)).Build(), D(2024, 1, 15), Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }
}
