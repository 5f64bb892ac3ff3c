namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of the monitoring indicators (MD14xx).</summary>
    /// <remarks>003 §7.7 (показатели реализации Целевой модели наставничества) and the order preamble (the 70 % target).</remarks>
    public static class Indicators
    {
        /// <summary>MD1401: an indicator setting outside its range.</summary>
        /// <param name="setting">The setting's name (<c>target</c>, <c>ageUnder</c>, <c>firstYears</c>, <c>studentAgeMin</c>, <c>studentAgeMax</c>).</param>
        /// <param name="value">The value given.</param>
        /// <param name="range">The range allowed, as text.</param>
        /// <returns>The error, pointed at the setting.</returns>
        public static ValidationError SettingOutOfRange(string setting, decimal value, string range) => DomainErrors.Create(
            "MD1401", $"Indicator setting '{setting}' is {value}; it must be {range}.",
            $"Параметр показателей «{setting}» равен {value}; допустимо: {range}.", setting);

        /// <summary>MD1402: indicators asked for a year that had not begun on the day of reckoning.</summary>
        /// <param name="year">The year asked for.</param>
        /// <param name="asOf">The day of reckoning.</param>
        /// <returns>The error, pointed at <c>year</c>.</returns>
        public static ValidationError YearNotBegun(int year, DateOnly asOf) => DomainErrors.Create(
            "MD1402", $"Indicators for {year} cannot be computed as of {asOf:yyyy-MM-dd}: the year has not begun.",
            $"Показатели за {year} год нельзя рассчитать на {asOf:dd.MM.yyyy}: год ещё не начался.", "year");
    }
}
