namespace Mentoring.Domain.Calendar;

/// <summary>
/// Where a term of <see cref="Months"/> months that starts on <see cref="Start"/> ends, by both readings of a month:
/// <see cref="Literal"/> (<c>L(N)</c>) and <see cref="CalendarMonths"/> (<c>C(N)</c>); both dates are the term's last
/// day, inclusive.
/// </summary>
/// <remarks>
/// The rule catalogue, «Date convention (program terms) — revised»: <c>L(N) = (start − 1 day).AddMonths(N)</c>
/// (ГК РФ ст. 191–192, the month's last day when it has no such number) and <c>C(N) = A(start, N) − 1 day</c>, where
/// <c>A(start, N)</c> is the day with start's number N months later or the 1st of the following month. Always
/// <c>L(N) ≤ C(N)</c>; they differ only for a start on the 1st of a month (01.05.2023, 3 months: 30.07.2023 and
/// 31.07.2023).
/// </remarks>
public sealed class MonthTermEnds : IEquatable<MonthTermEnds>
{
    private MonthTermEnds(DateOnly start, int months, DateOnly literal, DateOnly calendarMonths)
    {
        Start = start;
        Months = months;
        Literal = literal;
        CalendarMonths = calendarMonths;
    }

    /// <summary>The first day of the term.</summary>
    public DateOnly Start { get; }

    /// <summary>The length of the term in months (N).</summary>
    public int Months { get; }

    /// <summary>The last day by the literal reading of ГК РФ ст. 191–192: <c>L(N)</c>.</summary>
    public DateOnly Literal { get; }

    /// <summary>The last day by the calendar-month reading: <c>C(N)</c>, never before <see cref="Literal"/>.</summary>
    public DateOnly CalendarMonths { get; }

    /// <summary>True when the two readings name different days (only for a start on the 1st of a month).</summary>
    public bool ReadingsDiffer => Literal != CalendarMonths;

    /// <summary>The ends of a term of <paramref name="months"/> months starting on <paramref name="start"/>.</summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="months">N, not negative (0 gives the day before <paramref name="start"/> for both readings).</param>
    /// <returns>Both ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static MonthTermEnds Of(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return new MonthTermEnds(start, months, CalendarMath.LiteralTermEnd(start, months), CalendarMath.CalendarTermEnd(start, months));
    }

    /// <summary>The last day by one reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns><see cref="Literal"/> or <see cref="CalendarMonths"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public DateOnly EndBy(MonthReading reading) => reading switch
    {
        MonthReading.Literal => Literal,
        MonthReading.CalendarMonths => CalendarMonths,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading."),
    };

    /// <inheritdoc />
    public bool Equals(MonthTermEnds? other) => other is not null && Start == other.Start && Months == other.Months;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MonthTermEnds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Months);

    /// <inheritdoc />
    public override string ToString() => $"{Start:dd.MM.yyyy} + {Months} months: {Literal:dd.MM.yyyy} (literal), {CalendarMonths:dd.MM.yyyy} (calendar months)";
}
