namespace Mentoring.Rules.RuleModel;

/// <summary>
/// The intermediate representation of one rule: metadata, a left-hand side and actions.
/// Built by the fluent DSL or by hand; validated when the repository compiles.
/// </summary>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule definition.</summary>
    /// <param name="id">A stable identifier, e.g. <c>consent.mentor-written</c>; unique in a repository.</param>
    /// <param name="leftHandSide">The conditions.</param>
    /// <param name="actions">The actions, run in order when the rule fires.</param>
    public RuleDefinition(string id, AndElement leftHandSide, IEnumerable<ActionElement> actions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(leftHandSide);
        ArgumentNullException.ThrowIfNull(actions);
        Id = id;
        LeftHandSide = leftHandSide;
        Actions = [.. actions];
        Name = id;
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>A human-readable name (defaults to <see cref="Id"/>).</summary>
    public string Name { get; init; }

    /// <summary>A description, or an empty string.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The clause of the regulation the rule implements, or an empty string.</summary>
    public string Clause { get; init; } = string.Empty;

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Agenda priority (salience): higher fires first. Default 0.</summary>
    public int Priority { get; init; }

    /// <summary>The rule class this definition was built from, when built by the DSL.</summary>
    public Type? RuleType { get; init; }

    /// <summary>The conditions.</summary>
    public AndElement LeftHandSide { get; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
