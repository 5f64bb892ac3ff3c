using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.EntityFrameworkCore.Tests;

/// <summary>A day of reckoning and people's dates (null: unknown), around birthdays and leap days.</summary>
public sealed record PeopleDates(DateOnly AsOf, IReadOnlyList<(DateOnly? Birth, DateOnly? Career, DateOnly? Hire)> People);

/// <summary>The generators of the property tests (FsCheck picks them by type).</summary>
public static class Arbitraries
{
    /// <summary>
    /// A day from 2020 to 2028 (leap days and 28 February often) and up to 12 people born 1960–2020 and starting
    /// work 1980–2028, each date unknown now and then; half of the birth dates fall on the day of reckoning's month and day.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PeopleDates> People()
    {
        var day = Gen.OneOf(
            from n in Gen.Choose(new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2028, 12, 31).DayNumber) select DateOnly.FromDayNumber(n),
            Gen.Elements(new DateOnly(2024, 2, 29), new DateOnly(2023, 2, 28), new DateOnly(2024, 2, 28), new DateOnly(2025, 3, 1)));
        Gen<DateOnly?> Around(DateOnly asOf, int fromYear, int toYear) => Gen.OneOf(
            Gen.Constant<DateOnly?>(null),
            from n in Gen.Choose(new DateOnly(fromYear, 1, 1).DayNumber, new DateOnly(toYear, 12, 31).DayNumber) select (DateOnly?)DateOnly.FromDayNumber(n),
            from y in Gen.Choose(fromYear, toYear)
            from shift in Gen.Choose(-1, 1)
            select (DateOnly?)Anniversary(asOf, y).AddDays(shift));
        var gen =
            from asOf in day
            from count in Gen.Choose(0, 12)
            from people in Gen.ListOf(
                from birth in Around(asOf, 1960, 2020)
                from career in Around(asOf, 1980, 2028)
                from hire in Around(asOf, 2015, 2028)
                select (birth, career, hire), count)
            select new PeopleDates(asOf, [.. people]);
        return gen.ToArbitrary();
    }

    private static DateOnly Anniversary(DateOnly asOf, int year) =>
        asOf.Month == 2 && asOf.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, asOf.Month, asOf.Day);
}
