using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Specifications;

/// <summary>Two of <see cref="SpecificationTests.Predicates"/> (by index) and a value to evaluate them on.</summary>
public readonly record struct PredicatePair(int Left, int Right, int Value);

/// <summary>The generators of the specifications' property tests (FsCheck picks them by type).</summary>
public static class SpecificationArbitraries
{
    /// <summary>Any two predicates and a value from -50 to 50.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PredicatePair> PredicatePairs()
    {
        var count = SpecificationTests.Predicates.Count;
        return (from i in Gen.Choose(0, count - 1) from j in Gen.Choose(0, count - 1) from v in Gen.Choose(-50, 50) select new PredicatePair(i, j, v))
            .ToArbitrary();
    }
}
