namespace Mentoring.Domain.Orders;

/// <summary>The order approving the roadmap (дорожная карта, план мероприятий) for the Положение.</summary>
/// <remarks>002 §2 (руководитель утверждает Дорожную карту); 003 order п.4.4; 004 order п.3.2.</remarks>
public sealed class RoadmapOrder : Order
{
    private RoadmapOrder(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy, RoadmapId roadmapId)
        : base(id, number, date, organizationId, signedBy) => RoadmapId = roadmapId;

    /// <inheritdoc />
    public override OrderKind Kind => OrderKind.Roadmap;

    /// <summary>The approved roadmap.</summary>
    public RoadmapId RoadmapId { get; }

    /// <summary>Creates the order.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="number">The order's number; required.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="roadmapId">The approved roadmap.</param>
    /// <param name="signedBy">The signatory, or null.</param>
    /// <returns>The order, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c>.</returns>
    public static Result<RoadmapOrder> Create(DocumentId id, string? number, DateOnly date, OrganizationId organizationId, RoadmapId roadmapId, PersonId? signedBy = null)
    {
        ArgumentNullException.ThrowIfNull(roadmapId);
        return CheckHeader(id, number, organizationId).Map(n => new RoadmapOrder(id, n, date, organizationId, signedBy, roadmapId));
    }
}
