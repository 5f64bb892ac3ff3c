using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>The seed of a random matching instance.</summary>
public readonly record struct MatchingSeed(int Value);

/// <summary>A mentee's request and a mentor's competences, from a few texts that share stems or do not.</summary>
public sealed record RequestAndCompetences(string Request, IReadOnlyList<string> Competences);

/// <summary>The generators of the matching's property tests (FsCheck picks them by type).</summary>
public static class MatchingArbitraries
{
    private static readonly string[] Texts =
    [
        "подготовка к ОГЭ по математике", "математика", "химия", "работа с родителями", "развитие навыков работы",
        "ИКТ в обучении", "ИКТ", "классное руководство", "руководство проектами", "", "методика преподавания химии",
    ];

    /// <summary>Seeds from 0 to <see cref="int.MaxValue"/> - 1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MatchingSeed> Seeds() => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(seed => new MatchingSeed(seed)));

    /// <summary>A request, and a list of competences, each one of the texts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RequestAndCompetences> RequestsAndCompetences()
    {
        var text = Gen.Elements(Texts);
        return Gen.Zip(text, Gen.ListOf(text)).Select(t => new RequestAndCompetences(t.Item1, [.. t.Item2])).ToArbitrary();
    }
}
