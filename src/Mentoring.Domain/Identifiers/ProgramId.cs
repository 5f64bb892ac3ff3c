namespace Mentoring.Domain;

/// <summary>The identifier of a personalized mentoring program.</summary>
public sealed class ProgramId : Identifier
{
    private ProgramId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>programId</c>.</returns>
    public static Result<ProgramId> Create(string? value) => Validate(value, "programId").Map(v => new ProgramId(v));
}
