using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Domain.Tests.Pairs;

/// <summary>Mentors and mentees of a pair (p-1 to p-12), nobody on both sides, at least one on each.</summary>
public sealed record DisjointPeople(IReadOnlyList<string> Mentors, IReadOnlyList<string> Mentees);

/// <summary>Mentors and mentees of a pair (p-1 to p-6), at least one on each side, often someone on both.</summary>
public sealed record OverlappingPeople(IReadOnlyList<string> Mentors, IReadOnlyList<string> Mentees);

/// <summary>The generators of the pairs' property tests (FsCheck picks them by type).</summary>
public static class PairArbitraries
{
    /// <summary>Distinct mentors and mentees out of twelve people, the mentees without the mentors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DisjointPeople> DisjointPeople()
    {
        var people = Gen.Choose(1, 12).Select(n => $"p-{n}");
        return Gen.Zip(people.ListOf(), people.ListOf())
            .Select(t => (Mentors: t.Item1.Distinct().ToArray(), Mentees: t.Item2.Distinct().ToArray()))
            .Where(t => t.Mentors.Length > 0 && t.Mentees.Length > 0)
            .Select(t => (t.Mentors, Mentees: t.Mentees.Except(t.Mentors).ToArray()))
            .Where(t => t.Mentees.Length > 0)
            .Select(t => new DisjointPeople(t.Mentors, t.Mentees))
            .ToArbitrary();
    }

    /// <summary>Distinct mentors and distinct mentees out of six people.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OverlappingPeople> OverlappingPeople()
    {
        var people = Gen.Choose(1, 6).Select(n => $"p-{n}");
        return Gen.Zip(people.ListOf(), people.ListOf())
            .Select(t => (Mentors: t.Item1.Distinct().ToArray(), Mentees: t.Item2.Distinct().ToArray()))
            .Where(t => t.Mentors.Length > 0 && t.Mentees.Length > 0)
            .Select(t => new OverlappingPeople(t.Mentors, t.Mentees))
            .ToArbitrary();
    }
}
