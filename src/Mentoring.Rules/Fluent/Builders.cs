using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Fluent;

/// <summary>
/// Builds a rule's conditions. Bind a fact to a local with <c>Match(() =&gt; local, conditions)</c>; later conditions,
/// <c>Let</c>, <c>Having</c>, queries and actions refer to earlier bindings through that local.
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "The DSL mirrors NRules (Not, Or, And, alias) so that NRules users read it at once.")]
public interface ILeftHandSide
{
    /// <summary>Matches a fact of type <typeparamref name="T"/> satisfying every condition and binds it to the local.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The local to bind, as <c>() =&gt; local</c>.</param>
    /// <param name="conditions">Conditions on the fact (and earlier bindings).</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="T"/> without binding it to a local.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact (and earlier bindings).</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Match<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="T"/> satisfies the conditions.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact (and earlier bindings).</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Not<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that at least one fact of type <typeparamref name="T"/> satisfies the conditions (matches once).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact (and earlier bindings).</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Exists<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that every fact satisfying <paramref name="baseCondition"/> also satisfies <paramref name="conditions"/> (forall).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="baseCondition">Selects the facts.</param>
    /// <param name="conditions">What each selected fact must satisfy.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions);

    /// <summary>A group of alternatives: each element added inside is one alternative (use <see cref="And"/> for a multi-element alternative).</summary>
    /// <param name="alternatives">Adds the alternatives.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Or(Action<ILeftHandSide> alternatives);

    /// <summary>A group whose elements must all match (useful inside <see cref="Or"/>).</summary>
    /// <param name="elements">Adds the elements.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide And(Action<ILeftHandSide> elements);

    /// <summary>Binds a computed value to a local.</summary>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="alias">The local to bind, as <c>() =&gt; local</c>.</param>
    /// <param name="expression">The computation over earlier bindings.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Conditions over earlier bindings (typically <c>Let</c> values).</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Having(params Expression<Func<bool>>[] conditions);

    /// <summary>Binds an aggregate of matching facts to a local: <c>q =&gt; q.Match&lt;T&gt;(...).Where(...).Collect()</c> (or <c>Count()</c>, or <c>GroupBy(key)</c>).</summary>
    /// <typeparam name="TResult">The local's type.</typeparam>
    /// <param name="alias">The local to bind, as <c>() =&gt; local</c>.</param>
    /// <param name="query">Builds the query.</param>
    /// <returns>This builder.</returns>
    ILeftHandSide Query<TResult>(Expression<Func<TResult>> alias, Func<IQueryBuilder, IQuery<TResult>> query);
}

/// <summary>Builds a rule's actions.</summary>
[SuppressMessage("Naming", "CA1716", Justification = "The DSL mirrors NRules (Do).")]
public interface IRightHandSide
{
    /// <summary>Adds an action; it may use the context and the locals bound on the left-hand side.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    IRightHandSide Do(Expression<Action<IContext>> action);
}

/// <summary>The start of a query: the facts to aggregate.</summary>
public interface IQueryBuilder
{
    /// <summary>The facts of type <typeparamref name="T"/> satisfying the conditions.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact (and earlier bindings).</param>
    /// <returns>The query source.</returns>
    IQuerySource<T> Match<T>(params Expression<Func<T, bool>>[] conditions);
}

/// <summary>The facts a query aggregates.</summary>
/// <typeparam name="T">The fact type.</typeparam>
public interface IQuerySource<T>
{
    /// <summary>More conditions on the facts (and earlier bindings; an equality with a binding is hash-indexed).</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This source.</returns>
    IQuerySource<T> Where(params Expression<Func<T, bool>>[] conditions);

    /// <summary>All matching facts, in insertion order (matches once, even when empty).</summary>
    /// <returns>The query.</returns>
    IQuery<IReadOnlyList<T>> Collect();

    /// <summary>The number of matching facts (matches once, even when zero).</summary>
    /// <returns>The query.</returns>
    IQuery<int> Count();

    /// <summary>The matching facts grouped by a key: one match per non-empty group.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="keySelector">The key of a fact.</param>
    /// <returns>The query.</returns>
    IQuery<IGrouping<TKey, T>> GroupBy<TKey>(Expression<Func<T, TKey>> keySelector);
}

/// <summary>A complete query; filter its results with <see cref="QueryExtensions.Where{TResult}(IQuery{TResult}, Expression{Func{TResult, bool}}[])"/>.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
#pragma warning disable CA1040 // A marker carrying the result type; the state is internal.
public interface IQuery<out TResult>
#pragma warning restore CA1040
{
}

/// <summary>Filters on query results.</summary>
public static class QueryExtensions
{
    /// <summary>Keeps only the results satisfying the conditions (e.g. groups with more than one fact).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="conditions">Conditions on the result (and earlier bindings).</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> Where<TResult>(this IQuery<TResult> query, params Expression<Func<TResult, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(conditions);
        if (query is not QueryState state)
        {
            throw new ArgumentException("Unknown query implementation.", nameof(query));
        }

        state.ResultFilters.AddRange(conditions);
        return query;
    }
}
