namespace Mentoring.Domain.Calendar;

/// <summary>
/// Date arithmetic that stays inside the calendar: a day, month or year added past 9999-12-31 or before 0001-01-01
/// gives that end of the calendar instead of throwing. The model and the rules compute with it wherever a date of a
/// case or the date of validation (which may be any valid date) moves by a number of days, months or years.
/// </summary>
public static class SaturatingDates
{
    /// <summary>The day <paramref name="days"/> days later (earlier when negative), or the end of the calendar it passes.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The number of days.</param>
    /// <returns>The date moved, saturated at <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>.</returns>
    public static DateOnly PlusDays(this DateOnly date, int days)
    {
        var number = (long)date.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : number > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : DateOnly.FromDayNumber((int)number);
    }

    /// <summary>
    /// The day <paramref name="months"/> months later (earlier when negative) as <see cref="DateOnly.AddMonths"/> gives it,
    /// or the end of the calendar it passes.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="months">The number of months.</param>
    /// <returns>The date moved, saturated at <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>.</returns>
    public static DateOnly PlusMonths(this DateOnly date, int months)
    {
        var index = ((long)date.Year * 12) + date.Month - 1 + months;
        return index < 12 ? DateOnly.MinValue
            : index > (9999L * 12) + 11 ? DateOnly.MaxValue
            : date.AddMonths(months);
    }

    /// <summary>
    /// The day <paramref name="years"/> years later (earlier when negative) as <see cref="DateOnly.AddYears"/> gives it,
    /// or the end of the calendar it passes.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="years">The number of years.</param>
    /// <returns>The date moved, saturated at <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>.</returns>
    public static DateOnly PlusYears(this DateOnly date, int years)
    {
        var year = (long)date.Year + years;
        return year < 1 ? DateOnly.MinValue : year > 9999 ? DateOnly.MaxValue : date.AddYears(years);
    }
}
