namespace Mentoring.Domain.Calendar;

/// <summary>
/// Whole years and whole months between two dates, the way Russian civil law counts terms
/// (ГК РФ ст. 192: a term in months or years ends on the same day of the last month, or on the month's
/// last day when it has no such day), which is what <see cref="DateOnly.AddMonths"/> and
/// <see cref="DateOnly.AddYears"/> do.
/// </summary>
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
        return from.AddYears(years) > to ? years - 1 : years;
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
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
