using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Rules.Roadmaps;

/// <summary>Where one activity of a roadmap stands on a day.</summary>
/// <remarks>Rule <c>roadmap.deadline</c>: built on <see cref="RoadmapActivity.StatusOn"/>.</remarks>
public sealed class RoadmapStatusEntry
{
    internal RoadmapStatusEntry(RoadmapActivity activity, RoadmapActivityStatus status, DateOnly? nextDue, DateOnly? missedDue)
    {
        Activity = activity;
        Status = status;
        NextDue = nextDue;
        MissedDue = missedDue;
    }

    /// <summary>The activity.</summary>
    public RoadmapActivity Activity { get; }

    /// <summary>Its status.</summary>
    public RoadmapActivityStatus Status { get; }

    /// <summary>The next due day on or after the day of reckoning, or null.</summary>
    public DateOnly? NextDue { get; }

    /// <summary>For an overdue activity, the due day it missed (the latest before the day of reckoning); null otherwise.</summary>
    public DateOnly? MissedDue { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Activity.Number}: {Status}";
}

/// <summary>
/// A roadmap's status on a day: what is done, what is due soon (within a window, 14 days unless given), what is
/// overdue, what is later, and what has no date to be late for.
/// </summary>
/// <remarks>
/// Rules <c>roadmap.deadline</c> (000–004 roadmaps) and <c>roadmap.reports-submitted</c> (001 order п.2, roadmap 2.6).
/// Each activity's status is <see cref="RoadmapActivity.StatusOn"/>; a deadline due on the day itself is due soon, not overdue.
/// </remarks>
public sealed class RoadmapStatusReport
{
    private RoadmapStatusReport(Roadmap roadmap, DateOnly asOf, int dueSoonDays, IReadOnlyList<RoadmapStatusEntry> entries)
    {
        Roadmap = roadmap;
        AsOf = asOf;
        DueSoonDays = dueSoonDays;
        Entries = entries;
    }

    /// <summary>The roadmap.</summary>
    public Roadmap Roadmap { get; }

    /// <summary>The day of reckoning.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The due-soon window in days.</summary>
    public int DueSoonDays { get; }

    /// <summary>Every activity, in the roadmap's order.</summary>
    public IReadOnlyList<RoadmapStatusEntry> Entries { get; }

    /// <summary>The activities done (for the current occurrence).</summary>
    public IReadOnlyList<RoadmapStatusEntry> Done => Of(RoadmapActivityStatus.Done);

    /// <summary>The activities due within the window.</summary>
    public IReadOnlyList<RoadmapStatusEntry> DueSoon => Of(RoadmapActivityStatus.DueSoon);

    /// <summary>The activities overdue.</summary>
    public IReadOnlyList<RoadmapStatusEntry> Overdue => Of(RoadmapActivityStatus.Overdue);

    /// <summary>The activities due later than the window.</summary>
    public IReadOnlyList<RoadmapStatusEntry> Upcoming => Of(RoadmapActivityStatus.Upcoming);

    /// <summary>The activities with no date to be late for (continuous, on a separate schedule, or no deadline given).</summary>
    public IReadOnlyList<RoadmapStatusEntry> Continuous => Of(RoadmapActivityStatus.Continuous);

    /// <summary>Builds the status of a roadmap on a day.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="dueSoonDays">The due-soon window in days (0 or more).</param>
    /// <returns>The report, or MR1402 for a negative window.</returns>
    public static Result<RoadmapStatusReport> Create(Roadmap roadmap, DateOnly asOf, int dueSoonDays = RoadmapActivity.DefaultDueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        if (dueSoonDays < 0)
        {
            return RoadmapErrors.NegativeDueSoonWindow(dueSoonDays).Fail();
        }

        var entries = roadmap.Activities.Select(a =>
        {
            var status = a.StatusOn(asOf, dueSoonDays);
            DateOnly? missed = null;
            if (status == RoadmapActivityStatus.Overdue)
            {
                var from = Earliest(a.Deadline) is { } first && first < asOf ? first : asOf.PlusYears(-1);
                var past = a.Deadline.DueDatesWithin(DateRange.Create(from, asOf.PlusDays(-1)).Value);
                missed = past.Count == 0 ? null : past[^1];
            }

            return new RoadmapStatusEntry(a, status, a.Deadline.NextDueOn(asOf), missed);
        }).ToArray();
        return new RoadmapStatusReport(roadmap, asOf, dueSoonDays, entries);
    }

    /// <summary>The earliest day a deadline (or any of its parts) names, or null.</summary>
    private static DateOnly? Earliest(Deadline deadline) =>
        deadline.Parts.Select(Earliest).Append(deadline.Start).Append(deadline.End).Where(d => d is not null).Min();

    private RoadmapStatusEntry[] Of(RoadmapActivityStatus status) => [.. Entries.Where(e => e.Status == status)];
}
