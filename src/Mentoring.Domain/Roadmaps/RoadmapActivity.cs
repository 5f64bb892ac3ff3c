using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Roadmaps;

/// <summary>
/// An activity of a roadmap (мероприятие дорожной карты): its number, section and stage, what is to be done, by
/// when, who is responsible, the expected result, and when it was done.
/// </summary>
/// <remarks>The roadmaps of seeds 000, 001, 002, 003 and 004; rule <c>roadmap.deadline</c>.</remarks>
public sealed class RoadmapActivity
{
    /// <summary>The due-soon window used when none is given, in days.</summary>
    public const int DefaultDueSoonDays = 14;

    private readonly List<DateOnly> _completions;

    private RoadmapActivity(string number, string? section, RoadmapStage? stage, string title, Deadline deadline, string? responsible, string? expectedResult, List<DateOnly> completions)
    {
        Number = number;
        Section = section;
        Stage = stage;
        Title = title;
        Deadline = deadline;
        Responsible = responsible;
        ExpectedResult = expectedResult;
        _completions = completions;
    }

    /// <summary>The activity's number as the roadmap writes it, without a trailing dot («2.6», «1.3»).</summary>
    public string Number { get; }

    /// <summary>The title of the roadmap section it belongs to, when the roadmap has sections.</summary>
    public string? Section { get; }

    /// <summary>The stage of a school roadmap it belongs to (002 МР, 004), when the roadmap has stages.</summary>
    public RoadmapStage? Stage { get; }

    /// <summary>What is to be done («Наименование мероприятия»).</summary>
    public string Title { get; }

    /// <summary>The deadline («Сроки»).</summary>
    public Deadline Deadline { get; }

    /// <summary>Who is responsible («Ответственный»), as written, or null.</summary>
    public string? Responsible { get; }

    /// <summary>The expected result («Ожидаемый результат», «Форма представления результата»), or null.</summary>
    public string? ExpectedResult { get; }

    /// <summary>The day the activity was last done, or null when it has not been done.</summary>
    public DateOnly? DoneOn => _completions.Count == 0 ? null : _completions[^1];

    /// <summary>
    /// Every day the activity was done, earliest first: one for a one-off deadline, one per occurrence done for a
    /// recurring one («ежегодно», «июнь, декабрь»).
    /// </summary>
    public IReadOnlyList<DateOnly> Completions => _completions;

    /// <summary>Creates an activity.</summary>
    /// <param name="number">The number; not empty (a trailing dot is dropped).</param>
    /// <param name="title">What is to be done; not empty.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="section">The section's title, if any.</param>
    /// <param name="stage">The stage, if any.</param>
    /// <param name="responsible">Who is responsible, if stated.</param>
    /// <param name="expectedResult">The expected result, if stated.</param>
    /// <param name="doneOn">The day it was done, if it is.</param>
    /// <param name="completions">More days it was done: one per occurrence of a recurring deadline.</param>
    /// <returns>The activity, or every error: MD0001 at <c>number</c> or <c>title</c>, MD0008 at <c>roadmapStage</c>.</returns>
    public static Result<RoadmapActivity> Create(
        string? number,
        string? title,
        Deadline deadline,
        string? section = null,
        RoadmapStage? stage = null,
        string? responsible = null,
        string? expectedResult = null,
        DateOnly? doneOn = null,
        IEnumerable<DateOnly>? completions = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var numberCheck = Texts.Required(number?.Trim().TrimEnd('.'), "number");
        var titleCheck = Texts.Required(title, "title");
        var stageCheck = stage is null ? Result.Success() : RoadmapStages.Vocabulary.Check(stage.Value).ToResult();
        return ResultExtras.Combine(numberCheck.ToResult(), titleCheck.ToResult(), stageCheck)
            .Then(() => new RoadmapActivity(
                numberCheck.ValueOr(string.Empty),
                Texts.Optional(section),
                stage,
                titleCheck.ValueOr(string.Empty),
                deadline,
                Texts.Optional(responsible),
                Texts.Optional(expectedResult),
                [.. (completions ?? []).Concat(doneOn is { } d ? [d] : []).Distinct().Order()]));
    }

    /// <summary>True when, as of <paramref name="asOf"/>, the activity is overdue (see <see cref="Deadline.IsOverdue(DateOnly, IReadOnlyCollection{DateOnly})"/>).</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdue(DateOnly asOf) => Deadline.IsOverdue(asOf, _completions);

    /// <summary>Where the activity stands on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="dueSoonDays">How many days ahead a deadline counts as due soon (not negative).</param>
    /// <returns>
    /// <see cref="RoadmapActivityStatus.Overdue"/> when overdue; <see cref="RoadmapActivityStatus.Done"/> when done for the
    /// current occurrence; <see cref="RoadmapActivityStatus.Continuous"/> for an open-ended deadline not marked done;
    /// otherwise <see cref="RoadmapActivityStatus.DueSoon"/> or <see cref="RoadmapActivityStatus.Upcoming"/> by the next due day.
    /// </returns>
    public RoadmapActivityStatus StatusOn(DateOnly asOf, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        if (IsOverdue(asOf))
        {
            return RoadmapActivityStatus.Overdue;
        }

        var next = Deadline.NextLegalDueOn(asOf);
        if (next is null)
        {
            return DoneOn is not null ? RoadmapActivityStatus.Done
                : Deadline.IsOpenEnded ? RoadmapActivityStatus.Continuous
                : RoadmapActivityStatus.Done;
        }

        var previousDue = Deadline.PreviousDueBefore(asOf);
        if (_completions.Exists(done => done <= asOf && (previousDue is null || done > previousDue)))
        {
            return RoadmapActivityStatus.Done;
        }

        // Due soon by the nearer of the deadline's own day and its legal due day (ГК РФ, ст. 193: a day off moves it later).
        var nearest = Deadline.NextDueOn(asOf) ?? next.Value;
        return nearest.DayNumber - asOf.DayNumber <= dueSoonDays ? RoadmapActivityStatus.DueSoon : RoadmapActivityStatus.Upcoming;
    }

    /// <summary>Records the activity as done (for a recurring deadline, done again for the current occurrence).</summary>
    internal Result MarkDone(DateOnly date)
    {
        if (DoneOn is { } done && (!Deadline.IsRecurring && Deadline.Kind != DeadlineKind.Several || date <= done))
        {
            return DomainErrors.Roadmaps.ActivityAlreadyDone(Number).Fail();
        }

        _completions.Add(date);
        return Result.Success();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Title} ({Deadline})";
}
