using FsCheck.Xunit;
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

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD0004", error.ErrorCode);
        Assert.Equal("term.end", error.Identifier);
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

    [Property(Arbitrary = new[] { typeof(ProgramArbitraries) })]
    public bool DateConvention_ForAnyStartAndN_ErrorsStartOneDayPastEitherReadingsEnd(TermMonths c)
    {
        // The revised convention: at least N months unless the end is before L(N); at most N months unless it is after C(N).
        var (start, n) = c;
        var ends = MonthTermEnds.Of(start, n);
        var literal = ProgramTerm.Create(start, ends.Literal).Value;
        var calendar = ProgramTerm.Create(start, ends.CalendarMonths).Value;
        return literal.WholeMonths == n
            && literal.LastsAtLeastMonths(n)
            && !ProgramTerm.Create(start, ends.Literal.AddDays(-1)).Value.LastsAtLeastMonths(n)
            && calendar.LastsAtMostMonths(n)
            && !ProgramTerm.Create(start, ends.CalendarMonths.AddDays(1)).Value.LastsAtMostMonths(n);
    }

    [Property(Arbitrary = new[] { typeof(ProgramArbitraries) })]
    public bool Equality_EqualInputs_EqualWithSameHash(TermDays c)
    {
        var a = ProgramTerm.Create(c.Start, c.Start.AddDays(c.Days)).Value;
        var b = ProgramTerm.Create(c.Start, c.Start.AddDays(c.Days)).Value;
        var other = ProgramTerm.Create(c.Start, c.Start.AddDays(c.Days + 1)).Value;
        return a.Equals(b) && a.GetHashCode() == b.GetHashCode() && !a.Equals(other);
    }
}
