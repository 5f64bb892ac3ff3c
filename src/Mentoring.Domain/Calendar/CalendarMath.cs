namespace Mentoring.Domain.Calendar;

/// <summary>
/// Whole years and whole months between two dates, the way Russian civil law counts terms
/// (ГК РФ ст. 192: a term in months or years ends on the same day of the last month, or on the month's
/// last day when it has no such day), which is what <see cref="DateOnly.AddMonths"/> and
/// <see cref="DateOnly.AddYears"/> do; and the two readings of where an N-month program term ends.
/// </summary>
/// <remarks>
/// Program terms do not use <see cref="WholeMonths"/> from their first day: the rule catalogue's revised date convention
/// reads an N-month term two ways, <see cref="LiteralTermEnd"/> (ГК РФ ст. 191–192) and <see cref="CalendarTermEnd"/>
/// (calendar months).
/// </remarks>
internal static class CalendarMath
{
    /// <summary>
    /// The number of whole years from <paramref name="from"/> to <paramref name="to"/>: the largest n with
    /// <c>from.AddYears(n) &lt;= to</c>; 0 when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <param name="from">The first day (a birth date, the first day of work).</param>
    /// <param name="to">The day of reckoning.</param>
    /// <returns>The whole years, never negative.</returns>
    /// <remarks>A person born on 29 February turns a year older on 28 February of a common year.</remarks>
    public static int WholeYears(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var years = to.Year - from.Year;
        return from.PlusYears(years) > to ? years - 1 : years;
    }

    /// <summary>
    /// The latest first day from which at least <paramref name="years"/> whole years have passed by
    /// <paramref name="to"/>: the largest <c>d</c> with <c>WholeYears(d, to) &gt;= years</c>, so that
    /// <c>WholeYears(d, to) &gt;= years</c> exactly when <c>d &lt;= bound</c>. Specifications compare a stored date
    /// against this bound, computed outside the expression, so that a query provider translates the comparison.
    /// </summary>
    /// <param name="to">The day of reckoning.</param>
    /// <param name="years">The whole years, at least 1.</param>
    /// <returns>The bound, or null when no day of the calendar qualifies (<paramref name="to"/> is too early).</returns>
    /// <remarks>
    /// One day later than <c>to.AddYears(-years)</c> when that lands on 28 February of a leap year: a person born on
    /// 29 February turns a year older on 28 February of a common year (<see cref="WholeYears"/>).
    /// </remarks>
    public static DateOnly? LatestStartFor(DateOnly to, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        if (to.Year - years < 1)
        {
            return null;
        }

        var bound = to.AddYears(-years);
        while (bound.AddYears(years) > to)
        {
            bound = bound.AddDays(-1);
        }

        while (bound < DateOnly.MaxValue && bound.AddDays(1).AddYears(years) <= to)
        {
            bound = bound.AddDays(1);
        }

        return bound;
    }

    /// <summary>
    /// The number of whole months from <paramref name="from"/> to <paramref name="to"/>: the largest n with
    /// <c>from.AddMonths(n) &lt;= to</c>; 0 when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The day of reckoning (for an inclusive period, the day after its last day).</param>
    /// <returns>The whole months, never negative.</returns>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.PlusMonths(months) > to ? months - 1 : months;
    }

    /// <summary>
    /// The last day of an N-month term whose first day is <paramref name="start"/> by the literal reading of ГК РФ
    /// ст. 191–192: the term counts from the day before <paramref name="start"/> and ends on the day with that number
    /// N months later, or on that month's last day when it has no such number: <c>L(N) = (start − 1 day).AddMonths(N)</c>.
    /// </summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="months">N, not negative.</param>
    /// <returns>L(N).</returns>
    /// <remarks>The rule catalogue, «Date convention (program terms) — revised».</remarks>
    public static DateOnly LiteralTermEnd(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return start.PlusDays(-1).PlusMonths(months);
    }

    /// <summary>
    /// The last day of an N-month term whose first day is <paramref name="start"/> by the calendar-month reading:
    /// <c>C(N) = A(start, N) − 1 day</c>, where <c>A(start, N)</c> is the day with <paramref name="start"/>'s number
    /// N months later, or the 1st of the following month when that month has no such day.
    /// </summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="months">N, not negative.</param>
    /// <returns>C(N).</returns>
    /// <remarks>The rule catalogue, «Date convention (program terms) — revised».</remarks>
    public static DateOnly CalendarTermEnd(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var monthIndex = start.Month - 1 + months;
        var year = start.Year + (monthIndex / 12);
        var month = (monthIndex % 12) + 1;
        var anniversary = start.Day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, start.Day)
            : new DateOnly(year, month, 1).PlusMonths(1);
        return anniversary.PlusDays(-1);
    }
}
