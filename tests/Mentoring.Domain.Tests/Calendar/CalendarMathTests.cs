using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Tests.Calendar;

public sealed class CalendarMathTests
{
    private static readonly DateOnly Origin = new(1995, 1, 1);

    /// <summary>Dates from 1995 to about 2035, with extra weight on 29 February and month ends.</summary>
    private static Gen<DateOnly> Dates { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 365 * 40).Select(d => Origin.AddDays(d))),
        (1, Gen.Elements(new DateOnly(1996, 2, 29), new DateOnly(2000, 2, 29), new DateOnly(2004, 2, 29), new DateOnly(2024, 2, 29))),
        (1, Gen.Zip(Gen.Choose(1995, 2034), Gen.Choose(1, 12)).Select(t => new DateOnly(t.Item1, t.Item2, DateTime.DaysInMonth(t.Item1, t.Item2)))));

    /// <summary>
    /// Pairs of dates where the second is often within two days of an anniversary (year or month) of the
    /// first, so that the boundaries are exercised, not only random days between them.
    /// </summary>
    private static Gen<(DateOnly From, DateOnly To)> DatePairs { get; } = Dates.SelectMany(from => Gen.OneOf(
            Dates,
            Gen.Zip(Gen.Choose(0, 40), Gen.Choose(-2, 2), (years, shift) => from.AddYears(years).AddDays(shift)),
            Gen.Zip(Gen.Choose(0, 480), Gen.Choose(-2, 2), (months, shift) => from.AddMonths(months).AddDays(shift)))
        .Select(to => (from, to)));

    [Theory]
    [InlineData("1990-05-15", "2025-05-14", 34)]
    [InlineData("1990-05-15", "2025-05-15", 35)]
    [InlineData("2000-02-29", "2001-02-27", 0)]
    [InlineData("2000-02-29", "2001-02-28", 1)]
    [InlineData("2000-02-29", "2004-02-28", 3)]
    [InlineData("2000-02-29", "2004-02-29", 4)]
    [InlineData("2020-01-01", "2019-12-31", 0)]
    [InlineData("2020-01-01", "2020-01-01", 0)]
    public void WholeYears_Examples_CountBirthdays(string from, string to, int expected)
    {
        Assert.Equal(expected, CalendarMath.WholeYears(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Theory]
    [InlineData("2023-09-01", "2023-12-01", 3)] // 01.09.2023–30.11.2023 is 3 months (catalogue)
    [InlineData("2023-09-01", "2024-09-01", 12)] // 01.09.2023–31.08.2024 is 12 months (catalogue)
    [InlineData("2023-09-01", "2023-11-30", 2)] // ends one day short of 3 months
    [InlineData("2024-01-31", "2024-02-29", 1)] // 31 January plus a month is 29 February
    [InlineData("2023-01-31", "2023-02-27", 0)]
    [InlineData("2023-05-10", "2023-05-01", 0)]
    public void WholeMonths_Examples_FollowTheCatalogueConvention(string from, string toExclusive, int expected)
    {
        Assert.Equal(expected, CalendarMath.WholeMonths(DateOnly.Parse(from), DateOnly.Parse(toExclusive)));
    }

    [Fact]
    public void WholeMonths_CatalogueOneDayTooLong_IsTwelveMonthsAndADay()
    {
        var start = new DateOnly(2023, 9, 1);
        var endExclusive = new DateOnly(2024, 9, 1).AddDays(1); // 01.09.2023–01.09.2024

        Assert.Equal(12, CalendarMath.WholeMonths(start, endExclusive));
        Assert.True(endExclusive > start.AddMonths(12));
    }

    [Fact]
    public void WholeYears_AnyDates_EqualsBirthdaysCountedOneByOne()
    {
        Prop.ForAll(DatePairs.ToArbitrary(), t =>
            CalendarMath.WholeYears(t.Item1, t.Item2) == NaiveCalendar.BirthdaysPassed(t.Item1, t.Item2)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeMonths_AnyDates_EqualsMonthAnniversariesCountedOneByOne()
    {
        Prop.ForAll(DatePairs.ToArbitrary(), t =>
            CalendarMath.WholeMonths(t.Item1, t.Item2) == NaiveCalendar.MonthsPassed(t.Item1, t.Item2)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeYears_LaterReckoning_NeverFewerYears()
    {
        Prop.ForAll(Gen.Zip(DatePairs, Gen.Choose(0, 800), (d, shift) => (d.From, d.To, shift)).ToArbitrary(), t =>
            CalendarMath.WholeYears(t.Item1, t.Item2) <= CalendarMath.WholeYears(t.Item1, t.Item2.AddDays(t.Item3))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeMonths_LaterReckoning_NeverFewerMonths()
    {
        Prop.ForAll(Gen.Zip(DatePairs, Gen.Choose(0, 800), (d, shift) => (d.From, d.To, shift)).ToArbitrary(), t =>
            CalendarMath.WholeMonths(t.Item1, t.Item2) <= CalendarMath.WholeMonths(t.Item1, t.Item2.AddDays(t.Item3))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeYears_AfterAddYears_IsExactlyN()
    {
        Prop.ForAll(Gen.Zip(Dates, Gen.Choose(0, 60)).ToArbitrary(), t =>
            CalendarMath.WholeYears(t.Item1, t.Item1.AddYears(t.Item2)) == t.Item2
            && (t.Item2 == 0 || CalendarMath.WholeYears(t.Item1, t.Item1.AddYears(t.Item2).AddDays(-1)) <= t.Item2 - 1)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeMonths_AnyDates_IsTwelveTimesWholeYearsPlusAtMostEleven()
    {
        Prop.ForAll(DatePairs.ToArbitrary(), t =>
        {
            var months = CalendarMath.WholeMonths(t.Item1, t.Item2);
            return months / 12 == CalendarMath.WholeYears(t.Item1, t.Item2) && months >= 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WholeMonths_CatalogueConvention_AtLeastNMonthsIffEndExclusiveReachesStartPlusN()
    {
        // The rule catalogue: a term [start, end] is at least N months when end + 1 day >= start.AddMonths(N).
        // The end falls within two days of start + N months, or anywhere in the following two years.
        var ends = Gen.Zip(Gen.Choose(0, 24), Gen.Choose(-2, 2), (months, shift) => (Months: months, Shift: shift, Random: false));
        var randomEnds = Gen.Zip(Gen.Choose(0, 24), Gen.Choose(0, 800), (months, days) => (Months: months, Shift: days, Random: true));
        var cases = Gen.Zip(Dates, Gen.OneOf(ends, randomEnds), (start, e) =>
            (Start: start, N: e.Months, EndExclusive: e.Random ? start.AddDays(e.Shift + 1) : start.AddMonths(e.Months).AddDays(e.Shift)));

        Prop.ForAll(cases.Where(c => c.EndExclusive > c.Start).ToArbitrary(), t =>
        {
            var (start, n, endExclusive) = t;
            return (CalendarMath.WholeMonths(start, endExclusive) >= n) == (endExclusive >= start.AddMonths(n));
        }).QuickCheckThrowOnFailure();
    }
}
