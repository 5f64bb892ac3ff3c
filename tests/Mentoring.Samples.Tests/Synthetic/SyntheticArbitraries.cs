using FsCheck;
using FsCheck.Fluent;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Samples.Tests.Synthetic;

/// <summary>A generator's seed (0–100 000), the first of two organizations to generate and the share of violations (0, 0.1 or 0.5).</summary>
public readonly record struct GeneratorRun(int Seed, int First, double Share);

/// <summary>An organization (0–400) of the seed-3 country, a change (0–1 000 000, see <see cref="LiveValidationPropertyTests.Change"/>) and a share of violations (0–2: 0, 0.1 or 0.5).</summary>
public readonly record struct LiveChange(int Index, int Change, int ShareIndex);

/// <summary>The generators of the synthetic country's property tests (FsCheck picks them by type).</summary>
public static class SyntheticArbitraries
{
    /// <summary>Any seed, any two neighbouring organizations, one of three shares.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratorRun> GeneratorRuns() =>
        TupleZip(Gen.Choose(0, 100_000), Gen.Choose(0, SyntheticGenerator.CountryOrganizations - 3), Gen.Elements(0.0, 0.1, 0.5))
            .Select(t => new GeneratorRun(t.Item1, t.Item2, t.Item3))
            .ToArbitrary();

    /// <summary>Any of the first 401 organizations, any change, any share.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LiveChange> LiveChanges() =>
        TupleZip(Gen.Choose(0, 400), Gen.Choose(0, 1_000_000), Gen.Choose(0, 2))
            .Select(t => new LiveChange(t.Item1, t.Item2, t.Item3))
            .ToArbitrary();

    private static Gen<(T1, T2, T3)> TupleZip<T1, T2, T3>(Gen<T1> first, Gen<T2> second, Gen<T3> third) =>
        Gen.Zip(first, Gen.Zip(second, third, (b, c) => (b, c)), (a, bc) => (a, bc.b, bc.c));
}
