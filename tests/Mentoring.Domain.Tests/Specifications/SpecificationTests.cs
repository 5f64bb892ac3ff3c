using System.Linq.Expressions;
using FsCheck.Xunit;
using Mentoring.Domain.Specifications;

namespace Mentoring.Domain.Tests.Specifications;

public class SpecificationTests
{
    private static readonly Specification<int> Even = Specification<int>.Create(x => x % 2 == 0);
    private static readonly Specification<int> Positive = Specification<int>.Create(x => x > 0);

    /// <summary>The predicates the algebra is checked on.</summary>
    internal static IReadOnlyList<Expression<Func<int, bool>>> Predicates { get; } =
    [
        x => x % 2 == 0,
        x => x > 10,
        x => x < -3,
        x => x % 3 == 1,
        x => x == 7,
        x => true,
        x => false,
    ];

    [Fact]
    public void IsSatisfiedBy_SimpleCondition_Evaluates()
    {
        Assert.True(Even.IsSatisfiedBy(4));
        Assert.False(Even.IsSatisfiedBy(3));
    }

    [Fact]
    public void AllAndNone_AreNeutral()
    {
        Assert.True(Specification<int>.All.IsSatisfiedBy(-5));
        Assert.False(Specification<int>.None.IsSatisfiedBy(5));
        Assert.True((Even & Specification<int>.All).IsSatisfiedBy(2));
        Assert.False((Even | Specification<int>.None).IsSatisfiedBy(3));
    }

    [Fact]
    public void And_CombinedTree_HasOneParameterAndNoInvoke()
    {
        var expression = (Even & !Positive | Even).ToExpression();

        var finder = new NodeFinder();
        finder.Visit(expression.Body);
        Assert.Single(expression.Parameters);
        Assert.False(finder.HasInvoke);
        Assert.Equal([expression.Parameters[0]], finder.Parameters.Distinct());
    }

    [Fact]
    public void Where_Queryable_Filters()
    {
        var result = Enumerable.Range(-4, 9).AsQueryable().Where(Even & Positive).ToArray();

        Assert.Equal([2, 4], result);
    }

    [Fact]
    public void Where_Enumerable_Filters() =>
        Assert.Equal([-3, -1], Enumerable.Range(-4, 5).Where(!Even).ToArray());

    [Fact]
    public void Create_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Specification<int>.Create(null!));

    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool Algebra_AgreesWithBooleanOperators_InEveryEvaluation(PredicatePair c)
    {
        var (i, j, value) = c;
        var p = Predicates[i].Compile();
        var q = Predicates[j].Compile();
        var a = Specification<int>.Create(Predicates[i]);
        var b = Specification<int>.Create(Predicates[j]);
        (Specification<int> Spec, bool Expected)[] checks =
        [
            (a.And(b), p(value) && q(value)),
            (a & b, p(value) && q(value)),
            (a.Or(b), p(value) || q(value)),
            (a | b, p(value) || q(value)),
            (a.Not(), !p(value)),
            (!a, !p(value)),
            (!(a & b) | a, !(p(value) && q(value)) || p(value)),
        ];
        return checks.All(check =>
            check.Spec.IsSatisfiedBy(value) == check.Expected
            && check.Spec.ToExpression().Compile()(value) == check.Expected
            && new[] { value }.AsQueryable().Where(check.Spec).Any() == check.Expected);
    }

    private sealed class NodeFinder : ExpressionVisitor
    {
        public bool HasInvoke { get; private set; }

        public List<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            HasInvoke = true;
            return base.VisitInvocation(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Parameters.Add(node);
            return base.VisitParameter(node);
        }
    }
}
