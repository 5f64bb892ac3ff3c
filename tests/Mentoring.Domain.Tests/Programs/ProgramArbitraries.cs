using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Programs;

/// <summary>
/// Operations on a program: which (0–9: approve, activate, complete, terminate, add an activity, mark one done, enter a
/// stage, extend, change the form, publish), on which day (days after 1 August 2023, -30 to 400) and an extra choice (0–5).
/// </summary>
public sealed record ProgramOperations(IReadOnlyList<(int Kind, int Day, int Extra)> Operations);

/// <summary>The start of a term (any day of 1990–2100, a month end or a 29 February) and a number of months (1–24).</summary>
public readonly record struct TermMonths(DateOnly Start, int N);

/// <summary>The start of a term (1990 to about 2044) and its length in days after the first (0–800).</summary>
public readonly record struct TermDays(DateOnly Start, int Days);

/// <summary>The generators of the programs' property tests (FsCheck picks them by type).</summary>
public static class ProgramArbitraries
{
    /// <summary>Lists of random operations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProgramOperations> Operations()
    {
        var operation = from kind in Gen.Choose(0, 9) from day in Gen.Choose(-30, 400) from extra in Gen.Choose(0, 5) select (kind, day, extra);
        return Gen.ListOf(operation).Select(ops => new ProgramOperations([.. ops])).ToArbitrary();
    }

    /// <summary>Starts with extra weight on month ends and leap days, and 1 to 24 months.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TermMonths> TermMonths()
    {
        var starts = Gen.OneOf(
            Gen.Choose(0, new DateOnly(2100, 12, 31).DayNumber - new DateOnly(1990, 1, 1).DayNumber).Select(d => new DateOnly(1990, 1, 1).AddDays(d)),
            Gen.Choose(1990, 2099).SelectMany(y => Gen.Choose(1, 12).Select(m => new DateOnly(y, m, DateTime.DaysInMonth(y, m)))),
            Gen.Elements(1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024, 2028, 2096).Select(y => new DateOnly(y, 2, 29)));
        return Gen.Zip(starts, Gen.Choose(1, 24)).Select(c => new TermMonths(c.Item1, c.Item2)).ToArbitrary();
    }

    /// <summary>Starts and lengths in days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TermDays> TermDays()
    {
        var dates = Gen.Choose(0, 20000).Select(d => new DateOnly(1990, 1, 1).AddDays(d));
        return Gen.Zip(dates, Gen.Choose(0, 800)).Select(c => new TermDays(c.Item1, c.Item2)).ToArbitrary();
    }
}
