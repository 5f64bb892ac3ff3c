namespace Mentoring.Domain.Orders;

/// <summary>The order appointing the curator of mentoring programs (куратор реализации программ наставничества).</summary>
/// <remarks>002 §2 (куратор назначается руководителем из числа заместителей руководителя); 003 order п.4.2, roadmap 1.3.</remarks>
public sealed class CuratorOrder : Order
{
    private CuratorOrder(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy, PersonId curatorId)
        : base(id, number, date, organizationId, signedBy) => CuratorId = curatorId;

    /// <inheritdoc />
    public override OrderKind Kind => OrderKind.Curator;

    /// <summary>The appointed curator.</summary>
    public PersonId CuratorId { get; }

    /// <summary>Creates the order.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="number">The order's number; required.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="curatorId">The appointed curator.</param>
    /// <param name="signedBy">The signatory, or null.</param>
    /// <returns>The order, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c>.</returns>
    public static Result<CuratorOrder> Create(DocumentId id, string? number, DateOnly date, OrganizationId organizationId, PersonId curatorId, PersonId? signedBy = null)
    {
        ArgumentNullException.ThrowIfNull(curatorId);
        return CheckHeader(id, number, organizationId).Map(n => new CuratorOrder(id, n, date, organizationId, signedBy, curatorId));
    }
}
