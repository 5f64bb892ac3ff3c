using FsCheck.Xunit;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Tests.Calendar;

public sealed class CalendarMathTests
{
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

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeYears_AnyDates_EqualsBirthdaysCountedOneByOne(DatePair t) =>
        CalendarMath.WholeYears(t.From, t.To) == NaiveCalendar.BirthdaysPassed(t.From, t.To);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeMonths_AnyDates_EqualsMonthAnniversariesCountedOneByOne(DatePair t) =>
        CalendarMath.WholeMonths(t.From, t.To) == NaiveCalendar.MonthsPassed(t.From, t.To);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeYears_LaterReckoning_NeverFewerYears(ShiftedDatePair t) =>
        CalendarMath.WholeYears(t.From, t.To) <= CalendarMath.WholeYears(t.From, t.To.AddDays(t.Shift));

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeMonths_LaterReckoning_NeverFewerMonths(ShiftedDatePair t) =>
        CalendarMath.WholeMonths(t.From, t.To) <= CalendarMath.WholeMonths(t.From, t.To.AddDays(t.Shift));

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeYears_AfterAddYears_IsExactlyN(DateAndYears t) =>
        CalendarMath.WholeYears(t.From, t.From.AddYears(t.Years)) == t.Years
        && (t.Years == 0 || CalendarMath.WholeYears(t.From, t.From.AddYears(t.Years).AddDays(-1)) <= t.Years - 1);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeMonths_AnyDates_IsTwelveTimesWholeYearsPlusAtMostEleven(DatePair t)
    {
        var months = CalendarMath.WholeMonths(t.From, t.To);
        return months / 12 == CalendarMath.WholeYears(t.From, t.To) && months >= 0;
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool WholeMonths_CatalogueConvention_AtLeastNMonthsIffEndExclusiveReachesStartPlusN(CatalogueTerm t)
    {
        // The rule catalogue: a term [start, end] is at least N months when end + 1 day >= start.AddMonths(N).
        // The end falls within two days of start + N months, or anywhere in the following two years.
        var (start, n, endExclusive) = t;
        return (CalendarMath.WholeMonths(start, endExclusive) >= n) == (endExclusive >= start.AddMonths(n));
    }
}
