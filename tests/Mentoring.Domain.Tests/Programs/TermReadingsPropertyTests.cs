using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Tests.Programs;

/// <summary>A start date and a number of months.</summary>
public readonly record struct StartAndMonths(DateOnly Start, int Months);

/// <summary>A term and optional bounds, with the term's end often one day either side of a reading's end.</summary>
public readonly record struct TermAndBounds(DateOnly Start, DateOnly End, int? MinMonths, int? MaxMonths);

/// <summary>Generators over starts from 1990 to 2100 (weighted to the 1st, month ends and 29 February) and N from 1 to 24.</summary>
public static class TermArbitraries
{
    private static readonly DateOnly First = new(1990, 1, 1);
    private static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>Start dates from 1990 to 2100.</summary>
    public static Gen<DateOnly> Starts { get; } = Gen.Frequency(
        (4, Gen.Choose(0, Last.DayNumber - First.DayNumber).Select(d => First.AddDays(d))),
        (2, Gen.Zip(Gen.Choose(1990, 2100), Gen.Choose(1, 12)).Select(t => new DateOnly(t.Item1, t.Item2, 1))),
        (2, Gen.Zip(Gen.Choose(1990, 2100), Gen.Choose(1, 12)).Select(t => new DateOnly(t.Item1, t.Item2, DateTime.DaysInMonth(t.Item1, t.Item2)))),
        (1, Gen.Zip(Gen.Zip(Gen.Choose(1990, 2100), Gen.Choose(1, 12)), Gen.Choose(28, 31))
            .Select(t => new DateOnly(t.Item1.Item1, t.Item1.Item2, Math.Min(t.Item2, DateTime.DaysInMonth(t.Item1.Item1, t.Item1.Item2))))),
        (1, Gen.Elements(Enumerable.Range(1990, 111).Where(DateTime.IsLeapYear).Select(y => new DateOnly(y, 2, 29)).ToArray())));

    /// <summary>A start from 1990 to 2100 and N from 1 to 24.</summary>
    public static Arbitrary<StartAndMonths> StartAndMonths() =>
        Gen.Zip(Starts, Gen.Choose(1, 24)).Select(t => new StartAndMonths(t.Item1, t.Item2)).ToArbitrary();

    /// <summary>A term with optional bounds (minimum not above maximum); the end is near one of the four reading ends, or anywhere.</summary>
    public static Arbitrary<TermAndBounds> TermAndBounds() =>
        (from start in Starts
         from min in Gen.Frequency((4, Gen.Choose(1, 24).Select(n => (int?)n)), (1, Gen.Constant((int?)null)))
         from max in Gen.Frequency((4, Gen.Choose(min ?? 1, 24).Select(n => (int?)n)), (1, Gen.Constant((int?)null)))
         let reference = DayByDayTermEnds.For(start, 24)
         let anchors = new[] { min, max }.OfType<int>()
             .SelectMany(n => new[] { reference.Literal[n], reference.CalendarMonths[n] })
             .DefaultIfEmpty(start)
             .ToArray()
         from near in Gen.Elements(anchors)
         from shift in Gen.Choose(-2, 2)
         from anywhere in Gen.Choose(0, 800)
         from pickNear in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
         let candidate = pickNear ? near.AddDays(shift) : start.AddDays(anywhere)
         select new TermAndBounds(start, candidate < start ? start : candidate, min, max)).ToArbitrary();
}

/// <summary>
/// The ends of N-month terms computed day by day from the catalogue's definitions, without <see cref="DateOnly.AddMonths"/>
/// or the library: a reference for the properties.
/// </summary>
public static class DayByDayTermEnds
{
    /// <summary>L(N) and C(N) for N from 0 to <paramref name="maxMonths"/>.</summary>
    /// <remarks>
    /// Literal: walking forward from the day before the start, L(N) is the last day of the N-th month after it whose
    /// number does not exceed that day's number (the same number, or the month's last day). Calendar months: walking
    /// forward from the start, A(N) is the day of the N-th month after it with the start's number, or the 1st of the
    /// month after when there is none; C(N) is the day before A(N).
    /// </remarks>
    public static (DateOnly[] Literal, DateOnly[] CalendarMonths) For(DateOnly start, int maxMonths)
    {
        var literal = new DateOnly[maxMonths + 1];
        var anchor = start.AddDays(-1);
        literal[0] = anchor;
        var day = anchor;
        var months = 0;
        while (true)
        {
            var next = day.AddDays(1);
            if (next.Month != day.Month)
            {
                months++;
            }

            if (months > maxMonths)
            {
                break;
            }

            if (months >= 1 && next.Day <= anchor.Day)
            {
                literal[months] = next;
            }

            day = next;
        }

        var anniversary = new DateOnly[maxMonths + 1];
        var found = new bool[maxMonths + 1];
        anniversary[0] = start;
        day = start;
        months = 0;
        while (true)
        {
            var next = day.AddDays(1);
            if (next.Month != day.Month)
            {
                if (months >= 1 && !found[months])
                {
                    anniversary[months] = next;
                }

                months++;
            }

            if (months > maxMonths)
            {
                break;
            }

            if (months >= 1 && next.Day == start.Day)
            {
                anniversary[months] = next;
                found[months] = true;
            }

            day = next;
        }

        return (literal, [.. anniversary.Select(a => a.AddDays(-1))]);
    }

    /// <summary>The outcome the catalogue's convention gives, from the reference ends.</summary>
    public static TermLengthOutcome Outcome(TermAndBounds c)
    {
        var (literal, calendar) = For(c.Start, 24);
        if (c.MinMonths is { } min && c.End < literal[min])
        {
            return TermLengthOutcome.TooShort;
        }

        if (c.MaxMonths is { } max && c.End > calendar[max])
        {
            return TermLengthOutcome.TooLong;
        }

        if (c.MinMonths is { } min2 && c.End < calendar[min2])
        {
            return TermLengthOutcome.ShortByCalendarMonthsOnly;
        }

        return c.MaxMonths is { } max2 && c.End > literal[max2] ? TermLengthOutcome.LongByLiteralReadingOnly : TermLengthOutcome.WithinBounds;
    }
}

public sealed class TermReadingsPropertyTests
{
    [Property(Arbitrary = new[] { typeof(TermArbitraries) }, MaxTest = 3000)]
    public bool MonthTermEnds_AnyStartAndMonths_MatchDayByDayDefinitions(StartAndMonths c)
    {
        var (literal, calendar) = DayByDayTermEnds.For(c.Start, c.Months);
        var ends = MonthTermEnds.Of(c.Start, c.Months);
        return ends.Literal == literal[c.Months] && ends.CalendarMonths == calendar[c.Months];
    }

    [Property(Arbitrary = new[] { typeof(TermArbitraries) }, MaxTest = 3000)]
    public bool MonthTermEnds_AnyStartAndMonths_LiteralNotAfterCalendarAndDifferOnlyForFirstOfMonth(StartAndMonths c)
    {
        var ends = MonthTermEnds.Of(c.Start, c.Months);
        return ends.Literal <= ends.CalendarMonths && (!ends.ReadingsDiffer || c.Start.Day == 1);
    }

    [Property(Arbitrary = new[] { typeof(TermArbitraries) }, MaxTest = 3000)]
    public bool JudgeLength_AnyTermAndBounds_MatchesBothReadingsComputedIndependently(TermAndBounds c)
    {
        var judgement = ProgramTerm.Create(c.Start, c.End).Value.JudgeLength(c.MinMonths, c.MaxMonths);
        var expected = DayByDayTermEnds.Outcome(c);
        var severityAgrees = judgement.IsViolation == expected is TermLengthOutcome.TooShort or TermLengthOutcome.TooLong
            && judgement.IsWarning == expected is TermLengthOutcome.ShortByCalendarMonthsOnly or TermLengthOutcome.LongByLiteralReadingOnly;
        return judgement.Outcome == expected && severityAgrees;
    }

    [Property(Arbitrary = new[] { typeof(TermArbitraries) }, MaxTest = 1000)]
    public bool LastsAtLeastAndAtMostMonths_AnyTermAndBounds_AreTheAbsenceOfAnError(TermAndBounds c)
    {
        var term = ProgramTerm.Create(c.Start, c.End).Value;
        var atLeast = c.MinMonths is not { } min || term.LastsAtLeastMonths(min) == (term.JudgeLength(min, null).Outcome != TermLengthOutcome.TooShort);
        var atMost = c.MaxMonths is not { } max || term.LastsAtMostMonths(max) == (term.JudgeLength(null, max).Outcome != TermLengthOutcome.TooLong);
        return atLeast && atMost;
    }

    [Fact]
    public void MonthTermEnds_EveryStartFrom1990To2100AndMonths1To24_MatchDayByDayDefinitions()
    {
        var failures = new List<string>();
        for (var start = new DateOnly(1990, 1, 1); start <= new DateOnly(2100, 12, 31); start = start.AddDays(1))
        {
            var (literal, calendar) = DayByDayTermEnds.For(start, 24);
            for (var n = 1; n <= 24; n++)
            {
                var ends = MonthTermEnds.Of(start, n);
                var differOnlyOnFirst = ends.Literal == ends.CalendarMonths || start.Day == 1;
                if (ends.Literal != literal[n] || ends.CalendarMonths != calendar[n] || ends.Literal > ends.CalendarMonths || !differOnlyOnFirst)
                {
                    failures.Add($"{start:yyyy-MM-dd} + {n}: {ends.Literal:yyyy-MM-dd}/{ends.CalendarMonths:yyyy-MM-dd}, expected {literal[n]:yyyy-MM-dd}/{calendar[n]:yyyy-MM-dd}");
                }
            }
        }

        Assert.Empty(failures.Take(20));
    }

    [Fact]
    public void DayByDayTermEnds_CatalogueRows_AgreeWithTheTable()
    {
        // The reference itself reproduces the catalogue's table, so a wrong reference cannot hide a wrong library.
        Assert.Equal((new DateOnly(2023, 7, 30), new DateOnly(2023, 7, 31)), Pick(new DateOnly(2023, 5, 1), 3));
        Assert.Equal((new DateOnly(2024, 2, 28), new DateOnly(2024, 2, 29)), Pick(new DateOnly(2023, 3, 1), 12));
        Assert.Equal((new DateOnly(2025, 2, 28), new DateOnly(2025, 2, 28)), Pick(new DateOnly(2024, 2, 29), 12));
        Assert.Equal((new DateOnly(2024, 4, 30), new DateOnly(2024, 4, 30)), Pick(new DateOnly(2024, 1, 31), 3));
        Assert.Equal((new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29)), Pick(new DateOnly(2023, 11, 30), 3));

        static (DateOnly, DateOnly) Pick(DateOnly start, int n)
        {
            var (literal, calendar) = DayByDayTermEnds.For(start, n);
            return (literal[n], calendar[n]);
        }
    }
}
