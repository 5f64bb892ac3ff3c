namespace Mentoring.Domain;

/// <summary>The identifier of a planned activity of a program or a roadmap.</summary>
public sealed class ActivityId : Identifier
{
    private ActivityId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>activityId</c>.</returns>
    public static Result<ActivityId> Create(string? value) => Validate(value, "activityId").Map(v => new ActivityId(v));
}
