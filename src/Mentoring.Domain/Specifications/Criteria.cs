using System.Linq.Expressions;

namespace Mentoring.Domain.Specifications;

/// <summary>
/// Combines criteria written as expression trees onto one parameter (no <see cref="Expression.Invoke(Expression, Expression[])"/>),
/// so that a query provider such as EF Core translates the result.
/// </summary>
internal static class Criteria
{
    /// <summary>Either criterion; <c>false</c> for none.</summary>
    /// <typeparam name="T">The type the criteria are about.</typeparam>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The disjunction.</returns>
    public static Expression<Func<T, bool>> AnyOf<T>(IReadOnlyList<Expression<Func<T, bool>>> criteria) =>
        criteria.Count == 0 ? _ => false : Combine(criteria, Expression.OrElse);

    /// <summary>Every criterion; <c>true</c> for none.</summary>
    /// <typeparam name="T">The type the criteria are about.</typeparam>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The conjunction.</returns>
    public static Expression<Func<T, bool>> AllOf<T>(IReadOnlyList<Expression<Func<T, bool>>> criteria) =>
        criteria.Count == 0 ? _ => true : Combine(criteria, Expression.AndAlso);

    private static Expression<Func<T, bool>> Combine<T>(IReadOnlyList<Expression<Func<T, bool>>> criteria, Func<Expression, Expression, BinaryExpression> combine)
    {

        var parameter = criteria[0].Parameters[0];
        var body = criteria[0].Body;
        for (var i = 1; i < criteria.Count; i++)
        {
            body = combine(body, new ParameterReplacer(criteria[i].Parameters[0], parameter).Visit(criteria[i].Body));
        }

        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>
    /// <c>x =&gt; x.Items.Any(criterion)</c>: the criterion on the elements of a collection, inlined as a lambda so that
    /// the same tree is evaluated in memory and translated to a subquery.
    /// </summary>
    /// <typeparam name="T">The owner.</typeparam>
    /// <typeparam name="TItem">The element.</typeparam>
    /// <param name="items">The collection of the owner.</param>
    /// <param name="criterion">The criterion on an element.</param>
    /// <returns>The criterion on the owner.</returns>
    public static Expression<Func<T, bool>> AnyItem<T, TItem>(Expression<Func<T, IEnumerable<TItem>>> items, Expression<Func<TItem, bool>> criterion)
    {
        var any = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TItem));
        return Expression.Lambda<Func<T, bool>>(Expression.Call(any, items.Body, criterion), items.Parameters);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
