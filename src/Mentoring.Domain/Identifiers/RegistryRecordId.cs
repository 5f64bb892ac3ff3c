namespace Mentoring.Domain;

/// <summary>The identifier of a record of the mentor or mentee registry.</summary>
public sealed class RegistryRecordId : Identifier
{
    private RegistryRecordId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>registryRecordId</c>.</returns>
    public static Result<RegistryRecordId> Create(string? value) => Validate(value, "registryRecordId").Map(v => new RegistryRecordId(v));
}
