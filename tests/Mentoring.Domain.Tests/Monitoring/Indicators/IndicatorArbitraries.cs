using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Monitoring.Indicators;

/// <summary>A target share, in percent (0 to 100).</summary>
public readonly record struct TargetPercent(int Value);

/// <summary>The seed of a generated case (1 to 10 000).</summary>
public readonly record struct IndicatorCaseSeed(int Value);

/// <summary>The generators of the indicators' property tests (FsCheck picks them by type).</summary>
public static class IndicatorArbitraries
{
    /// <summary>Targets from 0 % to 100 %.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TargetPercent> Targets() => Gen.Choose(0, 100).Select(percent => new TargetPercent(percent)).ToArbitrary();

    /// <summary>Seeds from 1 to 10 000.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IndicatorCaseSeed> Seeds() => Gen.Choose(1, 10_000).Select(seed => new IndicatorCaseSeed(seed)).ToArbitrary();
}
