using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>The seed of a generated case (<see cref="CaseGenerator.Build"/>).</summary>
public readonly record struct CaseSeed(int Value);

/// <summary>Bytes of the example case file to overwrite: each at a position, with a value from 0 to 255.</summary>
public sealed record ByteFlips(IReadOnlyList<(int At, int Value)> Changes);

/// <summary>A node of the example case file (never its root) and which of <see cref="CaseFileArbitraries.Replacements"/> replaces it.</summary>
public readonly record struct ValueReplacement(int Node, int Replacement);

/// <summary>A random JSON value, up to four levels deep, with names a case file uses.</summary>
public sealed record RandomJson(JsonNode? Node);

/// <summary>JSON-like tokens to concatenate into a text.</summary>
public sealed record JsonTokens(IReadOnlyList<string> Parts);

/// <summary>A size limit of 1 to 2000 bytes, less than the example case file.</summary>
public readonly record struct SizeLimit(int Bytes);

/// <summary>The generators of the case file's property tests (FsCheck picks them by type).</summary>
public static class CaseFileArbitraries
{
    /// <summary>Values of other types that replace a node of the example.</summary>
    internal static IReadOnlyList<JsonNode?> Replacements { get; } =
        [JsonValue.Create(42), JsonValue.Create(-1.5), JsonValue.Create("x"), JsonValue.Create(true), null, new JsonArray(JsonValue.Create(1)), new JsonObject { ["a"] = 1 }, JsonValue.Create("2023-02-30")];

    /// <summary>Seeds from 0 to <see cref="int.MaxValue"/> - 1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CaseSeed> Seeds() => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(s => new CaseSeed(s)));

    /// <summary>Lists of byte changes within the example case file.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ByteFlips> ByteFlips()
    {
        var length = File.ReadAllBytes(CaseFiles.ExamplePath).Length;
        var flips = Gen.ListOf(Gen.Zip(Gen.Choose(0, length - 1), Gen.Choose(0, 255)));
        return Arb.From(flips.Select(changes => new ByteFlips(changes.Select(c => (At: c.Item1, Value: c.Item2)).ToList())));
    }

    /// <summary>A node of the example (1 to its node count - 1) and a replacement.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValueReplacement> ValueReplacements()
    {
        var count = CaseFilePropertyTests.Nodes(JsonNode.Parse(CaseFiles.ExampleText)!).Count;
        return Arb.From(Gen.Zip(Gen.Choose(1, count - 1), Gen.Choose(0, Replacements.Count - 1)).Select(p => new ValueReplacement(p.Item1, p.Item2)));
    }

    /// <summary>Random JSON values, four levels deep at most.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RandomJson> RandomJsons() => Arb.From(RandomJson(4).Select(node => new RandomJson(node)));

    /// <summary>Arrays of JSON-like tokens.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JsonTokens> JsonTokens() =>
        Arb.From(Gen.ArrayOf(Gen.Elements("{", "}", "[", "]", ":", ",", "\"a\"", "\"organization\"", "1", "true", "null", " ", "\n", "\"\\u", "/*", "é"))
            .Select(parts => new JsonTokens(parts)));

    /// <summary>Size limits from 1 to 2000 bytes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SizeLimit> SizeLimits() => Arb.From(Gen.Choose(1, 2000).Select(limit => new SizeLimit(limit)));

    private static Gen<JsonNode?> RandomJson(int depth)
    {
        var names = Gen.Elements("organization", "teachers", "pairs", "id", "name", "kind", "organizations", "x", "$schema", "formatVersion");
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Choose(-5, 5).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements("school", "2023-09-01", "", "t-1").Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)));
        if (depth == 0)
        {
            return leaf;
        }

        var child = RandomJson(depth - 1);
        var array = Gen.ListOf(child).Select(items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.ListOf(Gen.Zip(names, child)).Select(props =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in props)
            {
                o[name] = value;
            }

            return (JsonNode?)o;
        });
        return Gen.Frequency((1, leaf), (2, array), (3, obj));
    }
}
