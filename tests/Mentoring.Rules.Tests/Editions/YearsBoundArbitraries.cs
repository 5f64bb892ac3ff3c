using FsCheck;
using FsCheck.Fluent;
using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>A bound a parameter of experience takes (<c>maxExperienceYears</c>: numbers up to 20, an upper side of at least 1).</summary>
public sealed record ExperienceBound(YearsBound Bound);

/// <summary>The generators of the bound properties (FsCheck picks them by type).</summary>
public static class YearsBoundArbitraries
{
    /// <summary>Every valid bound of 0–60 years: one side or both, each side of either wording.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<YearsBound> Bounds()
    {
        var lower = Gen.Elements<LowerBoundKind?>(null, LowerBoundKind.AtLeast, LowerBoundKind.MoreThan);
        var upper = Gen.Elements<UpperBoundKind?>(null, UpperBoundKind.AtMost, UpperBoundKind.Under);
        var years = Gen.Choose(0, 60);
        var any =
            from l in lower
            from a in years
            from u in upper
            from b in years
            select YearsBound.Create(l, a, u, b);
        return any.Where(r => r.IsSuccess).Select(r => r.Value).ToArbitrary();
    }

    /// <summary>Bounds of 0–8 years, the range of <c>maxExperienceYears</c>, one side or both.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExperienceBound> ExperienceBounds()
    {
        var lower = Gen.Elements<LowerBoundKind?>(null, LowerBoundKind.AtLeast, LowerBoundKind.MoreThan);
        var upper = Gen.Elements<UpperBoundKind?>(null, UpperBoundKind.AtMost, UpperBoundKind.Under);
        var any =
            from l in lower
            from a in Gen.Choose(0, 8)
            from u in upper
            from b in Gen.Choose(1, 8)
            select YearsBound.Create(l, a, u, b);
        return any.Where(r => r.IsSuccess).Select(r => new ExperienceBound(r.Value)).ToArbitrary();
    }
}
