using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Roadmaps;

/// <summary>
/// A roadmap (дорожная карта, план мероприятий): its title, issuer, approving order, period and activities, each
/// activity number once.
/// </summary>
/// <remarks>
/// 002 §2 (the head approves the roadmap), the model roadmap (МР) and the district roadmap of 002; 000, 001, 003, 004.
/// Rules <c>org.roadmap-approved</c>, <c>roadmap.deadline</c>.
/// </remarks>
public sealed class Roadmap
{
    private readonly List<RoadmapActivity> _activities;

    private Roadmap(RoadmapId id, string title, string? issuer, string? orderNumber, DateOnly? orderDate, DateRange? period, List<RoadmapActivity> activities)
    {
        Id = id;
        Title = title;
        Issuer = issuer;
        OrderNumber = orderNumber;
        OrderDate = orderDate;
        Period = period;
        _activities = activities;
    }

    /// <summary>The roadmap's identifier.</summary>
    public RoadmapId Id { get; }

    /// <summary>The title as the document writes it.</summary>
    public string Title { get; }

    /// <summary>Who issued it (the education authority, the school), as written, or null.</summary>
    public string? Issuer { get; }

    /// <summary>The number of the approving order («№ 633»), or null.</summary>
    public string? OrderNumber { get; }

    /// <summary>The date of the approving order, or null.</summary>
    public DateOnly? OrderDate { get; }

    /// <summary>The period the roadmap covers («на 2022-2024 годы»), or null.</summary>
    public DateRange? Period { get; }

    /// <summary>The activities, in the roadmap's order.</summary>
    public IReadOnlyList<RoadmapActivity> Activities => _activities;

    /// <summary>Creates a roadmap.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">The title; not empty.</param>
    /// <param name="activities">The activities; numbers must be unique.</param>
    /// <param name="issuer">Who issued it.</param>
    /// <param name="orderNumber">The approving order's number.</param>
    /// <param name="orderDate">The approving order's date.</param>
    /// <param name="period">The period covered.</param>
    /// <returns>The roadmap, or every error: MD0001 at <c>title</c>, MD0005 at <c>activities</c> naming each repeated number.</returns>
    public static Result<Roadmap> Create(
        RoadmapId id,
        string? title,
        IEnumerable<RoadmapActivity>? activities = null,
        string? issuer = null,
        string? orderNumber = null,
        DateOnly? orderDate = null,
        DateRange? period = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var list = (activities ?? []).ToList();
        var titleCheck = Texts.Required(title, "title");
        var duplicates = list
            .GroupBy(a => a.Number, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => Result.Invalid(DomainErrors.General.DuplicateId("activities", g.Key)));
        return ResultExtras.Combine([titleCheck.ToResult(), .. duplicates])
            .Then(() => new Roadmap(
                id,
                titleCheck.ValueOr(string.Empty),
                Texts.Optional(issuer),
                Texts.Optional(orderNumber),
                orderDate,
                period,
                list));
    }

    /// <summary>Adds an activity.</summary>
    /// <param name="activity">The activity; its number must be new.</param>
    /// <returns>Success, or MD0005 at <c>activities</c> naming the number.</returns>
    public Result AddActivity(RoadmapActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Find(activity.Number) is not null)
        {
            return DomainErrors.General.DuplicateId("activities", activity.Number).Fail();
        }

        _activities.Add(activity);
        return Result.Success();
    }

    /// <summary>Records an activity as done.</summary>
    /// <param name="number">The activity's number (a trailing dot is ignored).</param>
    /// <param name="date">The day it was done.</param>
    /// <returns>Success, or MD0606 for an unknown number, MD0605 when already done (for a recurrence: not after the last time).</returns>
    public Result MarkActivityDone(string number, DateOnly date)
    {
        var activity = Find(number);
        return activity is null ? DomainErrors.Roadmaps.ActivityNotFound(number ?? string.Empty).Fail() : activity.MarkDone(date);
    }

    /// <summary>The activity with the number, or null.</summary>
    /// <param name="number">The number (a trailing dot is ignored).</param>
    /// <returns>The activity, or null.</returns>
    public RoadmapActivity? Find(string? number)
    {
        var key = number?.Trim().TrimEnd('.');
        return _activities.Find(a => string.Equals(a.Number, key, StringComparison.Ordinal));
    }

    /// <summary>The activities overdue as of <paramref name="asOf"/> (rule <c>roadmap.deadline</c>).</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <returns>The overdue activities, in the roadmap's order.</returns>
    public IReadOnlyList<RoadmapActivity> OverdueOn(DateOnly asOf) => [.. new Specifications.OverdueRoadmapActivitySpec(asOf).Evaluate(_activities)];

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
