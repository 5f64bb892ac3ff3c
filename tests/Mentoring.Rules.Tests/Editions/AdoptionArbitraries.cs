using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>A school's regulation order and a date of validation, both between 01.01.2023 and 31.12.2024.</summary>
public sealed record AdoptionDays(DateOnly RegulationOrder, DateOnly AsOf);

/// <summary>The generators of the adoption properties (FsCheck picks them by type).</summary>
public static class AdoptionArbitraries
{
    private static readonly DateOnly First = new(2023, 1, 1);

    /// <summary>Two days of 2023–2024, often equal or a day apart, so that the boundary is tried.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AdoptionDays> AdoptionDays()
    {
        var day = Gen.Choose(0, 730).Select(First.AddDays);
        var near = day.SelectMany(d => Gen.Choose(-1, 1).Select(shift => new AdoptionDays(d, d.AddDays(shift))));
        var any = day.SelectMany(order => day.Select(asOf => new AdoptionDays(order, asOf)));
        return Gen.OneOf(near, any).ToArbitrary();
    }
}
