using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Identifiers;

/// <summary>The texts of two identifiers, often the same.</summary>
public readonly record struct IdentifierTexts(string Left, string Right);

/// <summary>The generators of the identifiers' property tests (FsCheck picks them by type).</summary>
public static class IdentifierArbitraries
{
    /// <summary>Two texts out of five.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IdentifierTexts> IdentifierTexts() =>
        Gen.Elements("a", "b", "T-1", "№ 5", "x/y").Two().Select(pair => new IdentifierTexts(pair.Item1, pair.Item2)).ToArbitrary();
}
