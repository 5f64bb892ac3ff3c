using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>A fact entered, changed or left working memory.</summary>
/// <param name="fact">The fact.</param>
public sealed class FactEventArgs(object fact) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;
}

/// <summary>A match of a rule appeared on, or disappeared from, the agenda.</summary>
/// <param name="rule">The rule.</param>
/// <param name="facts">The matched facts, in pattern order.</param>
public sealed class ActivationEventArgs(RuleDefinition rule, IReadOnlyList<object> facts) : EventArgs
{
    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The matched facts, in pattern order.</summary>
    public IReadOnlyList<object> Facts { get; } = facts;
}

/// <summary>A rule fired.</summary>
/// <param name="firing">The firing.</param>
public sealed class RuleFiredEventArgs(FiringRecord firing) : EventArgs
{
    /// <summary>The firing.</summary>
    public FiringRecord Firing { get; } = firing;
}
