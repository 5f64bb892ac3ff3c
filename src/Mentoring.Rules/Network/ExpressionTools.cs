using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Network;

/// <summary>Rewrites and compiles the rule model's lambdas into delegates over tokens and facts.</summary>
internal static class ExpressionTools
{
    private static readonly FieldInfo ParentField = typeof(Token).GetField(nameof(Token.Parent))!;
    private static readonly FieldInfo ValueField = typeof(Token).GetField(nameof(Token.Value))!;

    /// <summary>Names of the parameters a lambda uses (the declarations it references).</summary>
    public static HashSet<string> UsedParameters(Expression expression)
    {
        var collector = new ParameterCollector();
        collector.Visit(expression);
        return collector.Names;
    }

    /// <summary>Replaces reads of fields of constants (closure captures) by their current values.</summary>
    public static LambdaExpression Fold(LambdaExpression lambda) => (LambdaExpression)new ConstantFolder().Visit(lambda);

    /// <summary>A canonical text of a lambda body for node sharing: parameters renamed, reference constants numbered by identity.</summary>
    public static string Canonical(Expression body, IReadOnlyDictionary<string, string> parameterNames, ConstantNumbering numbering)
    {
        var rewritten = new Canonicalizer(parameterNames, numbering).Visit(body);
        return rewritten.ToString();
    }

    /// <summary>Compiles a single-fact condition.</summary>
    public static Func<object, bool> CompileFactPredicate(LambdaExpression lambda, Type factType, DelegateCache cache)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = Bind(lambda.Body, lambda.Parameters, p => Expression.Convert(fact, p.Type), p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Func<object, bool>>(body, fact));
    }

    /// <summary>Compiles a single-fact function (a hash key or a group key), boxed.</summary>
    public static Func<object, object?> CompileFactFunction(Expression body, IReadOnlyList<ParameterExpression> parameters, string ownName, DelegateCache cache)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var bound = Bind(body, parameters, p => p.Name == ownName ? Expression.Convert(fact, p.Type) : throw Unexpected(p), p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Func<object, object?>>(Expression.Convert(bound, typeof(object)), fact));
    }

    /// <summary>Compiles a condition over a left token (at <paramref name="tokenLevel"/>) and a right fact.</summary>
    public static Func<Token, object, bool> CompileJoinPredicate(Expression body, IReadOnlyList<ParameterExpression> parameters, string ownName, IReadOnlyDictionary<string, DeclarationSlot> slots, int tokenLevel, DelegateCache cache)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var fact = Expression.Parameter(typeof(object), "fact");
        var bound = Bind(body, parameters, p => p.Name == ownName ? Expression.Convert(fact, p.Type) : Access(token, tokenLevel, slots, p), p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Func<Token, object, bool>>(bound, token, fact));
    }

    /// <summary>Compiles a function of a token (a binding, a hash key, a filter), boxed.</summary>
    public static Func<Token, object?> CompileTokenFunction(Expression body, IReadOnlyList<ParameterExpression> parameters, IReadOnlyDictionary<string, DeclarationSlot> slots, int tokenLevel, DelegateCache cache)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var bound = Bind(body, parameters, p => Access(token, tokenLevel, slots, p), p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Func<Token, object?>>(Expression.Convert(bound, typeof(object)), token));
    }

    /// <summary>Compiles a boolean function of a token.</summary>
    public static Func<Token, bool> CompileTokenPredicate(LambdaExpression lambda, IReadOnlyDictionary<string, DeclarationSlot> slots, int tokenLevel, DelegateCache cache)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var bound = Bind(lambda.Body, lambda.Parameters, p => Access(token, tokenLevel, slots, p), p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Func<Token, bool>>(bound, token));
    }

    /// <summary>Compiles an action: the first parameter is the context, the others read the activation token (missing declarations of an <c>Or</c> branch read as default).</summary>
    public static Action<IContext, Token> CompileAction(LambdaExpression lambda, IReadOnlyDictionary<string, DeclarationSlot> slots, int tokenLevel, DelegateCache cache)
    {
        var context = Expression.Parameter(typeof(IContext), "context");
        var token = Expression.Parameter(typeof(Token), "token");
        var first = lambda.Parameters[0];
        var bound = Bind(
            lambda.Body,
            lambda.Parameters,
            p => ReferenceEquals(p, first) ? Expression.Convert(context, p.Type) : slots.ContainsKey(p.Name!) ? Access(token, tokenLevel, slots, p) : Expression.Default(p.Type),
            p => throw Unexpected(p));
        return cache.Compile(Expression.Lambda<Action<IContext, Token>>(bound, context, token));
    }

    private static UnaryExpression Access(ParameterExpression token, int tokenLevel, IReadOnlyDictionary<string, DeclarationSlot> slots, ParameterExpression parameter)
    {
        var slot = slots[parameter.Name!];
        Expression current = token;
        for (var level = tokenLevel; level > slot.Level; level--)
        {
            current = Expression.Field(current, ParentField);
        }

        return Expression.Convert(Expression.Field(current, ValueField), parameter.Type);
    }

    private static Expression Bind(Expression body, IReadOnlyList<ParameterExpression> parameters, Func<ParameterExpression, Expression> replace, Func<ParameterExpression, Expression> unknown)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        var used = UsedParameters(body);
        foreach (var p in parameters)
        {
            if (used.Contains(p.Name!))
            {
                map[p] = replace(p);
            }
        }

        return new ParameterReplacer(map, unknown).Visit(body);
    }

    private static InvalidOperationException Unexpected(ParameterExpression p) => new($"Unexpected parameter '{p.Name}'.");

    /// <summary>Whether values of <paramref name="type"/> hash consistently with <c>==</c>, so an equality join can be indexed.</summary>
    public static bool IsHashable(Type type, out bool needsRecheck)
    {
        needsRecheck = false;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(float) || t == typeof(double) || t == typeof(Half))
        {
            // NaN == NaN is false while NaN.Equals(NaN) is true: index, but keep the condition.
            needsRecheck = true;
            return true;
        }

        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan))
        {
            return true;
        }

        // Records: == is their value equality.
        if (t.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null)
        {
            needsRecheck = true;
            return true;
        }

        return false;
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        public HashSet<string> Names { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Names.Add(node.Name!);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            // Parameters of nested lambdas (e.g. in x.Items.Any(i => ...)) are not declarations.
            var inner = new ParameterCollector();
            inner.Visit(node.Body);
            foreach (var name in inner.Names)
            {
                if (!node.Parameters.Any(p => p.Name == name))
                {
                    Names.Add(name);
                }
            }

            return node;
        }
    }

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> map, Func<ParameterExpression, Expression> unknown) : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _nested = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (map.TryGetValue(node, out var replacement))
            {
                return replacement;
            }

            if (_nested.Contains(node))
            {
                return node;
            }

            foreach (var pair in map)
            {
                if (pair.Key.Name == node.Name)
                {
                    return pair.Value;
                }
            }

            return unknown(node);
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            foreach (var p in node.Parameters)
            {
                _nested.Add(p);
            }

            return base.VisitLambda(node);
        }
    }

    private sealed class ConstantFolder : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            var inner = node.Expression is null ? null : Visit(node.Expression);
            if (inner is ConstantExpression constant && constant.Value is not null && node.Member is FieldInfo field)
            {
                return Expression.Constant(field.GetValue(constant.Value), node.Type);
            }

            return node.Update(inner);
        }
    }

    private sealed class Canonicalizer(IReadOnlyDictionary<string, string> names, ConstantNumbering numbering) : ExpressionVisitor
    {
        private readonly Dictionary<string, ParameterExpression> _parameters = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!names.TryGetValue(node.Name!, out var name))
            {
                return node;
            }

            if (!_parameters.TryGetValue(name, out var p))
            {
                p = Expression.Parameter(node.Type, name + ":" + node.Type.FullName);
                _parameters.Add(name, p);
            }

            return p;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            var value = node.Value;
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
            {
                var text = value is null ? "null" : Convert.ToString(value, CultureInfo.InvariantCulture);
                return Expression.Parameter(node.Type, "const(" + node.Type.Name + ":" + text + ")");
            }

            return Expression.Parameter(node.Type, "ref#" + numbering.Number(value).ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>Numbers reference constants by identity, so that conditions sharing a node compare their constants by identity.</summary>
internal sealed class ConstantNumbering
{
    private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);

    public int Number(object value)
    {
        if (!_numbers.TryGetValue(value, out var number))
        {
            number = _numbers.Count + 1;
            _numbers.Add(value, number);
        }

        return number;
    }

    public static int Identity(object value) => RuntimeHelpers.GetHashCode(value);
}
