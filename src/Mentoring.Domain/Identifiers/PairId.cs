namespace Mentoring.Domain;

/// <summary>The identifier of a mentoring pair or group.</summary>
public sealed class PairId : Identifier
{
    private PairId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>pairId</c>.</returns>
    public static Result<PairId> Create(string? value) => Validate(value, "pairId").Map(v => new PairId(v));
}
