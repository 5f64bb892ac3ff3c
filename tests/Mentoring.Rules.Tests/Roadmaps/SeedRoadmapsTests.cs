using FsCheck.Xunit;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;
using Mentoring.Rules.Roadmaps;

namespace Mentoring.Rules.Tests.Roadmaps;

/// <summary>The five seeds' roadmaps shipped as data: listed, loaded, every deadline parsed, and their own dates checked.</summary>
public class SeedRoadmapsTests
{
    /// <summary>The roadmaps of every seed, loaded once.</summary>
    private static readonly Roadmap[] AllRoadmaps = [.. SeedRoadmaps.All.Select(s => SeedRoadmaps.Load(s.Id).Value)];

    private static RoadmapStatusReport StatusOf(string id, DateOnly asOf, int dueSoonDays = 14) =>
        RoadmapStatusReport.Create(SeedRoadmaps.Load(id).Value, asOf, dueSoonDays).Value;

    private static RoadmapActivityStatus Status(string id, string number, DateOnly asOf) =>
        Assert.Single(StatusOf(id, asOf).Entries, e => e.Activity.Number == number).Status;

    [Fact]
    public void All_FiveSeeds_SixRoadmapsInSeedOrder()
    {
        Assert.Equal(
            ["voskresensky-2023-2026", "smolensk-2022-2024", "krasnokutsky-2022-2024", "model-school-roadmap", "argun-2021-2024", "ivanteevka-2021-2022"],
            SeedRoadmaps.All.Select(s => s.Id));
        Assert.Equal(["000", "001", "002", "002", "003", "004"], SeedRoadmaps.All.Select(s => s.Seed));
    }

    [Theory]
    [InlineData("voskresensky-2023-2026", 17)]
    [InlineData("smolensk-2022-2024", 21)]
    [InlineData("krasnokutsky-2022-2024", 11)]
    [InlineData("model-school-roadmap", 15)]
    [InlineData("argun-2021-2024", 18)]
    [InlineData("ivanteevka-2021-2022", 12)]
    public void Load_EverySeed_EveryActivityParsedKeepingTheSeedsText(string id, int activities)
    {
        var info = SeedRoadmaps.Find(id)!;

        var roadmap = SeedRoadmaps.Load(id).Value;

        Assert.Equal(activities, roadmap.Activities.Count);
        foreach (var (row, activity) in info.Rows.Zip(roadmap.Activities))
        {
            Assert.Equal(row.Number, activity.Number);
            Assert.Equal(row.DeadlineText.Length == 0 ? SeedRoadmaps.NoDeadlineText : row.DeadlineText, activity.Deadline.Text);
            Assert.Equal(row.Responsible, activity.Responsible);
        }
    }

    [Fact]
    public void Load_UnknownId_FailsWithMR1401ListingTheKnown()
    {
        var error = Assert.Single(SeedRoadmaps.Load("moscow-2030").ValidationErrors);

        Assert.Equal("MR1401", error.ErrorCode);
        Assert.Contains("smolensk-2022-2024", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IdInOtherCase_Loads() => Assert.True(SeedRoadmaps.Load("SMOLENSK-2022-2024").IsSuccess);

    [Fact]
    public void Ivanteevka_MixedCells_SplitIntoDeadlineAndResponsible()
    {
        var info = SeedRoadmaps.Find("ivanteevka-2021-2022")!;
        var first = info.Rows[0];
        var second = info.Rows[1];

        Assert.Equal(("До 15.09.2021г.", "МУ «РЦ УО»"), (first.DeadlineText, first.Responsible));
        Assert.Equal(("До 1.10.2021г.", "ОО"), (second.DeadlineText, second.Responsible));
        Assert.Equal("До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО", first.SourceCell);
        Assert.Equal(RoadmapStage.PreparingConditions, first.Stage);
    }

    [Fact]
    public void ModelSchoolRoadmap_BlankDeadlines_NeverOverdue()
    {
        var report = StatusOf("model-school-roadmap", new DateOnly(2030, 1, 1));

        Assert.Empty(report.Overdue);
        Assert.Equal(15, report.Continuous.Count);
        Assert.Equal(7, report.Roadmap.Activities.Select(a => a.Stage).Distinct().Count());
    }

    [Theory]
    [InlineData("2023-06-20", RoadmapActivityStatus.DueSoon)]
    [InlineData("2023-06-30", RoadmapActivityStatus.DueSoon)]
    [InlineData("2023-07-01", RoadmapActivityStatus.Overdue)]
    [InlineData("2024-07-01", RoadmapActivityStatus.Overdue)]
    [InlineData("2024-12-20", RoadmapActivityStatus.Overdue)]
    [InlineData("2023-01-10", RoadmapActivityStatus.Upcoming)]
    public void Smolensk_ReportsDue30062023_30062024_25122024_NothingDone(string asOf, RoadmapActivityStatus expected) =>
        Assert.Equal(expected, Status("smolensk-2022-2024", "2.6", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Smolensk_Report2024Missed_NamesTheMissedDay()
    {
        var entry = Assert.Single(StatusOf("smolensk-2022-2024", new DateOnly(2024, 7, 10)).Overdue, e => e.Activity.Number == "2.6");

        Assert.Equal(new DateOnly(2024, 6, 30), entry.MissedDue);
        Assert.Equal(new DateOnly(2024, 12, 25), entry.NextDue);
    }

    [Fact]
    public void Smolensk_FirstReportDoneOnTime_NextIsUpcomingThenDueSoonNotOverdue()
    {
        var roadmap = SeedRoadmaps.Load("smolensk-2022-2024").Value;
        Assert.True(roadmap.MarkActivityDone("2.6", new DateOnly(2023, 6, 28)).IsSuccess);

        Assert.Equal(RoadmapActivityStatus.Upcoming, RoadmapStatusReport.Create(roadmap, new DateOnly(2023, 9, 1)).Value.Entries.Single(e => e.Activity.Number == "2.6").Status);
        Assert.Equal(RoadmapActivityStatus.DueSoon, RoadmapStatusReport.Create(roadmap, new DateOnly(2024, 6, 20)).Value.Entries.Single(e => e.Activity.Number == "2.6").Status);
    }

    [Theory]
    [InlineData("2021-09-01", RoadmapActivityStatus.DueSoon)]
    [InlineData("2021-08-31", RoadmapActivityStatus.Upcoming)]
    [InlineData("2021-09-15", RoadmapActivityStatus.DueSoon)]
    [InlineData("2021-09-16", RoadmapActivityStatus.Overdue)]
    public void Ivanteevka_SeminarDueBy15092021(string asOf, RoadmapActivityStatus expected) =>
        Assert.Equal(expected, Status("ivanteevka-2021-2022", "1.1", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2021-10-20", RoadmapActivityStatus.DueSoon)]
    [InlineData("2021-10-01", RoadmapActivityStatus.Upcoming)]
    [InlineData("2021-11-01", RoadmapActivityStatus.DueSoon)] // 31.10.2021 was a Sunday: due on Monday 01.11.2021 (ГК РФ, ст. 193)
    [InlineData("2021-11-02", RoadmapActivityStatus.Overdue)]
    public void Argun_MenteeBaseDueInOctober2021(string asOf, RoadmapActivityStatus expected) =>
        Assert.Equal(expected, Status("argun-2021-2024", "4.1", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Ivanteevka_EndOfSchoolYear_EveryDatedActivityOverdue()
    {
        var report = StatusOf("ivanteevka-2021-2022", new DateOnly(2022, 6, 1));

        Assert.Equal(12, report.Overdue.Count);
    }

    [Fact]
    public void Voskresensky_Stage3Analysis_DueEndOf2023And2024()
    {
        var deadline = SeedRoadmaps.Load("voskresensky-2023-2026").Value.Find("3.1")!.Deadline;

        Assert.Equal(DeadlineKind.Several, deadline.Kind);
        Assert.Equal([new DateOnly(2023, 12, 31), new DateOnly(2024, 12, 31)], deadline.DueDatesWithin(DateRange(2023, 2026)));
        Assert.Equal(DeadlineKind.Schedule, SeedRoadmaps.Load("voskresensky-2023-2026").Value.Find("1.7")!.Deadline.Kind);
    }

    [Fact]
    public void Create_NegativeWindow_FailsWithMR1402()
    {
        var result = RoadmapStatusReport.Create(SeedRoadmaps.Load("argun-2021-2024").Value, new DateOnly(2022, 1, 1), -1);

        Assert.Equal("MR1402", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Property(Arbitrary = new[] { typeof(RoadmapArbitraries) })]
    public bool Create_AnyDayAndWindow_EveryActivityInExactlyOneGroup(DayAndWindow t)
    {
        var (day, window) = t;
        return AllRoadmaps.All(roadmap =>
        {
            var report = RoadmapStatusReport.Create(roadmap, day, window).Value;
            var grouped = report.Done.Count + report.DueSoon.Count + report.Overdue.Count + report.Upcoming.Count + report.Continuous.Count;
            return grouped == roadmap.Activities.Count
                && report.Overdue.All(e => e.MissedDue < day)
                && report.DueSoon.All(e => e.NextDue is { } next && next.DayNumber - day.DayNumber <= window);
        });
    }

    private static Mentoring.Domain.Calendar.DateRange DateRange(int from, int to) =>
        Mentoring.Domain.Calendar.DateRange.Create(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)).Value;
}
