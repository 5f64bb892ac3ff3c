using System.Text;
using FsCheck.Xunit;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Tests.Roadmaps;

/// <summary>A recurring activity («ежегодно») is done once per occurrence; each completion counts for its own window.</summary>
public sealed class RecurringCompletionTests
{
    private static RoadmapActivity Yearly(params DateOnly[] completions) =>
        RoadmapActivity.Create("2.1", "Мониторинг эффективности", Deadline.Parse("ежегодно").Value, completions: completions).Value;

    [Fact]
    public void StatusOn_DoneEveryYear_NeverOverdue()
    {
        var activity = Yearly(new DateOnly(2022, 5, 10), new DateOnly(2023, 5, 12), new DateOnly(2024, 5, 14));

        Assert.False(activity.IsOverdue(new DateOnly(2024, 6, 30)));
        Assert.Equal(RoadmapActivityStatus.Done, activity.StatusOn(new DateOnly(2024, 6, 30)));
        Assert.Equal(new DateOnly(2024, 5, 14), activity.DoneOn);
        Assert.Equal(3, activity.Completions.Count);
    }

    [Fact]
    public void StatusOn_DoneThisYearButNotLastYear_OverdueForLastYear()
    {
        var activity = Yearly(new DateOnly(2022, 5, 10), new DateOnly(2024, 5, 14));

        Assert.True(activity.IsOverdue(new DateOnly(2024, 6, 30)));
        Assert.Equal(RoadmapActivityStatus.Overdue, activity.StatusOn(new DateOnly(2024, 6, 30)));
    }

    [Fact]
    public void MarkActivityDone_RecurringActivityEachYear_KeepsEveryCompletion()
    {
        var roadmap = Roadmap.Create(RoadmapId.Create("rm").Value, "План", [Yearly()]).Value;

        Assert.True(roadmap.MarkActivityDone("2.1", new DateOnly(2023, 5, 12)).IsSuccess);
        Assert.True(roadmap.MarkActivityDone("2.1", new DateOnly(2024, 5, 14)).IsSuccess);

        Assert.Equal([new DateOnly(2023, 5, 12), new DateOnly(2024, 5, 14)], roadmap.Activities[0].Completions);
        Assert.Empty(roadmap.OverdueOn(new DateOnly(2024, 6, 30)));
    }

    [Property(Arbitrary = new[] { typeof(RoadmapArbitraries) })]
    public bool IsOverdue_AnyCompletions_OverdueExactlyWhenTheLatestPastYearHasNone(YearlyCompletions t)
    {
        var activity = Yearly([.. t.Years.Select(y => new DateOnly(y, 6, 1))]);
        // «ежегодно» is due on 31 December, moved to the next working day (ГК РФ, ст. 193: after the January holidays);
        // the due day itself is not yet overdue.
        var lastPastYear = t.AsOf.Year - 1;
        if (Mentoring.Domain.Calendar.ProductionCalendar.Russia.ShiftDeadline(new DateOnly(lastPastYear, 12, 31)).Value >= t.AsOf)
        {
            lastPastYear--;
        }

        var expected = !t.Years.Contains(lastPastYear) || new DateOnly(lastPastYear, 6, 1) > t.AsOf;
        return activity.IsOverdue(t.AsOf) == expected;
    }

    [Fact]
    public void Read_DoneDates_EveryCompletionKeptAndWrittenBack()
    {
        const string json = """
            {
              "formatVersion": 1,
              "organization": { "id": "school-1", "name": "СОШ № 1", "kind": "school" },
              "roadmaps": [
                {
                  "id": "rm-1",
                  "title": "Дорожная карта",
                  "activities": [
                    { "number": "1", "title": "Мониторинг", "deadline": "ежегодно", "doneDates": ["2023-05-12", "2024-05-14"] }
                  ]
                }
              ]
            }
            """;

        var read = CaseFile.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors));
        var activity = read.Value!.Cases[0].Roadmaps[0].Activities[0];
        Assert.Equal([new DateOnly(2023, 5, 12), new DateOnly(2024, 5, 14)], activity.Completions);
        using var written = new MemoryStream();
        CaseFile.Write(read.Value.Cases[0], written);
        Assert.Contains("\"doneDates\"", Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
    }
}
