using System.Linq.Expressions;
using NRules.Aggregators;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Mentoring.Rules.Policies;

/// <summary>
/// <c>CollectList()</c>: NRules' <c>Collect()</c> as a read-only list. Rules count and index what they collect, and
/// verdicts keep what they print: each change of the matching facts gives a new list (a snapshot), so a list a verdict
/// holds never changes under it.
/// </summary>
public static class ListAggregateExtensions
{
    /// <summary>The aggregate's name in the rule model (<c>AggregateElement.Name</c>).</summary>
    public const string AggregateName = "CollectList";

    /// <summary>
    /// Collects the matching facts into a read-only list, in the order they were inserted; an empty list when none
    /// match (like NRules' <c>Collect()</c>, the rule can still fire).
    /// </summary>
    /// <typeparam name="TSource">The type of the facts.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The query of the list.</returns>
    public static IQuery<IReadOnlyList<TSource>> CollectList<TSource>(this IQuery<TSource> source)
        where TSource : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.Aggregate<TSource, IReadOnlyList<TSource>>(AggregateName, [], typeof(ListAggregatorFactory));
        return new ListQuery<IReadOnlyList<TSource>>(source.Builder);
    }

    private sealed class ListQuery<T>(IQueryBuilder builder) : IQuery<T>
    {
        public IQueryBuilder Builder { get; } = builder;
    }
}

/// <summary>Makes the aggregators of <see cref="ListAggregateExtensions.CollectList{TSource}"/>.</summary>
internal sealed class ListAggregatorFactory : IAggregatorFactory
{
    private Func<IAggregator>? _create;

    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
        var type = typeof(ListAggregator<>).MakeGenericType(element.Source.ValueType);
        _create = Expression.Lambda<Func<IAggregator>>(Expression.New(type)).Compile();
    }

    public IAggregator Create(AggregationContext context) =>
        (_create ?? throw new InvalidOperationException("The list aggregate was not compiled.")).Invoke();
}

/// <summary>Keeps the matching facts in insertion order and gives a new list after every change.</summary>
internal sealed class ListAggregator<T> : IAggregator
{
    private readonly List<IFact> _facts = [];
    private IReadOnlyList<T>? _list;

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        var previous = _list;
        _facts.AddRange(facts);
        var list = Snapshot();
        return [previous is null ? AggregationResult.Added(list, _facts) : AggregationResult.Modified(list, previous, _facts)];
    }

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        var previous = _list!;
        return [AggregationResult.Modified(Snapshot(), previous, _facts)];
    }

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        var previous = _list!;
        var gone = new HashSet<IFact>(facts, ReferenceEqualityComparer.Instance);
        _facts.RemoveAll(gone.Contains);
        return [AggregationResult.Modified(Snapshot(), previous, _facts)];
    }

    private T[] Snapshot()
    {
        var items = new T[_facts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)_facts[i].Value!;
        }

        _list = items;
        return items;
    }
}
