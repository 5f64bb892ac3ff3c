
namespace Mentoring.Domain.Orders;

/// <summary>An order (приказ) of the head of an organization: its number, date, organization and signatory.</summary>
/// <remarks>002 §2 (руководитель издает приказы); 003 §2. The signatory is null when the copy does not show it.</remarks>
public abstract class Order
{
    // Written once on first use: findings name the same orders many times over.
    private string? _text;

    private protected Order(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy)
    {
        Id = id;
        Number = number;
        Date = date;
        OrganizationId = organizationId;
        SignedBy = signedBy;
    }

    /// <summary>The document's identifier.</summary>
    public DocumentId Id { get; }

    /// <summary>The order's number as written («191», «140/2-н»).</summary>
    public string Number { get; }

    /// <summary>The date of the order.</summary>
    public DateOnly Date { get; }

    /// <summary>The organization that issued it.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Who signed it (normally the head), or null when unknown.</summary>
    public PersonId? SignedBy { get; }

    /// <summary>What the order is about.</summary>
    public abstract OrderKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => _text ??= $"№ {Number} от {Date:dd.MM.yyyy} ({Kind.Term().NameRu})";

    /// <summary>Checks the parts every order has.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="number">The number.</param>
    /// <param name="organizationId">The organization.</param>
    /// <returns>The normalized number, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c>.</returns>
    private protected static Result<string> CheckHeader(DocumentId id, string? number, OrganizationId organizationId)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(organizationId);
        return Texts.Required(number, "number");
    }
}
