
namespace Mentoring.Domain.Orders;

/// <summary>
/// The head's order releasing a mentor or a mentee from their duties to take part in the activities of a
/// personalized program: exceptional, with the continuity of teaching and a replacement recorded.
/// </summary>
/// <remarks>
/// 002 §1 (last ¶: «в исключительных случаях при условии обеспечения непрерывности образовательного
/// процесса ... и замены их отсутствия»); rule <c>org.release-exceptional</c>. Reason, replacement and
/// continuity note are null when the order does not state them.
/// </remarks>
public sealed class ReleaseOrder : Order
{
    private ReleaseOrder(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy, PersonId releasedPersonId, string? reason, PersonId? replacementId, string? continuityNote)
        : base(id, number, date, organizationId, signedBy)
    {
        ReleasedPersonId = releasedPersonId;
        Reason = reason;
        ReplacementId = replacementId;
        ContinuityNote = continuityNote;
    }

    /// <inheritdoc />
    public override OrderKind Kind => OrderKind.Release;

    /// <summary>The released mentor or mentee.</summary>
    public PersonId ReleasedPersonId { get; }

    /// <summary>Why the release is exceptional, or null when not stated.</summary>
    public string? Reason { get; }

    /// <summary>Who replaces the released person in their duties, or null when not named.</summary>
    public PersonId? ReplacementId { get; }

    /// <summary>How the continuity of the educational process is ensured, or null when not stated.</summary>
    public string? ContinuityNote { get; }

    /// <summary>Creates the order, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="number">The order's number; required.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="releasedPersonId">The released mentor or mentee.</param>
    /// <param name="reason">Why, or null.</param>
    /// <param name="replacementId">The replacement, or null.</param>
    /// <param name="continuityNote">How continuity is ensured, or null.</param>
    /// <param name="signedBy">The signatory, or null.</param>
    /// <returns>
    /// The order, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c> and
    /// <see cref="DomainErrors.Documents.ReplacementIsReleasedPerson"/> (MD0302) at <c>replacement</c>.
    /// </returns>
    public static Result<ReleaseOrder> Create(
        DocumentId id,
        string? number,
        DateOnly date,
        OrganizationId organizationId,
        PersonId releasedPersonId,
        string? reason = null,
        PersonId? replacementId = null,
        string? continuityNote = null,
        PersonId? signedBy = null)
    {
        ArgumentNullException.ThrowIfNull(releasedPersonId);
        var header = CheckHeader(id, number, organizationId);
        return ResultExtras.Combine(
                header.ToResult(),
                ResultExtras.Ensure(replacementId != releasedPersonId, DomainErrors.Documents.ReplacementIsReleasedPerson(releasedPersonId.Value)))
            .Then(() => new ReleaseOrder(id, header.Value, date, organizationId, signedBy, releasedPersonId, Texts.Optional(reason), replacementId, Texts.Optional(continuityNote)));
    }
}
