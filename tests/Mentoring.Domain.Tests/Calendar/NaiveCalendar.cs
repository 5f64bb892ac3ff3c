namespace Mentoring.Domain.Tests.Calendar;

/// <summary>Reference definitions written the way a person counts, independent of <c>CalendarMath</c>.</summary>
public static class NaiveCalendar
{
    /// <summary>
    /// The anniversaries of <paramref name="from"/> on or before <paramref name="to"/>, counted year by year.
    /// A 29 February anniversary falls on 28 February in a common year (ГК РФ ст. 192).
    /// </summary>
    public static int BirthdaysPassed(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var year = from.Year + 1; year <= to.Year; year++)
        {
            var day = from.Month == 2 && from.Day == 29 && !DateTime.IsLeapYear(year) ? 28 : from.Day;
            if (new DateOnly(year, from.Month, day) <= to)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The month-anniversaries of <paramref name="from"/> on or before <paramref name="to"/>, counted month by month; a missing day falls on the month's last day.</summary>
    public static int MonthsPassed(DateOnly from, DateOnly to)
    {
        var count = 0;
        var (year, month) = (from.Year, from.Month);
        while (true)
        {
            month++;
            if (month > 12)
            {
                (year, month) = (year + 1, 1);
            }

            var day = Math.Min(from.Day, DateTime.DaysInMonth(year, month));
            if (new DateOnly(year, month, day) > to)
            {
                return count;
            }

            count++;
        }
    }
}
