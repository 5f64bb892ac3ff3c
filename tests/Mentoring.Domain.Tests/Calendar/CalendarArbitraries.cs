using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Tests.Calendar;

/// <summary>Two dates, the second often within two days of a year or month anniversary of the first.</summary>
public readonly record struct DatePair(DateOnly From, DateOnly To);

/// <summary>A <see cref="DatePair"/> and a number of days (0 to 800) to reckon later.</summary>
public readonly record struct ShiftedDatePair(DateOnly From, DateOnly To, int Shift);

/// <summary>A date and a number of years (0 to 60) to add to it.</summary>
public readonly record struct DateAndYears(DateOnly From, int Years);

/// <summary>A term of the rule catalogue: its start, a number of months N and its exclusive end (after the start).</summary>
public readonly record struct CatalogueTerm(DateOnly Start, int N, DateOnly EndExclusive);

/// <summary>A day from five days before to ten days after the days that <see cref="DateRange"/>s are generated from.</summary>
public readonly record struct NearbyDay(DateOnly Day);

/// <summary>The generators of the calendar's property tests (FsCheck picks them by type).</summary>
public static class CalendarArbitraries
{
    private static readonly DateOnly DatesOrigin = new(1995, 1, 1);

    private static readonly DateOnly RangesOrigin = new(2024, 1, 1);

    /// <summary>Dates from 1995 to about 2035, with extra weight on 29 February and month ends.</summary>
    private static Gen<DateOnly> Dates { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 365 * 40).Select(d => DatesOrigin.AddDays(d))),
        (1, Gen.Elements(new DateOnly(1996, 2, 29), new DateOnly(2000, 2, 29), new DateOnly(2004, 2, 29), new DateOnly(2024, 2, 29))),
        (1, Gen.Zip(Gen.Choose(1995, 2034), Gen.Choose(1, 12)).Select(t => new DateOnly(t.Item1, t.Item2, DateTime.DaysInMonth(t.Item1, t.Item2)))));

    /// <summary>
    /// Pairs of dates where the second is often within two days of an anniversary (year or month) of the
    /// first, so that the boundaries are exercised, not only random days between them.
    /// </summary>
    private static Gen<DatePair> DatePairGen { get; } = Dates.SelectMany(from => Gen.OneOf(
            Dates,
            Gen.Zip(Gen.Choose(0, 40), Gen.Choose(-2, 2), (years, shift) => from.AddYears(years).AddDays(shift)),
            Gen.Zip(Gen.Choose(0, 480), Gen.Choose(-2, 2), (months, shift) => from.AddMonths(months).AddDays(shift)))
        .Select(to => new DatePair(from, to)));

    /// <summary>Days of the first 61 days of 2024.</summary>
    private static Gen<DateOnly> Days { get; } = Gen.Choose(0, 60).Select(d => RangesOrigin.AddDays(d));

    /// <summary>Date pairs (<see cref="DatePairGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DatePair> DatePairs() => DatePairGen.ToArbitrary();

    /// <summary>Date pairs and a later reckoning, 0 to 800 days on.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ShiftedDatePair> ShiftedDatePairs() =>
        Gen.Zip(DatePairGen, Gen.Choose(0, 800), (d, shift) => new ShiftedDatePair(d.From, d.To, shift)).ToArbitrary();

    /// <summary>Dates and 0 to 60 years.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateAndYears> DatesAndYears() =>
        Gen.Zip(Dates, Gen.Choose(0, 60)).Select(t => new DateAndYears(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>
    /// Terms whose end falls within two days of start + N months, or anywhere in the following two years.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CatalogueTerm> CatalogueTerms()
    {
        var ends = Gen.Zip(Gen.Choose(0, 24), Gen.Choose(-2, 2), (months, shift) => (Months: months, Shift: shift, Random: false));
        var randomEnds = Gen.Zip(Gen.Choose(0, 24), Gen.Choose(0, 800), (months, days) => (Months: months, Shift: days, Random: true));
        var cases = Gen.Zip(Dates, Gen.OneOf(ends, randomEnds), (start, e) =>
            new CatalogueTerm(start, e.Months, e.Random ? start.AddDays(e.Shift + 1) : start.AddMonths(e.Months).AddDays(e.Shift)));
        return cases.Where(c => c.EndExclusive > c.Start).ToArbitrary();
    }

    /// <summary>Ranges between two days of the first 61 days of 2024.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateRange> Ranges() =>
        Gen.Zip(Days, Days)
            .Select(t => t.Item1 <= t.Item2 ? DateRange.Create(t.Item1, t.Item2).Value : DateRange.Create(t.Item2, t.Item1).Value)
            .ToArbitrary();

    /// <summary>Days from five days before to ten days after those of <see cref="Ranges()"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NearbyDay> NearbyDays() => Gen.Choose(-5, 70).Select(d => new NearbyDay(RangesOrigin.AddDays(d))).ToArbitrary();
}
