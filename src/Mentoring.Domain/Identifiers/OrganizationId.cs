namespace Mentoring.Domain;

/// <summary>The identifier of an educational organization.</summary>
public sealed class OrganizationId : Identifier
{
    private OrganizationId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>organizationId</c>.</returns>
    public static Result<OrganizationId> Create(string? value) => Validate(value, "organizationId").Map(v => new OrganizationId(v));
}
