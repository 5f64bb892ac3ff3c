using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Rules.Tests.Roadmaps;

/// <summary>A day (2020 to about 2026) to report a roadmap's status on, and the days ahead that count as due soon (0–60).</summary>
public readonly record struct DayAndWindow(DateOnly Day, int Window);

/// <summary>The generators of the roadmaps' property tests (FsCheck picks them by type).</summary>
public static class RoadmapArbitraries
{
    /// <summary>Any day of seven years from 2020, and any window up to 60 days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DayAndWindow> DaysAndWindows()
    {
        var days = Gen.Choose(0, 365 * 7).Select(d => new DateOnly(2020, 1, 1).AddDays(d));
        return Gen.Zip(days, Gen.Choose(0, 60)).Select(t => new DayAndWindow(t.Item1, t.Item2)).ToArbitrary();
    }
}
