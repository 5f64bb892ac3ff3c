namespace Mentoring.Domain.Calendar;

/// <summary>The working week a production-calendar answer is for.</summary>
/// <remarks>
/// ТК РФ ст. 111 (a five-day week with two days off, a six-day week with one); readings.md, «Months, days and deadlines»:
/// the working week is a parameter, and when it is not known a notice is violated only if it also fails the six-day count.
/// </remarks>
public enum WorkWeek
{
    /// <summary>Five working days, Saturday and Sunday off, with the government's transfers of days off (the production calendar).</summary>
    FiveDay = 5,

    /// <summary>
    /// Six working days, Sunday off: non-working days are Sundays, the holidays of ТК РФ ст. 112 ч. 1 and the working day
    /// after a holiday that falls on a Sunday (ст. 112 ч. 2, January holidays excepted); the government's transfers are
    /// made for the five-day week and are not applied.
    /// </summary>
    SixDay = 6,
}
