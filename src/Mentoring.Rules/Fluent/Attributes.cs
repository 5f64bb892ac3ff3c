namespace Mentoring.Rules.Fluent;

/// <summary>The stable identifier of a rule class, e.g. <c>consent.mentor-written</c> (default: the class's full name).</summary>
/// <param name="id">The identifier.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleIdAttribute(string id) : Attribute
{
    /// <summary>The identifier.</summary>
    public string Id { get; } = id;
}

/// <summary>The human-readable name of a rule class.</summary>
/// <param name="name">The name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleNameAttribute(string name) : Attribute
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;
}

/// <summary>The description of a rule class.</summary>
/// <param name="description">The description.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}

/// <summary>The clause of the regulation a rule class implements, e.g. <c>п. 12</c>.</summary>
/// <param name="clause">The clause citation.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleClauseAttribute(string clause) : Attribute
{
    /// <summary>The clause citation.</summary>
    public string Clause { get; } = clause;
}

/// <summary>A tag of a rule class (repeatable).</summary>
/// <param name="tag">The tag.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class RuleTagAttribute(string tag) : Attribute
{
    /// <summary>The tag.</summary>
    public string Tag { get; } = tag;
}

/// <summary>The agenda priority of a rule class: higher fires first (default 0).</summary>
/// <param name="priority">The priority.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RulePriorityAttribute(int priority) : Attribute
{
    /// <summary>The priority.</summary>
    public int Priority { get; } = priority;
}
