namespace Mentoring.Rules.RuleModel;

/// <summary>
/// A named, typed variable of a rule: bound by a pattern, a binding (<c>Let</c>) or an aggregate,
/// and referenced by the parameters of conditions and actions (a lambda parameter names its declaration).
/// </summary>
public sealed class Declaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="name">The name conditions and actions use for it (a lambda parameter of that name refers to it).</param>
    /// <param name="type">The type of the bound value.</param>
    public Declaration(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The name of the declaration.</summary>
    public string Name { get; }

    /// <summary>The type of the bound value.</summary>
    public Type Type { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type.Name} {Name}";
}
