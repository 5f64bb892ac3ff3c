using System.Linq.Expressions;

namespace Mentoring.Domain.Specifications;

/// <summary>
/// A named condition on <typeparamref name="T"/>, kept as an expression tree so that it runs both in memory
/// (<see cref="IsSatisfiedBy"/>) and inside an <see cref="IQueryable{T}"/> provider (<see cref="ToExpression"/>).
/// Specifications compose with <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> (or <c>&amp;</c>,
/// <c>|</c>, <c>!</c>) by rewriting the trees onto one parameter, without <see cref="Expression.Invoke(Expression, Expression[])"/>,
/// so a query provider can translate the result.
/// </summary>
/// <typeparam name="T">The type the condition is about.</typeparam>
/// <remarks>Shaped after Ardalis.Specification, which the registry this project builds from does not hold.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Specification<T>.All and None are the neutral elements callers expect on the type.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "And, Or and Not are the named alternates.")]
public sealed class Specification<T>
{
    private readonly Expression<Func<T, bool>> _expression;
    private readonly Lazy<Func<T, bool>> _compiled;

    private Specification(Expression<Func<T, bool>> expression)
    {
        _expression = expression;
        _compiled = new Lazy<Func<T, bool>>(expression.Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The specification every value satisfies.</summary>
    public static Specification<T> All { get; } = new(_ => true);

    /// <summary>The specification no value satisfies.</summary>
    public static Specification<T> None { get; } = new(_ => false);

    /// <summary>Creates a specification from a condition.</summary>
    /// <param name="expression">The condition, as an expression tree.</param>
    /// <returns>The specification.</returns>
    public static Specification<T> Create(Expression<Func<T, bool>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new Specification<T>(expression);
    }

    /// <summary>True when <paramref name="candidate"/> satisfies the condition (compiled once, then cached).</summary>
    /// <param name="candidate">The value.</param>
    /// <returns>True when satisfied.</returns>
    public bool IsSatisfiedBy(T candidate) => _compiled.Value(candidate);

    /// <summary>The condition as an expression tree, for a query provider.</summary>
    /// <returns>The expression.</returns>
    public Expression<Func<T, bool>> ToExpression() => _expression;

    /// <summary>Both conditions.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>A specification satisfied when both are.</returns>
    public Specification<T> And(Specification<T> other) => Combine(other, Expression.AndAlso);

    /// <summary>Either condition.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>A specification satisfied when either is.</returns>
    public Specification<T> Or(Specification<T> other) => Combine(other, Expression.OrElse);

    /// <summary>The opposite condition.</summary>
    /// <returns>A specification satisfied when this one is not.</returns>
    public Specification<T> Not() =>
        new(Expression.Lambda<Func<T, bool>>(Expression.Not(_expression.Body), _expression.Parameters));

    /// <summary>Both conditions; see <see cref="And"/>.</summary>
    /// <param name="left">The first specification.</param>
    /// <param name="right">The second specification.</param>
    /// <returns>The conjunction.</returns>
    public static Specification<T> operator &(Specification<T> left, Specification<T> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.And(right);
    }

    /// <summary>Either condition; see <see cref="Or"/>.</summary>
    /// <param name="left">The first specification.</param>
    /// <param name="right">The second specification.</param>
    /// <returns>The disjunction.</returns>
    public static Specification<T> operator |(Specification<T> left, Specification<T> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Or(right);
    }

    /// <summary>The opposite condition; see <see cref="Not"/>.</summary>
    /// <param name="specification">The specification.</param>
    /// <returns>The negation.</returns>
    public static Specification<T> operator !(Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Not();
    }

    /// <inheritdoc />
    public override string ToString() => _expression.ToString();

    private Specification<T> Combine(Specification<T> other, Func<Expression, Expression, BinaryExpression> combine)
    {
        ArgumentNullException.ThrowIfNull(other);
        var parameter = _expression.Parameters[0];
        var otherBody = new ParameterReplacer(other._expression.Parameters[0], parameter).Visit(other._expression.Body);
        return new(Expression.Lambda<Func<T, bool>>(combine(_expression.Body, otherBody), parameter));
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>Filters sequences and queries by a <see cref="Specification{T}"/>.</summary>
public static class SpecificationExtensions
{
    /// <summary>The elements of a query that satisfy the specification, translated by the query's provider.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The filtered query.</returns>
    public static IQueryable<T> Where<T>(this IQueryable<T> source, Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        return Queryable.Where(source, specification.ToExpression());
    }

    /// <summary>The elements of a sequence that satisfy the specification, evaluated in memory.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The filtered sequence.</returns>
    public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        return Enumerable.Where(source, specification.IsSatisfiedBy);
    }
}
