using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Mentoring.Rules.RuleModel;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Fluent;

/// <summary>
/// Turns DSL calls into the rule model: captured locals become declarations, and every read of a captured local
/// in a condition or action becomes a parameter naming that declaration.
/// </summary>
internal sealed class RuleBuilder
{
    private readonly string _ruleId;
    private readonly Dictionary<FieldInfo, ParameterExpression> _locals = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<ParameterExpression> _order = [];
    private readonly Group _root;

    public RuleBuilder(string ruleId)
    {
        _ruleId = ruleId;
        _root = new Group(this);
        RightHandSide = new ActionBuilder(this);
    }

    public ILeftHandSide LeftHandSide => _root;

    public IRightHandSide RightHandSide { get; }

    public List<ActionElement> Actions { get; } = [];

    public AndElement BuildLeftHandSide() => new(_root.Elements);

    private RuleCompilationException Error(string message) => new(_ruleId, message);

    private Declaration DeclareLocal(LambdaExpression alias, Type type)
    {
        if (alias.Body is not MemberExpression { Member: FieldInfo field } || !IsCapturedLocal(field))
        {
            throw Error($"`{alias}` must name a local variable of Define(), as in () => local.");
        }

        if (_locals.ContainsKey(field))
        {
            throw Error($"'{field.Name}' is bound twice.");
        }

        var parameter = Expression.Parameter(type, field.Name);
        _locals.Add(field, parameter);
        _names.Add(field.Name);
        _order.Add(parameter);
        return new Declaration(field.Name, type);
    }

    private Declaration DeclareAnonymous(Type type, IEnumerable<LambdaExpression> conditions)
    {
        var hint = conditions.Select(c => c.Parameters.Count > 0 ? c.Parameters[0].Name : null).FirstOrDefault(n => n is not null) ?? "$" + type.Name;
        var name = hint;
        for (var i = 2; _names.Contains(name); i++)
        {
            name = hint + i.ToString(CultureInfo.InvariantCulture);
        }

        _names.Add(name);
        return new Declaration(name, type);
    }

    private static bool IsCapturedLocal(FieldInfo field) =>
        field.DeclaringType is { } type && type.IsDefined(typeof(CompilerGeneratedAttribute), false) && !field.Name.StartsWith('<') && !field.Name.StartsWith("CS$", StringComparison.Ordinal);

    /// <summary>Rewrites a condition of a pattern: its own parameter becomes the pattern's declaration.</summary>
    private LambdaExpression Rewrite(LambdaExpression lambda, Declaration? own)
    {
        var ownParameter = own is null ? null : Expression.Parameter(own.Type, own.Name);
        var map = new Dictionary<ParameterExpression, ParameterExpression>();
        if (own is not null && lambda.Parameters.Count > 0)
        {
            map[lambda.Parameters[0]] = ownParameter!;
        }

        var rewriter = new Rewriter(this, map);
        var body = rewriter.Visit(lambda.Body);
        var parameters = new List<ParameterExpression>();
        if (ownParameter is not null)
        {
            parameters.Add(ownParameter);
        }

        parameters.AddRange(_order.Where(rewriter.Used.Contains));
        return Expression.Lambda(body, parameters);
    }

    private LambdaExpression RewriteAction(LambdaExpression lambda)
    {
        var rewriter = new Rewriter(this, []);
        var body = rewriter.Visit(lambda.Body);
        return Expression.Lambda(body, [lambda.Parameters[0], .. _order.Where(rewriter.Used.Contains)]);
    }

    private PatternElement Pattern(Declaration declaration, IEnumerable<LambdaExpression> conditions) =>
        new(declaration, conditions.Select(c => Rewrite(c, declaration)).ToList());

    private sealed class Rewriter(RuleBuilder builder, Dictionary<ParameterExpression, ParameterExpression> map) : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Used { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var replacement) ? replacement : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is FieldInfo field && IsCapturedLocal(field))
            {
                if (builder._locals.TryGetValue(field, out var parameter))
                {
                    Used.Add(parameter);
                    return parameter;
                }

                if (!field.FieldType.IsDefined(typeof(CompilerGeneratedAttribute), false))
                {
                    throw builder.Error($"'{field.Name}' is an unbound variable: no earlier Match, Let or Query binds it. (A constant must be a const or a field of the rule class, not a local.)");
                }
            }

            return base.VisitMember(node);
        }
    }

    private sealed class Group(RuleBuilder builder) : ILeftHandSide
    {
        public List<RuleElement> Elements { get; } = [];

        public ILeftHandSide Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(alias);
            ArgumentNullException.ThrowIfNull(conditions);
            var declaration = builder.DeclareLocal(alias, typeof(T));
            Elements.Add(builder.Pattern(declaration, conditions));
            return this;
        }

        public ILeftHandSide Match<T>(params Expression<Func<T, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(conditions);
            Elements.Add(builder.Pattern(builder.DeclareAnonymous(typeof(T), conditions), conditions));
            return this;
        }

        public ILeftHandSide Not<T>(params Expression<Func<T, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(conditions);
            Elements.Add(new NotElement(builder.Pattern(builder.DeclareAnonymous(typeof(T), conditions), conditions)));
            return this;
        }

        public ILeftHandSide Exists<T>(params Expression<Func<T, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(conditions);
            Elements.Add(new ExistsElement(builder.Pattern(builder.DeclareAnonymous(typeof(T), conditions), conditions)));
            return this;
        }

        public ILeftHandSide All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(baseCondition);
            ArgumentNullException.ThrowIfNull(conditions);
            var declaration = builder.DeclareAnonymous(typeof(T), [baseCondition]);
            var pattern = builder.Pattern(declaration, [baseCondition]);
            Elements.Add(new ForAllElement(pattern, conditions.Select(c => builder.Rewrite(c, declaration)).ToList()));
            return this;
        }

        public ILeftHandSide Or(Action<ILeftHandSide> alternatives)
        {
            ArgumentNullException.ThrowIfNull(alternatives);
            var group = new Group(builder);
            alternatives(group);
            Elements.Add(new OrElement(group.Elements));
            return this;
        }

        public ILeftHandSide And(Action<ILeftHandSide> elements)
        {
            ArgumentNullException.ThrowIfNull(elements);
            var group = new Group(builder);
            elements(group);
            Elements.Add(new AndElement(group.Elements));
            return this;
        }

        public ILeftHandSide Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
        {
            ArgumentNullException.ThrowIfNull(alias);
            ArgumentNullException.ThrowIfNull(expression);
            var rewritten = builder.Rewrite(expression, null);
            var declaration = builder.DeclareLocal(alias, typeof(TResult));
            Elements.Add(new BindingElement(declaration, rewritten));
            return this;
        }

        public ILeftHandSide Having(params Expression<Func<bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(conditions);
            foreach (var condition in conditions)
            {
                Elements.Add(new FilterElement(builder.Rewrite(condition, null)));
            }

            return this;
        }

        public ILeftHandSide Query<TResult>(Expression<Func<TResult>> alias, Func<IQueryBuilder, IQuery<TResult>> query)
        {
            ArgumentNullException.ThrowIfNull(alias);
            ArgumentNullException.ThrowIfNull(query);
            if (query(QueryBuilder.Instance) is not QueryState state)
            {
                throw builder.Error("a query must be built from the IQueryBuilder it is given.");
            }

            var source = builder.DeclareAnonymous(state.ElementType, state.SourceConditions);
            var pattern = builder.Pattern(source, state.SourceConditions);
            var key = state.KeySelector is null ? null : builder.Rewrite(state.KeySelector, source);
            var result = builder.DeclareLocal(alias, typeof(TResult));
            Elements.Add(new AggregateElement(result, state.Kind, pattern, key));
            foreach (var filter in state.ResultFilters)
            {
                Elements.Add(new FilterElement(builder.Rewrite(filter, result)));
            }

            return this;
        }
    }

    private sealed class ActionBuilder(RuleBuilder builder) : IRightHandSide
    {
        public IRightHandSide Do(Expression<Action<IContext>> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            builder.Actions.Add(new ActionElement(builder.RewriteAction(action)));
            return this;
        }
    }
}

/// <summary>The state behind <see cref="IQuery{TResult}"/>.</summary>
internal abstract class QueryState(AggregateKind kind, Type elementType, List<LambdaExpression> sourceConditions, LambdaExpression? keySelector)
{
    public AggregateKind Kind { get; } = kind;

    public Type ElementType { get; } = elementType;

    public List<LambdaExpression> SourceConditions { get; } = sourceConditions;

    public LambdaExpression? KeySelector { get; } = keySelector;

    public List<LambdaExpression> ResultFilters { get; } = [];
}

internal sealed class QueryState<TResult>(AggregateKind kind, Type elementType, List<LambdaExpression> sourceConditions, LambdaExpression? keySelector)
    : QueryState(kind, elementType, sourceConditions, keySelector), IQuery<TResult>;

internal sealed class QueryBuilder : IQueryBuilder
{
    public static readonly QueryBuilder Instance = new();

    public IQuerySource<T> Match<T>(params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new QuerySource<T>([.. conditions]);
    }
}

internal sealed class QuerySource<T>(List<LambdaExpression> conditions) : IQuerySource<T>
{
    public IQuerySource<T> Where(params Expression<Func<T, bool>>[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        conditions.AddRange(more);
        return this;
    }

    public IQuery<IReadOnlyList<T>> Collect() => new QueryState<IReadOnlyList<T>>(AggregateKind.Collect, typeof(T), conditions, null);

    public IQuery<int> Count() => new QueryState<int>(AggregateKind.Count, typeof(T), conditions, null);

    public IQuery<IGrouping<TKey, T>> GroupBy<TKey>(Expression<Func<T, TKey>> keySelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return new QueryState<IGrouping<TKey, T>>(AggregateKind.GroupBy, typeof(T), conditions, keySelector);
    }
}
