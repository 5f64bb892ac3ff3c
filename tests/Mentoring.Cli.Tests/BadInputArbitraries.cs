using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Cli.Tests;

/// <summary>How many characters of the compliant sample (trimmed) to keep: 0 to its length - 2.</summary>
public readonly record struct TruncatedLength(int Length);

/// <summary>Which value below the root of the compliant sample to replace by one of another type.</summary>
public readonly record struct ValueIndex(int Index);

/// <summary>A text of JSON-like pieces.</summary>
public sealed record RandomDocument(string Text);

/// <summary>Any bytes.</summary>
public sealed record RandomBytes(IReadOnlyList<byte> Bytes);

/// <summary>The generators of the CLI's bad-input property tests (FsCheck picks them by type).</summary>
public static class BadInputArbitraries
{
    /// <summary>Lengths of a truncated sample.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TruncatedLength> TruncatedLengths() =>
        Arb.From(Gen.Choose(0, BadInputPropertyTests.Compliant.TrimEnd().Length - 2).Select(length => new TruncatedLength(length)));

    /// <summary>Indexes of the sample's values.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValueIndex> ValueIndexes()
    {
        var count = BadInputPropertyTests.Values(System.Text.Json.Nodes.JsonNode.Parse(BadInputPropertyTests.Compliant)!).Count;
        return Arb.From(Gen.Choose(0, count - 1).Select(index => new ValueIndex(index)));
    }

    /// <summary>Lists of pieces: brackets, names, numbers, literals, blanks, a BOM, comments and a Cyrillic letter.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RandomDocument> RandomDocuments()
    {
        var pieces = Gen.Elements("{", "}", "[", "]", ":", ",", "\"organization\"", "\"id\"", "\"teachers\"", "\"x\"", "1", "-0.5e3", "true", "null", " ", "\n", "\"\\u0000\"", "\uFEFF", "//", "/*", "ё");
        return Arb.From(Gen.ListOf(pieces).Select(p => new RandomDocument(string.Concat(p))));
    }

    /// <summary>Arrays of any bytes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RandomBytes> RandomBytes() =>
        Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => new RandomBytes(bytes)));
}
