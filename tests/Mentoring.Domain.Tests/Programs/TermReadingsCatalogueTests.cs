using Mentoring.Domain.Calendar;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Tests.Programs;

/// <summary>
/// The rows of the rule catalogue's table «Date convention (program terms) — revised», one test each: both ends
/// <c>L(N)</c> and <c>C(N)</c>, the outcome of the term, and the neighbouring end the row names.
/// </summary>
public sealed class TermReadingsCatalogueTests
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    private static ProgramTerm Term(DateOnly start, DateOnly end) => ProgramTerm.Create(start, end).Value;

    private static void AssertEnds(DateOnly start, int months, DateOnly literal, DateOnly calendarMonths)
    {
        var ends = MonthTermEnds.Of(start, months);
        Assert.Equal(literal, ends.Literal);
        Assert.Equal(calendarMonths, ends.CalendarMonths);
    }

    [Fact]
    public void JudgeLength_Sep1ToNov30With3MonthMinimum_IsExactlyThreeAndNov29IsTooShort()
    {
        AssertEnds(D(1, 9, 2023), 3, D(30, 11, 2023), D(30, 11, 2023));

        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(1, 9, 2023), D(30, 11, 2023)).JudgeLength(3, 12).Outcome);
        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(1, 9, 2023), D(30, 11, 2023)).JudgeLength(3, 3).Outcome);
        var shorter = Term(D(1, 9, 2023), D(29, 11, 2023)).JudgeLength(3, 12);
        Assert.Equal(TermLengthOutcome.TooShort, shorter.Outcome);
        Assert.True(shorter.IsViolation);
        Assert.Equal(TermBound.Minimum, shorter.Bound);
        Assert.Equal([MonthReading.Literal, MonthReading.CalendarMonths], shorter.BreachedReadings);
    }

    [Fact]
    public void JudgeLength_Sep1ToAug31With12MonthMaximum_IsExactlyTwelveAndSep1IsTooLong()
    {
        AssertEnds(D(1, 9, 2023), 12, D(31, 8, 2024), D(31, 8, 2024));

        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(1, 9, 2023), D(31, 8, 2024)).JudgeLength(12, 12).Outcome);
        var longer = Term(D(1, 9, 2023), D(1, 9, 2024)).JudgeLength(3, 12);
        Assert.Equal(TermLengthOutcome.TooLong, longer.Outcome);
        Assert.Equal(TermBound.Maximum, longer.Bound);
        Assert.Equal(D(31, 8, 2024), longer.Ends!.CalendarMonths);
    }

    [Fact]
    public void JudgeLength_Jan31ToApr30With3MonthMinimum_IsExactlyThreeAndApr29IsTooShort()
    {
        AssertEnds(D(31, 1, 2024), 3, D(30, 4, 2024), D(30, 4, 2024));

        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(31, 1, 2024), D(30, 4, 2024)).JudgeLength(3, 3).Outcome);
        var shorter = Term(D(31, 1, 2024), D(29, 4, 2024));
        Assert.Equal(TermLengthOutcome.TooShort, shorter.JudgeLength(3, 12).Outcome);
        Assert.False(shorter.LastsAtLeastMonths(3));
        Assert.Equal(2, shorter.WholeMonths);
    }

    [Fact]
    public void JudgeLength_Feb29ToFeb28With12MonthMaximum_IsExactlyTwelveAndMar1IsTooLong()
    {
        AssertEnds(D(29, 2, 2024), 12, D(28, 2, 2025), D(28, 2, 2025));

        var exact = Term(D(29, 2, 2024), D(28, 2, 2025));
        Assert.Equal(TermLengthOutcome.WithinBounds, exact.JudgeLength(12, 12).Outcome);
        Assert.Equal(12, exact.WholeMonths);
        Assert.True(exact.LastsAtMostMonths(12));
        Assert.Equal(TermLengthOutcome.TooLong, Term(D(29, 2, 2024), D(1, 3, 2025)).JudgeLength(3, 12).Outcome);
    }

    [Fact]
    public void JudgeLength_Nov30ToFeb29With3MonthMinimum_IsExactlyThree()
    {
        AssertEnds(D(30, 11, 2023), 3, D(29, 2, 2024), D(29, 2, 2024));

        var exact = Term(D(30, 11, 2023), D(29, 2, 2024));
        Assert.Equal(TermLengthOutcome.WithinBounds, exact.JudgeLength(3, 3).Outcome);
        Assert.Equal(3, exact.WholeMonths);
        Assert.Equal(TermLengthOutcome.TooShort, Term(D(30, 11, 2023), D(28, 2, 2024)).JudgeLength(3, 12).Outcome);
    }

    [Fact]
    public void JudgeLength_May1ToJul30With3MonthMinimum_IsShortByCalendarMonthsOnly()
    {
        AssertEnds(D(1, 5, 2023), 3, D(30, 7, 2023), D(31, 7, 2023));

        var judgement = Term(D(1, 5, 2023), D(30, 7, 2023)).JudgeLength(3, 12);

        Assert.Equal(TermLengthOutcome.ShortByCalendarMonthsOnly, judgement.Outcome);
        Assert.True(judgement.IsWarning);
        Assert.False(judgement.IsViolation);
        Assert.Equal(TermBound.Minimum, judgement.Bound);
        Assert.Equal([MonthReading.CalendarMonths], judgement.BreachedReadings);
        Assert.Equal(D(30, 7, 2023), judgement.Ends!.Literal);
        Assert.Equal(D(31, 7, 2023), judgement.Ends.CalendarMonths);
        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(1, 5, 2023), D(31, 7, 2023)).JudgeLength(3, 12).Outcome);
    }

    [Fact]
    public void JudgeLength_Mar1ToMay28With3MonthMinimum_IsShortByCalendarMonthsOnly()
    {
        AssertEnds(D(1, 3, 2023), 3, D(28, 5, 2023), D(31, 5, 2023));

        var judgement = Term(D(1, 3, 2023), D(28, 5, 2023)).JudgeLength(3, 12);

        Assert.Equal(TermLengthOutcome.ShortByCalendarMonthsOnly, judgement.Outcome);
        Assert.True(judgement.IsWarning);
        Assert.Equal(TermLengthOutcome.TooShort, Term(D(1, 3, 2023), D(27, 5, 2023)).JudgeLength(3, 12).Outcome);
    }

    [Fact]
    public void JudgeLength_Mar1ToFeb29With12MonthMaximum_IsLongByLiteralReadingOnly()
    {
        AssertEnds(D(1, 3, 2023), 12, D(28, 2, 2024), D(29, 2, 2024));

        var judgement = Term(D(1, 3, 2023), D(29, 2, 2024)).JudgeLength(3, 12);

        Assert.Equal(TermLengthOutcome.LongByLiteralReadingOnly, judgement.Outcome);
        Assert.True(judgement.IsWarning);
        Assert.Equal(TermBound.Maximum, judgement.Bound);
        Assert.Equal([MonthReading.Literal], judgement.BreachedReadings);
        Assert.Equal(D(28, 2, 2024), judgement.Ends!.Literal);
        Assert.Equal(D(29, 2, 2024), judgement.Ends.CalendarMonths);
        Assert.Equal(TermLengthOutcome.WithinBounds, Term(D(1, 3, 2023), D(28, 2, 2024)).JudgeLength(3, 12).Outcome);
        Assert.Equal(TermLengthOutcome.TooLong, Term(D(1, 3, 2023), D(1, 3, 2024)).JudgeLength(3, 12).Outcome);
    }

    [Fact]
    public void JudgeLength_NoBounds_IsWithinBoundsWithoutEnds()
    {
        var judgement = Term(D(1, 9, 2023), D(1, 9, 2023)).JudgeLength(null, null);

        Assert.True(judgement.IsWithinBounds);
        Assert.Null(judgement.Bound);
        Assert.Null(judgement.Ends);
        Assert.Null(judgement.Minimum);
        Assert.Null(judgement.Maximum);
        Assert.Empty(judgement.BreachedReadings);
    }

    [Fact]
    public void JudgeLength_MinimumOnly_NeverTooLong()
    {
        var judgement = Term(D(1, 9, 2023), D(31, 12, 2030)).JudgeLength(12, null);

        Assert.Equal(TermLengthOutcome.WithinBounds, judgement.Outcome);
        Assert.Equal(D(31, 8, 2024), judgement.Minimum!.Literal);
    }

    [Fact]
    public void JudgeLength_NegativeBound_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Term(D(1, 9, 2023), D(30, 11, 2023)).JudgeLength(-1, 12));

    [Fact]
    public void EndBy_EachReading_GivesItsEnd()
    {
        var ends = Term(D(1, 5, 2023), D(30, 7, 2023)).EndsAfterMonths(3);

        Assert.Equal(D(30, 7, 2023), ends.EndBy(MonthReading.Literal));
        Assert.Equal(D(31, 7, 2023), ends.EndBy(MonthReading.CalendarMonths));
        Assert.True(ends.ReadingsDiffer);
        Assert.Equal(MonthTermEnds.Of(D(1, 5, 2023), 3), ends);
    }
}
