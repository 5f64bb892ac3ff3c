namespace Mentoring.Domain.Orders;

/// <summary>The order approving the Положение о системе наставничества (the regulation) in the organization.</summary>
/// <remarks>002 §2 ¶1 («Наставничество организуется на основании приказа ... "Об утверждении положения ..."»); 003 §2.1, §2.5.</remarks>
public sealed class RegulationOrder : Order
{
    private RegulationOrder(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy)
        : base(id, number, date, organizationId, signedBy)
    {
    }

    /// <inheritdoc />
    public override OrderKind Kind => OrderKind.Regulation;

    /// <summary>Creates the order.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="number">The order's number; required.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="signedBy">The signatory, or null.</param>
    /// <returns>The order, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c>.</returns>
    public static Result<RegulationOrder> Create(DocumentId id, string? number, DateOnly date, OrganizationId organizationId, PersonId? signedBy = null) =>
        CheckHeader(id, number, organizationId).Map(n => new RegulationOrder(id, n, date, organizationId, signedBy));
}
