using FsCheck.Xunit;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Tests.Calendar;

public sealed class DateRangeTests
{
    private static readonly DateOnly Origin = new(2024, 1, 1);

    private static IEnumerable<DateOnly> DaysOf(DateRange range) =>
        Enumerable.Range(0, range.End.DayNumber - range.Start.DayNumber + 1).Select(range.Start.AddDays);

    [Fact]
    public void Create_StartBeforeEnd_KeepsBothEnds()
    {
        var range = DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2023, 11, 30)).Value;

        Assert.Equal(new DateOnly(2023, 9, 1), range.Start);
        Assert.Equal(new DateOnly(2023, 11, 30), range.End);
        Assert.Equal(new DateOnly(2023, 12, 1), range.EndExclusive);
        Assert.Equal(30 + 31 + 30, range.Days);
    }

    [Fact]
    public void Create_SameDay_IsOneDay()
    {
        var day = new DateOnly(2024, 2, 29);

        Assert.Equal(DateRange.OneDay(day), DateRange.Create(day, day).Value);
        Assert.Equal(1, DateRange.OneDay(day).Days);
    }

    [Fact]
    public void Create_EndBeforeStart_FailsWithMD0004AtField()
    {
        var error = Assert.Single(DateRange.Create(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1), "term").ValidationErrors);

        Assert.Equal("MD0004", error.ErrorCode);
        Assert.Equal("term", error.Identifier);
    }

    [Fact]
    public void Create_EndBeforeStartWithoutField_TargetsPeriod()
    {
        Assert.Equal("period", Assert.Single(DateRange.Create(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1)).ValidationErrors).Identifier);
    }

    [Theory]
    [InlineData(2023, 365)]
    [InlineData(2024, 366)]
    public void Year_CalendarYear_HasItsDays(int year, int days)
    {
        var range = DateRange.Year(year);

        Assert.Equal(new DateOnly(year, 1, 1), range.Start);
        Assert.Equal(new DateOnly(year, 12, 31), range.End);
        Assert.Equal(days, range.Days);
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Equals_SameEnds_EqualWithSameHash_DifferentEndsNot(DateRange a, DateRange b)
    {
        var copy = DateRange.Create(a.Start, a.End).Value;
        var sameEnds = a.Start == b.Start && a.End == b.End;
        return a.Equals(copy) && a.GetHashCode() == copy.GetHashCode() && a.Equals(b) == sameEnds && a.Equals((object)b) == sameEnds;
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Assert.False(DateRange.OneDay(Origin).Equals(null));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Days_AnyRange_CountsEveryDayOnce(DateRange r) => r.Days == DaysOf(r).Count() && r.EndExclusive == r.End.AddDays(1);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ContainsDay_AnyRangeAndDay_IsInclusiveAtBothEnds(DateRange range, NearbyDay day) =>
        range.Contains(day.Day) == DaysOf(range).Contains(day.Day);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ContainsRange_AnyRanges_MeansEveryDayInside(DateRange a, DateRange b) => a.Contains(b) == DaysOf(b).All(a.Contains);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool Overlaps_AnyRanges_MeansADayInBothAndIsSymmetric(DateRange a, DateRange b) =>
        a.Overlaps(b) == DaysOf(a).Any(b.Contains) && a.Overlaps(b) == b.Overlaps(a);

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public bool ContainsAndOverlaps_AnyRange_AreReflexiveAndContainmentImpliesOverlap(DateRange a, DateRange b) =>
        a.Contains(a) && a.Overlaps(a) && (!a.Contains(b) || a.Overlaps(b)) && (!(a.Contains(b) && b.Contains(a)) || a.Equals(b));

    [Fact]
    public void Overlaps_AdjacentRanges_DoNotOverlap()
    {
        var september = DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 30)).Value;
        var october = DateRange.Create(new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31)).Value;

        Assert.False(september.Overlaps(october));
        Assert.True(september.Overlaps(DateRange.OneDay(new DateOnly(2023, 9, 30))));
    }

    [Fact]
    public void ToString_Range_ShowsIsoEnds()
    {
        Assert.Equal("2023-09-01..2023-11-30", DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2023, 11, 30)).Value.ToString());
    }
}
