using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Consents;

/// <summary>The day a consent is given, the day it is withdrawn, and a day to ask about.</summary>
public readonly record struct ConsentDays(DateOnly Given, DateOnly Withdrawn, DateOnly Day);

/// <summary>The generators of the consents' property tests (FsCheck picks them by type).</summary>
public static class ConsentArbitraries
{
    /// <summary>
    /// Consents given from 2022 on and withdrawn up to 400 days later; the day falls near the day given, near the
    /// withdrawal, or anywhere, so both boundaries are hit.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConsentDays> ConsentDays() =>
        Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(0, 400), (givenOffset, length) => (Given: new DateOnly(2022, 1, 1).AddDays(givenOffset), Length: length))
            .SelectMany(c => Gen.OneOf(
                    Gen.Choose(-2, 2).Select(c.Given.AddDays),
                    Gen.Choose(-2, 2).Select(d => c.Given.AddDays(c.Length + d)),
                    Gen.Choose(-100, 1500).Select(new DateOnly(2022, 1, 1).AddDays))
                .Select(day => new ConsentDays(c.Given, c.Given.AddDays(c.Length), day)))
            .ToArbitrary();
}
