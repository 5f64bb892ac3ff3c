using Ardalis.Specification;
using Mentoring.Domain.Consents;

namespace Mentoring.Domain.Pairs.Specifications;

/// <summary>
/// Pairs and groups in which someone who must consent has no consent of a kind in force on a day
/// (<see cref="Consents.Specifications.ConsentInForceSpec"/>) about them — given by them or on their behalf, for this
/// pair or for none in particular (<see cref="Consent.PairId"/> null).
/// </summary>
/// <remarks>
/// Who must consent follows the kind: the mentors for <see cref="ConsentKind.MentorParticipation"/> and
/// <see cref="ConsentKind.PairingDuties"/> (002 §2; 003 §2.3, §2.6; ТК РФ ст. 351.8), the mentees for
/// <see cref="ConsentKind.MenteeParticipation"/> and <see cref="ConsentKind.LegalRepresentative"/> (003 §2.1, §2.4), both
/// for <see cref="ConsentKind.PersonalData"/>. This is the plain question "is there a consent in force on the day"; the
/// consent rules also judge the consent's form, whether it came before the appointment, and whether a mentee is a minor.
/// The consents are a query (<see cref="IQueryable{T}"/>): the database's table, so that the question runs there as a
/// correlated subquery, or <c>consents.AsQueryable()</c> in memory.
/// </remarks>
public sealed class PairLackingConsentSpec : Specification<MentoringPair>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="consents">The consents to look in.</param>
    /// <param name="kind">The kind of consent.</param>
    /// <param name="on">The day of reckoning.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public PairLackingConsentSpec(IQueryable<Consent> consents, ConsentKind kind, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(consents);
        var inForce = consents.Where(Consents.Specifications.ConsentInForceSpec.InForce(on)).Where(c => c.Kind == kind);
        switch (kind)
        {
            case ConsentKind.MentorParticipation or ConsentKind.PairingDuties:
                Query.Where(p => p.Mentors.Any(m => !inForce.Any(c => (c.OnBehalfOf ?? c.GivenBy) == m && (c.PairId == null || c.PairId == p.Id))));
                break;
            case ConsentKind.MenteeParticipation or ConsentKind.LegalRepresentative:
                Query.Where(p => p.Mentees.Any(m => !inForce.Any(c => (c.OnBehalfOf ?? c.GivenBy) == m && (c.PairId == null || c.PairId == p.Id))));
                break;
            case ConsentKind.PersonalData:
                Query.Where(p => p.Mentors.Concat(p.Mentees).Any(m => !inForce.Any(c => (c.OnBehalfOf ?? c.GivenBy) == m && (c.PairId == null || c.PairId == p.Id))));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consent kind.");
        }

        Kind = kind;
        On = on;
    }

    /// <summary>The kind of consent.</summary>
    public ConsentKind Kind { get; }

    /// <summary>The day of reckoning.</summary>
    public DateOnly On { get; }
}
