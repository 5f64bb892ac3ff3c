using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Tests.Calendar;

/// <summary>A notice day and a number of working days.</summary>
public readonly record struct NoticeAndDays(DateOnly Notice, int WorkingDays, WorkWeek Week);

/// <summary>Generators: notice days from 2019 to 2029 (inside and outside the shipped years), weighted to holiday seasons.</summary>
public static class ProductionCalendarArbitraries
{
    private static readonly DateOnly First = new(2019, 1, 1);

    /// <summary>Days from 2019 to 2029, a third of them from late December to mid January or late April to mid May.</summary>
    public static Gen<DateOnly> Days { get; } = Gen.Frequency(
        (2, Gen.Choose(0, (365 * 11) + 2).Select(d => First.AddDays(d))),
        (1, Gen.Zip(Gen.Choose(2019, 2029), Gen.Choose(-10, 14)).Select(t => new DateOnly(t.Item1, 1, 1).AddDays(t.Item2))),
        (1, Gen.Zip(Gen.Choose(2019, 2029), Gen.Choose(0, 20)).Select(t => new DateOnly(t.Item1, 4, 25).AddDays(t.Item2))));

    /// <summary>A notice, 0 to 40 working days, and a working week.</summary>
    public static Arbitrary<NoticeAndDays> NoticeAndDays() =>
        Gen.Zip(Gen.Zip(Days, Gen.Choose(0, 40)), Gen.Elements(WorkWeek.FiveDay, WorkWeek.SixDay))
            .Select(t => new NoticeAndDays(t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ToArbitrary();

    /// <summary>Days from 2019 to 2029.</summary>
    public static Arbitrary<DateOnly> Day() => Days.ToArbitrary();
}

public sealed class ProductionCalendarTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Russia;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void OfficialYears_Shipped_Are2021To2026WithTheirDecrees()
    {
        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], Calendar.OfficialYears);
        Assert.Contains("№ 1648", Calendar.SourceOf(2021), StringComparison.Ordinal);
        Assert.Contains("№ 1564", Calendar.SourceOf(2022), StringComparison.Ordinal);
        Assert.Contains("№ 1505", Calendar.SourceOf(2023), StringComparison.Ordinal);
        Assert.Contains("от 10.08.2023 № 1314", Calendar.SourceOf(2024), StringComparison.Ordinal);
        Assert.Contains("от 04.10.2024 № 1335", Calendar.SourceOf(2025), StringComparison.Ordinal);
        Assert.Contains("от 24.09.2025 № 1466", Calendar.SourceOf(2026), StringComparison.Ordinal);
        Assert.Null(Calendar.SourceOf(2027));
        Assert.False(Calendar.HasOfficialData(2020));
    }

    [Theory]
    [InlineData(2021, 247)]
    [InlineData(2022, 247)]
    [InlineData(2023, 247)]
    [InlineData(2024, 248)]
    [InlineData(2025, 247)]
    [InlineData(2026, 247)]
    public void CountWorkingDays_WholeOfficialYear_IsThePublishedNorm(int year, int expected)
    {
        var count = Calendar.CountWorkingDays(D(year - 1, 12, 31), D(year, 12, 31));

        Assert.Equal(expected, count.Value);
        Assert.False(count.IsApproximate);
    }

    [Theory]
    [InlineData(2024, 12, 28, true)] // working Saturday (28 Dec moved to 30 Dec)
    [InlineData(2024, 12, 30, false)]
    [InlineData(2024, 12, 31, false)] // 7 Jan (Sunday) moved to 31 Dec
    [InlineData(2024, 4, 27, true)]
    [InlineData(2024, 11, 2, true)]
    [InlineData(2025, 1, 8, false)]
    [InlineData(2025, 1, 9, true)]
    [InlineData(2025, 2, 24, true)] // 23 Feb (Sunday) moved to 8 May, not to the Monday
    [InlineData(2025, 3, 10, true)] // 8 Mar (Saturday) moved to 13 Jun
    [InlineData(2025, 5, 2, false)]
    [InlineData(2025, 5, 8, false)]
    [InlineData(2025, 6, 13, false)]
    [InlineData(2025, 11, 1, true)] // working Saturday
    [InlineData(2025, 11, 3, false)]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 9, false)]
    [InlineData(2026, 1, 12, true)]
    [InlineData(2026, 3, 9, false)]
    [InlineData(2023, 2, 24, false)]
    [InlineData(2022, 3, 5, true)]
    [InlineData(2021, 2, 20, true)]
    [InlineData(2021, 11, 5, false)]
    [InlineData(2021, 11, 1, true)] // the President's non-working days with pay are not days off for ГК ст. 193
    public void IsWorkingDay_KnownFiveDayWeekDates_AsPublished(int year, int month, int day, bool expected)
    {
        var answer = Calendar.IsWorkingDay(D(year, month, day));

        Assert.Equal(expected, answer.Value);
        Assert.False(answer.IsApproximate);
    }

    [Theory]
    [InlineData(2025, 5, 2, true)] // a transfer for the five-day week only
    [InlineData(2025, 5, 3, true)] // Saturday
    [InlineData(2025, 5, 4, false)] // Sunday
    [InlineData(2025, 5, 1, false)] // holiday
    [InlineData(2026, 3, 9, false)] // 8 Mar on a Sunday moves to Monday (ст. 112 ч. 2)
    [InlineData(2026, 5, 11, true)] // 9 May on a Saturday, a working day of the six-day week
    public void IsWorkingDay_SixDayWeek_OnlySundaysHolidaysAndTheirMovesAreOff(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(year, month, day), WorkWeek.SixDay).Value);

    [Fact]
    public void ShiftDeadline_SundayJune30th2024_MovesToMondayJuly1st()
    {
        var shifted = Calendar.ShiftDeadline(D(2024, 6, 30));

        Assert.Equal(D(2024, 7, 1), shifted.Value);
        Assert.False(shifted.IsApproximate);
    }

    [Fact]
    public void ShiftDeadline_NewYearHolidays_MoveToTheFirstWorkingDay()
    {
        Assert.Equal(D(2026, 1, 12), Calendar.ShiftDeadline(D(2025, 12, 31)).Value);
        Assert.Equal(D(2025, 1, 9), Calendar.ShiftDeadline(D(2024, 12, 29)).Value);
    }

    [Fact]
    public void ShiftDeadline_WorkingDay_Stays() =>
        Assert.Equal(D(2024, 12, 28), Calendar.ShiftDeadline(D(2024, 12, 28)).Value);

    [Fact]
    public void AddWorkingDays_ThreeDaysAfterApril30th2025_SkipTheMayHolidays()
    {
        var due = Calendar.AddWorkingDays(D(2025, 4, 30), 3);

        Assert.Equal(D(2025, 5, 7), due.Value);
        Assert.Equal(3, Calendar.CountWorkingDays(D(2025, 4, 30), D(2025, 5, 7)).Value);
        Assert.Equal(2, Calendar.CountWorkingDays(D(2025, 4, 30), D(2025, 5, 6)).Value);
    }

    [Fact]
    public void CountWorkingDays_NoticeDay_IsNotCounted()
    {
        Assert.Equal(0, Calendar.CountWorkingDays(D(2025, 3, 3), D(2025, 3, 3)).Value);
        Assert.Equal(1, Calendar.CountWorkingDays(D(2025, 3, 3), D(2025, 3, 4)).Value);
        Assert.Equal(0, Calendar.CountWorkingDays(D(2025, 3, 4), D(2025, 3, 1)).Value);
        Assert.Equal(D(2025, 3, 3), Calendar.AddWorkingDays(D(2025, 3, 3), 0).Value);
    }

    [Fact]
    public void IsWorkingDay_YearOutsideTheFile_IsApproximateByTheLabourCode()
    {
        Assert.True(Calendar.IsWorkingDay(D(2027, 1, 11)).IsApproximate);
        Assert.False(Calendar.IsWorkingDay(D(2027, 1, 8)).Value);
        Assert.True(Calendar.IsWorkingDay(D(2027, 1, 11)).Value); // January holidays on a weekend are not moved by ч. 2
        Assert.False(Calendar.IsWorkingDay(D(2027, 5, 10)).Value); // 9 May 2027 is a Sunday
        Assert.False(Calendar.IsWorkingDay(D(2027, 11, 4)).Value);
        Assert.False(Calendar.IsWorkingDay(D(2020, 6, 12)).Value);
        Assert.False(Calendar.IsWorkingDay(D(2019, 2, 25)).Value); // 23 Feb 2019 a Saturday: the day off moves to Monday
        Assert.True(Calendar.IsWorkingDay(D(2030, 6, 12)).IsApproximate);
    }

    [Fact]
    public void CountWorkingDays_SpanningIntoAYearOutsideTheFile_IsApproximate()
    {
        Assert.True(Calendar.CountWorkingDays(D(2026, 12, 25), D(2027, 1, 15)).IsApproximate);
        Assert.False(Calendar.CountWorkingDays(D(2026, 12, 1), D(2026, 12, 31)).IsApproximate);
        Assert.True(Calendar.AddWorkingDays(D(2026, 12, 29), 3).IsApproximate);
        Assert.Equal(D(2027, 1, 11), Calendar.AddWorkingDays(D(2026, 12, 29), 2).Value);
        Assert.True(Calendar.ShiftDeadline(D(2026, 12, 31)).IsApproximate);
    }

    [Fact]
    public void IsWorkingDay_UndefinedWeek_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(D(2025, 1, 1), (WorkWeek)7));

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2025, 1, 1), -1));

    [Theory]
    [InlineData("""{"years":[{"year":2024,"source":"x","nonWorking":["02-30"],"working":[]}]}""")]
    [InlineData("""{"years":[{"year":2024,"source":"x","nonWorking":["05-03..05-01"],"working":[]}]}""")]
    [InlineData("""{"years":[{"year":2024,"source":"x","nonWorking":[],"working":["12-27"]}]}""")]
    [InlineData("""{"years":[{"year":2024,"source":"x","nonWorking":[],"working":[]},{"year":2024,"source":"y","nonWorking":[],"working":[]}]}""")]
    public void Parse_MalformedData_Throws(string json) =>
        Assert.Throws<InvalidDataException>(() => ProductionCalendar.Parse(json));

    [Property(Arbitrary = new[] { typeof(ProductionCalendarArbitraries) }, MaxTest = 500)]
    public bool AddWorkingDays_AnyNotice_AgreesWithCountWorkingDays(NoticeAndDays c)
    {
        var due = Calendar.AddWorkingDays(c.Notice, c.WorkingDays, c.Week);
        var count = Calendar.CountWorkingDays(c.Notice, due.Value, c.Week);
        var lastIsWorking = c.WorkingDays == 0 || Calendar.IsWorkingDay(due.Value, c.Week).Value;
        var dayBeforeCountsOneLess = c.WorkingDays == 0
            || Calendar.CountWorkingDays(c.Notice, due.Value.AddDays(-1), c.Week).Value == c.WorkingDays - 1;
        return count.Value == c.WorkingDays && count.IsApproximate == due.IsApproximate && lastIsWorking && dayBeforeCountsOneLess;
    }

    [Property(Arbitrary = new[] { typeof(ProductionCalendarArbitraries) }, MaxTest = 500)]
    public bool ShiftDeadline_AnyDay_LandsOnTheFirstWorkingDayFromIt(DateOnly deadline)
    {
        var shifted = Calendar.ShiftDeadline(deadline).Value;
        var skipped = Enumerable.Range(0, shifted.DayNumber - deadline.DayNumber).Select(deadline.AddDays);
        return shifted >= deadline && Calendar.IsWorkingDay(shifted).Value && skipped.All(d => !Calendar.IsWorkingDay(d).Value);
    }

    [Property(Arbitrary = new[] { typeof(ProductionCalendarArbitraries) }, MaxTest = 500)]
    public bool IsWorkingDay_AnyDay_ApproximateExactlyOutsideTheShippedYears(DateOnly day) =>
        Calendar.IsWorkingDay(day).IsApproximate == day.Year is < 2021 or > 2026
        && Calendar.IsWorkingDay(day, WorkWeek.SixDay).IsApproximate == day.Year is < 2021 or > 2026;

    [Property(Arbitrary = new[] { typeof(ProductionCalendarArbitraries) }, MaxTest = 500)]
    public bool IsWorkingDay_SundayOrStatutoryHoliday_IsOffInBothWeeks(DateOnly day)
    {
        var statutoryOff = day.DayOfWeek == DayOfWeek.Sunday || ProductionCalendar.IsStatutoryHoliday(day);
        return !statutoryOff || (!Calendar.IsWorkingDay(day).Value && !Calendar.IsWorkingDay(day, WorkWeek.SixDay).Value);
    }
}
