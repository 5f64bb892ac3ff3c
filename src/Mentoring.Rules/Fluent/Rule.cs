using System.Reflection;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Fluent;

/// <summary>
/// The base class of a rule written in the DSL. Override <see cref="Define"/>: declare locals for the facts to bind,
/// then describe the conditions with <see cref="When"/> and the actions with <see cref="Then"/>.
/// Metadata comes from <see cref="RuleIdAttribute"/>, <see cref="RuleNameAttribute"/>, <see cref="RuleDescriptionAttribute"/>,
/// <see cref="RuleClauseAttribute"/>, <see cref="RuleTagAttribute"/> and <see cref="RulePriorityAttribute"/>.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>Describes the rule (called once, when the rule is compiled).</summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the left-hand side: the conditions.</summary>
    /// <returns>The left-hand-side builder.</returns>
    protected ILeftHandSide When() => Builder.LeftHandSide;

    /// <summary>Starts (or continues) the right-hand side: the actions.</summary>
    /// <returns>The right-hand-side builder.</returns>
    protected IRightHandSide Then() => Builder.RightHandSide;

    private RuleBuilder Builder => _builder ?? throw new InvalidOperationException("When() and Then() can only be called from Define().");

    /// <summary>The id this rule class declares (or its full name).</summary>
    internal string RuleId => GetType().GetCustomAttribute<RuleIdAttribute>()?.Id ?? GetType().FullName ?? GetType().Name;

    internal RuleDefinition Build()
    {
        var type = GetType();
        _builder = new RuleBuilder(RuleId);
        try
        {
            Define();
            return new RuleDefinition(RuleId, _builder.BuildLeftHandSide(), _builder.Actions)
            {
                Name = type.GetCustomAttribute<RuleNameAttribute>()?.Name ?? type.Name,
                Description = type.GetCustomAttribute<RuleDescriptionAttribute>()?.Description ?? string.Empty,
                Clause = type.GetCustomAttribute<RuleClauseAttribute>()?.Clause ?? string.Empty,
                Tags = [.. type.GetCustomAttributes<RuleTagAttribute>().Select(t => t.Tag)],
                Priority = type.GetCustomAttribute<RulePriorityAttribute>()?.Priority ?? 0,
                RuleType = type,
            };
        }
        finally
        {
            _builder = null;
        }
    }
}
