namespace Mentoring.Domain;

/// <summary>The identifier of a municipality (муниципальное образование).</summary>
public sealed class MunicipalityId : Identifier
{
    private MunicipalityId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>municipalityId</c>.</returns>
    public static Result<MunicipalityId> Create(string? value) => Validate(value, "municipalityId").Map(v => new MunicipalityId(v));
}
