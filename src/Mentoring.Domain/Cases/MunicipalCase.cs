using Mentoring.Domain.Organizations;

namespace Mentoring.Domain.Cases;

/// <summary>The cases of several organizations of one municipality, as a municipal coordinator keeps them.</summary>
/// <remarks>003 §1.6, §6.3: the municipal coordinator follows mentoring in the municipality's organizations.</remarks>
public sealed class MunicipalCase
{
    private MunicipalCase(Municipality? municipality, IReadOnlyList<MentoringCase> cases)
    {
        Municipality = municipality;
        Cases = cases;
    }

    /// <summary>The municipality, when the file names it.</summary>
    public Municipality? Municipality { get; }

    /// <summary>The organizations' cases, one per organization, in file order.</summary>
    public IReadOnlyList<MentoringCase> Cases { get; }

    /// <summary>Creates a municipal case.</summary>
    /// <param name="municipality">The municipality, if known.</param>
    /// <param name="cases">The organizations' cases.</param>
    /// <returns>The municipal case, or MD0903 for every organization that has more than one case.</returns>
    public static Result<MunicipalCase> Create(Municipality? municipality, IEnumerable<MentoringCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToArray();
        var errors = list
            .GroupBy(c => c.Organization.Id)
            .Where(g => g.Count() > 1)
            .Select(g => DomainErrors.Cases.DuplicateOrganization(g.Key.Value))
            .ToArray();
        return errors.Length == 0 ? new MunicipalCase(municipality, list) : Result<MunicipalCase>.Invalid(errors);
    }
}
