namespace Mentoring.Domain.Calendar;

/// <summary>A defensible reading of where a term of N months ends.</summary>
/// <remarks>
/// The rule catalogue, «Date convention (program terms) — revised»; readings.md, «Months, days and deadlines» and
/// principle 7 (a violation only where every reading is breached). The two readings differ only for terms that start
/// on the 1st of a month, and <see cref="Literal"/> never ends later than <see cref="CalendarMonths"/>.
/// </remarks>
public enum MonthReading
{
    /// <summary>
    /// ГК РФ ст. 191–192: the term counts from the day before its first day and ends on the day with that number N months
    /// later, or on that month's last day: <c>L(N) = (start − 1 day).AddMonths(N)</c>.
    /// </summary>
    Literal = 1,

    /// <summary>
    /// Calendar months: the term ends the day before the day with its first day's number N months later (the 1st of the
    /// following month when that month has no such day): <c>C(N) = A(start, N) − 1 day</c>.
    /// </summary>
    CalendarMonths = 2,
}
