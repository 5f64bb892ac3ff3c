using Mentoring.Domain.Cases;

namespace Mentoring.Samples.Synthetic;

/// <summary>One generated organization: where it is, its case, and the defects put in it.</summary>
/// <param name="Index">The organization's number in the country (0-based).</param>
/// <param name="RegionId">The region, such as <c>region-07</c>.</param>
/// <param name="MunicipalityId">The municipality, such as <c>mo-0123</c>.</param>
/// <param name="Case">The case.</param>
/// <param name="Pairs">How many pairs and groups it has.</param>
/// <param name="Injected">The defects put in, in pair order.</param>
public sealed record SyntheticOrganization(
    int Index,
    string RegionId,
    string MunicipalityId,
    MentoringCase Case,
    int Pairs,
    IReadOnlyList<InjectedViolation> Injected)
{
    /// <summary>The staff count.</summary>
    public int Teachers => Case.Teachers.Count;
}
