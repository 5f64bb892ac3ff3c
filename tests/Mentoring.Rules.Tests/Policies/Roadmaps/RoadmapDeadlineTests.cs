using Mentoring.Domain.Calendar;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.RoadmapParts;

namespace Mentoring.Rules.Tests.Policies.Roadmaps;

public sealed class RoadmapDeadlineTests
{
    private const string Rule = "roadmap.deadline";
    private const string Title = "Дорожная карта на 2023-2024 годы";
    private static readonly DateRange Period = Ok(DateRange.Create(D(2023, 1, 1), D(2024, 12, 31)));

    private static CaseBuilder Plan(params Mentoring.Domain.Roadmaps.RoadmapActivity[] activities) =>
        School().Roadmap("rm-1", Title, Period, activities);

    [Fact]
    public void Validate_QuarterNotDone_ViolatedNamingTheActivity()
    {
        var @case = Plan(
                Step("1.1", "до 30.06.2023", D(2023, 6, 20), "Утверждение плана"),
                Step("1.2", "I квартал 2024 г.", title: "Формирование базы наставников", responsible: "Куратор"),
                Step("1.3", "постоянно", title: "Информационное сопровождение"))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 4, 2), Rule, "rm-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("1.2. Формирование базы наставников (срок: I квартал 2024 г.; ответственный: Куратор)", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1.", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("1.3.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(Title, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("1.2 (deadline as written: «I квартал 2024 г.»)", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Type == "Roadmap" && f.Id == "rm-1");
    }

    [Theory]
    [InlineData(2024, 3, 31, Outcome.Satisfied)]
    [InlineData(2024, 4, 1, Outcome.Satisfied)] // 31.03.2024 was a Sunday: due on Monday 01.04.2024 (ГК РФ, ст. 193)
    [InlineData(2024, 4, 2, Outcome.Violated)]
    public void Validate_TheDueDayItself_IsNotYetOverdue(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, PolicyRunner.FindingFor(Plan(Step("1.2", "I квартал 2024 г.")).Build(), D(year, month, day), Rule, "rm-1").Outcome);

    [Theory]
    [InlineData(2023, 10, 31, Outcome.Satisfied)] // «октябрь 2023»: the month's last day, a working day
    [InlineData(2023, 11, 1, Outcome.Violated)]
    public void Validate_MonthOnlyDeadline_IsItsLastDay(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, PolicyRunner.FindingFor(Plan(Step("2.1", "октябрь 2023")).Build(), D(year, month, day), Rule, "rm-1").Outcome);

    [Theory]
    [InlineData(2023, 6, 30, Outcome.Satisfied)] // «до 30.06.2023» includes 30.06.2023
    [InlineData(2023, 7, 1, Outcome.Violated)]
    public void Validate_ByDate_IncludesTheDate(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, PolicyRunner.FindingFor(Plan(Step("1.1", "до 30.06.2023")).Build(), D(year, month, day), Rule, "rm-1").Outcome);

    [Fact]
    public void Validate_AllDoneOnTime_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Plan(Step("1.1", "до 30.06.2023", D(2023, 6, 20))).Build(), D(2024, 4, 1), Rule, "rm-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("выполнено 1 из 1", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DoneLate_Violated() =>
        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(Plan(Step("1.1", "до 30.06.2023", D(2023, 7, 3))).Build(), D(2024, 4, 1), Rule, "rm-1").Outcome);

    [Fact]
    public void Validate_RoadmapWithoutActivities_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Plan().Build(), D(2024, 4, 1), Rule, "rm-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains($"мероприятия дорожной карты «{Title}»", finding.Missing);
    }

    [Fact]
    public void Validate_RoadmapNotStartedYet_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(Plan(Step("1.2", "I квартал 2024 г.")).Build(), D(2022, 12, 31), Rule, "rm-1").Outcome);

    [Fact]
    public void Validate_NoRoadmap_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), D(2024, 4, 1), Rule)).Outcome);
}
