namespace Mentoring.Domain;

/// <summary>The identifier of a monitoring assessment.</summary>
public sealed class AssessmentId : Identifier
{
    private AssessmentId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>assessmentId</c>.</returns>
    public static Result<AssessmentId> Create(string? value) => Validate(value, "assessmentId").Map(v => new AssessmentId(v));
}
