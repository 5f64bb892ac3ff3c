using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Employment;

/// <summary>Which of the four parts of an employment addendum are present.</summary>
public readonly record struct PresentParts(bool HasContent, bool HasTerm, bool HasForm, bool HasPay);

/// <summary>The generators of the employment's property tests (FsCheck picks them by type).</summary>
public static class EmploymentArbitraries
{
    /// <summary>Every combination of present and absent parts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PresentParts> PresentParts() =>
        Gen.Zip(Gen.Zip(Gen.Elements(true, false), Gen.Elements(true, false)), Gen.Zip(Gen.Elements(true, false), Gen.Elements(true, false)))
            .Select(f => new PresentParts(f.Item1.Item1, f.Item1.Item2, f.Item2.Item1, f.Item2.Item2))
            .ToArbitrary();
}
