using System.Linq.Expressions;
using Ardalis.Specification;

namespace Mentoring.Domain.Consents.Specifications;

/// <summary>
/// Consents in force on a day, of one kind or of any: given (not a refusal), given on or before the day, and not
/// withdrawn by it — exactly <see cref="Consent.IsInForceOn"/>.
/// </summary>
/// <remarks>002 §2; 003 §2.3–2.4 (письменное согласие наставника, наставляемого, законного представителя).</remarks>
public sealed class ConsentInForceSpec : Specification<Consent>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of reckoning.</param>
    /// <param name="kind">The kind, or null for any.</param>
    public ConsentInForceSpec(DateOnly on, ConsentKind? kind = null)
    {
        Query.Where(InForce(on));
        if (kind is { } k)
        {
            Query.Where(c => c.Kind == k);
        }
    }

    /// <summary>The criterion, shared with <see cref="Pairs.Specifications.PairLackingConsentSpec"/>.</summary>
    internal static Expression<Func<Consent, bool>> InForce(DateOnly on) =>
        c => c.Status == ConsentStatus.Given && c.GivenOn <= on && (c.WithdrawnOn == null || on < c.WithdrawnOn);
}
