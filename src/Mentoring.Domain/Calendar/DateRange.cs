namespace Mentoring.Domain.Calendar;

/// <summary>
/// A range of calendar days from <see cref="Start"/> to <see cref="End"/>, both inclusive. It cannot end
/// before it starts.
/// </summary>
/// <remarks>
/// The rule catalogue's date convention: a period runs from start to end, both dates inclusive.
/// </remarks>
public sealed class DateRange : IEquatable<DateRange>
{
    private DateRange(DateOnly start, DateOnly end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>The day after the last day.</summary>
    public DateOnly EndExclusive => End.PlusDays(1);

    /// <summary>The number of days, both ends counted.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <param name="field">The field's name, for the error.</param>
    /// <returns>The range, or <see cref="DomainErrors.General.EndBeforeStart"/> (MD0004).</returns>
    public static Result<DateRange> Create(DateOnly start, DateOnly end, string field = "period") =>
        end < start ? DomainErrors.General.EndBeforeStart(field, start, end).Fail() : new DateRange(start, end);

    /// <summary>A range of one day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The range.</returns>
    public static DateRange OneDay(DateOnly day) => new(day, day);

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The range.</returns>
    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>True when <paramref name="day"/> is inside the range.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <see cref="Start"/> ≤ day ≤ <see cref="End"/>.</returns>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when it is contained.</returns>
    public bool Contains(DateRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>True when the two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(DateRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start <= End && other.End >= Start;
    }

    /// <inheritdoc />
    public bool Equals(DateRange? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateRange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
