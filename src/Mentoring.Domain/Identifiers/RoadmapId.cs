namespace Mentoring.Domain;

/// <summary>The identifier of a roadmap (дорожная карта).</summary>
public sealed class RoadmapId : Identifier
{
    private RoadmapId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>roadmapId</c>.</returns>
    public static Result<RoadmapId> Create(string? value) => Validate(value, "roadmapId").Map(v => new RoadmapId(v));
}
