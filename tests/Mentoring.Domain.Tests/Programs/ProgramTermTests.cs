using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Tests.Programs;

public class ProgramTermTests
{
    private static ProgramTerm Term(int y1, int m1, int d1, int y2, int m2, int d2) =>
        ProgramTerm.Create(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)).Value;

    [Fact]
    public void Create_EndBeforeStart_FailsWithMD0004AtTermEnd()
    {
        var result = ProgramTerm.Create(new DateOnly(2023, 9, 1), new DateOnly(2023, 8, 31));

        var error = Assert.Single(result.Errors);
        Assert.Equal("MD0004", error.Code);
        Assert.Equal("term.end", error.Target);
    }

    [Fact]
    public void Create_OneDay_IsValidWithZeroMonths()
    {
        var term = Term(2023, 9, 1, 2023, 9, 1);

        Assert.Equal(1, term.Days);
        Assert.Equal(0, term.WholeMonths);
        Assert.Equal(new DateOnly(2023, 9, 2), term.EndExclusive);
    }

    [Fact]
    public void WholeMonths_SeptemberToNovember_IsExactlyThree()
    {
        var term = Term(2023, 9, 1, 2023, 11, 30);

        Assert.Equal(3, term.WholeMonths);
        Assert.True(term.LastsAtLeastMonths(3));
        Assert.True(term.LastsAtMostMonths(3));
    }

    [Fact]
    public void WholeMonths_SeptemberToEndOfAugust_IsTwelve()
    {
        var term = Term(2023, 9, 1, 2024, 8, 31);

        Assert.Equal(12, term.WholeMonths);
        Assert.True(term.LastsAtMostMonths(12));
    }

    [Fact]
    public void LastsAtMostMonths_SeptemberToSeptemberFirst_IsOneDayTooLong()
    {
        var term = Term(2023, 9, 1, 2024, 9, 1);

        Assert.False(term.LastsAtMostMonths(12));
        Assert.True(term.LastsAtLeastMonths(12));
    }

    [Fact]
    public void LastsAtLeastMonths_TwoMonthTerm_IsRepresentableButShort()
    {
        var term = Term(2023, 9, 1, 2023, 10, 31);

        Assert.Equal(2, term.WholeMonths);
        Assert.False(term.LastsAtLeastMonths(3));
    }

    [Theory]
    [InlineData(2023, 9, 1, true)]
    [InlineData(2023, 11, 30, true)]
    [InlineData(2023, 8, 31, false)]
    [InlineData(2023, 12, 1, false)]
    public void Contains_EndsIncluded_AsExpected(int y, int m, int d, bool expected) =>
        Assert.Equal(expected, Term(2023, 9, 1, 2023, 11, 30).Contains(new DateOnly(y, m, d)));

    [Fact]
    public void LastsAtLeastMonths_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Term(2023, 9, 1, 2023, 11, 30).LastsAtLeastMonths(-1));

    [Fact]
    public void DateConvention_ForAnyStartAndN_ErrorsStartOneDayPastEitherReadingsEnd()
    {
        // The revised convention: at least N months unless the end is before L(N); at most N months unless it is after C(N).
        var starts = Gen.OneOf(
            Gen.Choose(0, new DateOnly(2100, 12, 31).DayNumber - new DateOnly(1990, 1, 1).DayNumber).Select(d => new DateOnly(1990, 1, 1).AddDays(d)),
            Gen.Choose(1990, 2099).SelectMany(y => Gen.Choose(1, 12).Select(m => new DateOnly(y, m, DateTime.DaysInMonth(y, m)))),
            Gen.Choose(1990, 2099).SelectMany(y => Gen.Choose(1, 12).Select(m => new DateOnly(y, m, 1))),
            Gen.Elements(1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024, 2028, 2096).Select(y => new DateOnly(y, 2, 29)));
        var cases = Gen.Zip(starts, Gen.Choose(1, 24)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var (start, n) = c;
            var ends = MonthTermEnds.Of(start, n);
            var literal = ProgramTerm.Create(start, ends.Literal).Value;
            var calendar = ProgramTerm.Create(start, ends.CalendarMonths).Value;
            return literal.WholeMonths == n
                && literal.LastsAtLeastMonths(n)
                && !ProgramTerm.Create(start, ends.Literal.AddDays(-1)).Value.LastsAtLeastMonths(n)
                && calendar.LastsAtMostMonths(n)
                && !ProgramTerm.Create(start, ends.CalendarMonths.AddDays(1)).Value.LastsAtMostMonths(n);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Equality_EqualInputs_EqualWithSameHash()
    {
        var dates = Gen.Choose(0, 20000).Select(d => new DateOnly(1990, 1, 1).AddDays(d));
        var cases = Gen.Zip(dates, Gen.Choose(0, 800)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var a = ProgramTerm.Create(c.Item1, c.Item1.AddDays(c.Item2)).Value;
            var b = ProgramTerm.Create(c.Item1, c.Item1.AddDays(c.Item2)).Value;
            var other = ProgramTerm.Create(c.Item1, c.Item1.AddDays(c.Item2 + 1)).Value;
            return a.Equals(b) && a.GetHashCode() == b.GetHashCode() && !a.Equals(other);
        }).QuickCheckThrowOnFailure();
    }
}
