using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;
using Mentoring.Domain.Tests.Builders;
using static Mentoring.Domain.Tests.Builders.RoadmapBuilder;

namespace Mentoring.Domain.Tests.Roadmaps;

public class RoadmapTests
{
    [Fact]
    public void Create_Valid_KeepsOrderAndActivities()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Equal("633", roadmap.OrderNumber);
        Assert.Equal(["2.1", "2.6"], roadmap.Activities.Select(a => a.Number));
    }

    [Fact]
    public void Create_DuplicateNumbersAndEmptyTitle_ReportsBoth()
    {
        var result = new RoadmapBuilder()
            .WithTitle(" ")
            .WithActivity(Activity("1.3.", "сентябрь 2021 г."))
            .WithActivity(Activity("1.3", "октябрь 2021 г."))
            .TryBuild();

        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0001" && e.Identifier == "title");
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0005" && e.Identifier == "activities" && e.ErrorMessage.Contains("1.3"));
        Assert.Equal(2, result.ValidationErrors.Count());
    }

    [Fact]
    public void ActivityCreate_EmptyNumberAndTitle_ReportsBoth()
    {
        var errors = RoadmapActivity.Create(" ", "", Deadline.Continuous()).ValidationErrors;

        Assert.Equal(["number", "title"], errors.Select(e => e.Identifier));
        Assert.All(errors, e => Assert.Equal("MD0001", e.ErrorCode));
    }

    [Fact]
    public void ActivityCreate_UndefinedStage_FailsWithMD0008() =>
        Assert.Equal("MD0008", Assert.Single(RoadmapActivity.Create("1", "x", Deadline.Continuous(), stage: (RoadmapStage)0).ValidationErrors).ErrorCode);

    [Fact]
    public void AddActivity_DuplicateNumber_FailsWithMD0005()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Equal("MD0005", Assert.Single(roadmap.AddActivity(Activity("2.6", "постоянно")).ValidationErrors).ErrorCode);
        Assert.True(roadmap.AddActivity(Activity("4.1", "постоянно")).IsSuccess);
    }

    [Fact]
    public void OverdueOn_July2023_FindsReportNotSubmitted()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Equal(["2.1", "2.6"], roadmap.OverdueOn(new DateOnly(2023, 7, 1)).Select(a => a.Number));
        Assert.True(roadmap.MarkActivityDone("2.6", new DateOnly(2023, 6, 29)).IsSuccess);
        Assert.Equal(["2.1"], roadmap.OverdueOn(new DateOnly(2023, 7, 1)).Select(a => a.Number));
    }

    [Fact]
    public void MarkActivityDone_SingleDeadlineTwice_FailsWithMD0605()
    {
        var roadmap = new RoadmapBuilder().Build();
        roadmap.MarkActivityDone("2.1", new DateOnly(2022, 12, 20));

        Assert.Equal("MD0605", Assert.Single(roadmap.MarkActivityDone("2.1.", new DateOnly(2022, 12, 21)).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void MarkActivityDone_SeveralDeadlineAgainLater_IsAllowed()
    {
        var roadmap = new RoadmapBuilder().Build();
        roadmap.MarkActivityDone("2.6", new DateOnly(2023, 6, 29));

        Assert.True(roadmap.MarkActivityDone("2.6", new DateOnly(2024, 6, 28)).IsSuccess);
        Assert.Equal(new DateOnly(2024, 6, 28), roadmap.Find("2.6")!.DoneOn);
    }

    [Fact]
    public void MarkActivityDone_UnknownNumber_FailsWithMD0606() =>
        Assert.Equal("MD0606", Assert.Single(new RoadmapBuilder().Build().MarkActivityDone("9.9", new DateOnly(2023, 1, 1)).ValidationErrors).ErrorCode);

    [Theory]
    [InlineData("2023-06-10", null, RoadmapActivityStatus.Upcoming)]
    [InlineData("2023-06-20", null, RoadmapActivityStatus.DueSoon)]
    [InlineData("2023-06-30", null, RoadmapActivityStatus.DueSoon)]
    [InlineData("2023-07-01", null, RoadmapActivityStatus.Overdue)]
    [InlineData("2023-06-20", "2023-06-15", RoadmapActivityStatus.Done)]
    [InlineData("2023-07-01", "2023-06-15", RoadmapActivityStatus.Done)]
    [InlineData("2023-07-01", "2023-07-01", RoadmapActivityStatus.Overdue)]
    public void StatusOn_ByDate_AsExpected(string asOf, string? doneOn, RoadmapActivityStatus expected)
    {
        var activity = Activity("1", "до 30.06.2023", doneOn: doneOn is null ? null : DateOnly.Parse(doneOn));

        Assert.Equal(expected, activity.StatusOn(DateOnly.Parse(asOf)));
    }

    [Fact]
    public void StatusOn_Continuous_IsContinuousUntilMarkedDone()
    {
        Assert.Equal(RoadmapActivityStatus.Continuous, Activity("1", "постоянно").StatusOn(new DateOnly(2023, 1, 1)));
        Assert.Equal(RoadmapActivityStatus.Done, Activity("1", "постоянно", doneOn: new DateOnly(2022, 1, 1)).StatusOn(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void StatusOn_RecurringDoneForLastOccurrence_IsUpcomingForTheNext()
    {
        var activity = Activity("2.5", "ежегодно (июнь, декабрь)", doneOn: new DateOnly(2023, 6, 20));

        Assert.Equal(RoadmapActivityStatus.Upcoming, activity.StatusOn(new DateOnly(2023, 7, 10)));
        Assert.Equal(RoadmapActivityStatus.DueSoon, activity.StatusOn(new DateOnly(2023, 12, 20)));
    }

    [Fact]
    public void StatusOn_WiderDueSoonWindow_TurnsUpcomingIntoDueSoon()
    {
        var activity = Activity("1", "до 30.06.2023");

        Assert.Equal(RoadmapActivityStatus.DueSoon, activity.StatusOn(new DateOnly(2023, 6, 1), dueSoonDays: 30));
    }
}
