using System.Linq.Expressions;

namespace Mentoring.Rules.RuleModel;

/// <summary>The base of the left-hand-side elements of a rule (a closed hierarchy).</summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }
}

/// <summary>
/// Matches one fact of <see cref="Declaration"/>'s type that satisfies every condition, and binds it to the declaration.
/// A condition is a lambda returning <see cref="bool"/> whose parameters are named after declarations:
/// this pattern's own and ones bound by earlier elements.
/// </summary>
public sealed class PatternElement : RuleElement
{
    /// <summary>Creates a pattern.</summary>
    /// <param name="declaration">The declaration the matched fact is bound to; its type is the fact type.</param>
    /// <param name="conditions">The conditions, in evaluation order.</param>
    public PatternElement(Declaration declaration, IEnumerable<LambdaExpression> conditions)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(conditions);
        Declaration = declaration;
        Conditions = [.. conditions];
    }

    /// <summary>The declaration the matched fact is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The type of the matched facts.</summary>
    public Type FactType => Declaration.Type;

    /// <summary>The conditions, in evaluation order.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }
}

/// <summary>All child elements must match (a conjunction, evaluated in order).</summary>
public sealed class AndElement : RuleElement
{
    /// <summary>Creates a conjunction.</summary>
    /// <param name="elements">The child elements, in order.</param>
    public AndElement(IEnumerable<RuleElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Elements = [.. elements];
    }

    /// <summary>The child elements, in order.</summary>
    public IReadOnlyList<RuleElement> Elements { get; }
}

/// <summary>Any child element may match (a disjunction); the rule is expanded into one branch per alternative.</summary>
public sealed class OrElement : RuleElement
{
    /// <summary>Creates a disjunction.</summary>
    /// <param name="elements">The alternatives.</param>
    public OrElement(IEnumerable<RuleElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Elements = [.. elements];
    }

    /// <summary>The alternatives.</summary>
    public IReadOnlyList<RuleElement> Elements { get; }
}

/// <summary>Matches when no fact matches <see cref="Pattern"/> (given the earlier bindings).</summary>
public sealed class NotElement : RuleElement
{
    /// <summary>Creates a negation.</summary>
    /// <param name="pattern">The pattern that must have no match; its declaration is not visible to later elements.</param>
    public NotElement(PatternElement pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
    }

    /// <summary>The pattern that must have no match.</summary>
    public PatternElement Pattern { get; }
}

/// <summary>Matches once when at least one fact matches <see cref="Pattern"/> (given the earlier bindings).</summary>
public sealed class ExistsElement : RuleElement
{
    /// <summary>Creates an existential quantifier.</summary>
    /// <param name="pattern">The pattern that must have a match; its declaration is not visible to later elements.</param>
    public ExistsElement(PatternElement pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
    }

    /// <summary>The pattern that must have a match.</summary>
    public PatternElement Pattern { get; }
}

/// <summary>
/// Matches when every fact that matches <see cref="BasePattern"/> also satisfies all <see cref="Conditions"/>
/// (vacuously true when no fact matches the base pattern).
/// </summary>
public sealed class ForAllElement : RuleElement
{
    /// <summary>Creates a universal quantifier.</summary>
    /// <param name="basePattern">Selects the facts the conditions are required of.</param>
    /// <param name="conditions">Conditions over the base pattern's declaration (and earlier ones).</param>
    public ForAllElement(PatternElement basePattern, IEnumerable<LambdaExpression> conditions)
    {
        ArgumentNullException.ThrowIfNull(basePattern);
        ArgumentNullException.ThrowIfNull(conditions);
        BasePattern = basePattern;
        Conditions = [.. conditions];
    }

    /// <summary>Selects the facts the conditions are required of.</summary>
    public PatternElement BasePattern { get; }

    /// <summary>The conditions every base fact must satisfy.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }
}

/// <summary>The kind of an <see cref="AggregateElement"/>.</summary>
public enum AggregateKind
{
    /// <summary>All matching facts, as an <see cref="IReadOnlyList{T}"/> ordered by insertion; matches once, even when empty.</summary>
    Collect = 1,

    /// <summary>The number of matching facts, as an <see cref="int"/>; matches once, even when zero.</summary>
    Count = 2,

    /// <summary>The matching facts grouped by a key, one <see cref="IGrouping{TKey, TElement}"/> (also an <see cref="IReadOnlyList{T}"/>) per non-empty group; matches once per group.</summary>
    GroupBy = 3,
}

/// <summary>Aggregates the facts matching <see cref="Source"/> (given the earlier bindings) into <see cref="Result"/>, maintained incrementally.</summary>
public sealed class AggregateElement : RuleElement
{
    /// <summary>Creates an aggregate.</summary>
    /// <param name="result">The declaration the aggregate result is bound to.</param>
    /// <param name="kind">What to compute.</param>
    /// <param name="source">The pattern whose matches are aggregated; its declaration is not visible to later elements.</param>
    /// <param name="keySelector">For <see cref="AggregateKind.GroupBy"/>: a lambda of the source declaration giving the group key; otherwise <see langword="null"/>.</param>
    public AggregateElement(Declaration result, AggregateKind kind, PatternElement source, LambdaExpression? keySelector = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(source);
        Result = result;
        Kind = kind;
        Source = source;
        KeySelector = keySelector;
    }

    /// <summary>The declaration the result is bound to.</summary>
    public Declaration Result { get; }

    /// <summary>What to compute.</summary>
    public AggregateKind Kind { get; }

    /// <summary>The pattern whose matches are aggregated.</summary>
    public PatternElement Source { get; }

    /// <summary>For <see cref="AggregateKind.GroupBy"/>, the key selector.</summary>
    public LambdaExpression? KeySelector { get; }
}

/// <summary>Computes a value from earlier bindings and binds it to a declaration (the DSL's <c>Let</c>).</summary>
public sealed class BindingElement : RuleElement
{
    /// <summary>Creates a binding.</summary>
    /// <param name="declaration">The declaration the value is bound to.</param>
    /// <param name="expression">A lambda whose parameters name earlier declarations.</param>
    public BindingElement(Declaration declaration, LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(expression);
        Declaration = declaration;
        Expression = expression;
    }

    /// <summary>The declaration the value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The computation.</summary>
    public LambdaExpression Expression { get; }
}

/// <summary>A condition over earlier bindings only (the DSL's <c>Having</c>).</summary>
public sealed class FilterElement : RuleElement
{
    /// <summary>Creates a filter.</summary>
    /// <param name="condition">A lambda returning <see cref="bool"/> whose parameters name earlier declarations.</param>
    public FilterElement(LambdaExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Condition = condition;
    }

    /// <summary>The condition.</summary>
    public LambdaExpression Condition { get; }
}

/// <summary>
/// A right-hand-side action: a lambda whose first parameter is the <see cref="Runtime.IContext"/>
/// and whose other parameters name declarations.
/// </summary>
public sealed class ActionElement
{
    /// <summary>Creates an action.</summary>
    /// <param name="expression">The action lambda.</param>
    public ActionElement(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
    }

    /// <summary>The action lambda.</summary>
    public LambdaExpression Expression { get; }
}
