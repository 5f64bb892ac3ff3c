using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace Mentoring.Rules.Network;

/// <summary>
/// Shares compiled delegates between structurally identical expressions within one network build.
/// The key is a structural text of the final (token/fact-bound) lambda: node kinds, types and members by identity,
/// constants as numbered holes. An exact repeat (same constants) reuses the delegate; a shape seen again with other
/// constants is compiled once as a template taking the constants as an array, and each use binds its own array.
/// The first use of a shape is compiled directly (constants inlined), so one-off expressions pay no indirection.
/// </summary>
internal sealed class DelegateCache
{
    private readonly Dictionary<string, Delegate> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Delegate?> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _text = new();
    private readonly List<ConstantExpression> _constants = [];

    /// <summary>Delegates produced by <see cref="LambdaExpression.Compile()"/> (templates included).</summary>
    public int Compilations { get; private set; }

    /// <summary>Requests answered without compiling.</summary>
    public int Hits { get; private set; }

    public TDelegate Compile<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        _text.Clear();
        _constants.Clear();
        _text.Append(Id(typeof(TDelegate))).Append('|');
        if (!Write(lambda))
        {
            Compilations++;
            return lambda.Compile();
        }

        var shape = _text.ToString();
        foreach (var constant in _constants)
        {
            _text.Append('|');
            AppendConstant(constant.Value!);
        }

        var exact = _text.ToString();
        if (_exact.TryGetValue(exact, out var cached))
        {
            Hits++;
            return (TDelegate)cached;
        }

        TDelegate result;
        if (_constants.Count == 0 || !_templates.TryGetValue(shape, out var template))
        {
            if (_constants.Count > 0)
            {
                _templates.Add(shape, null);
            }

            Compilations++;
            result = lambda.Compile();
        }
        else
        {
            if (template is null)
            {
                template = CompileTemplate(lambda);
                _templates[shape] = template;
                Compilations++;
            }
            else
            {
                Hits++;
            }

            var values = new object?[_constants.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = _constants[i].Value;
            }

            result = Bind<TDelegate>(template, values);
        }

        _exact.Add(exact, result);
        return result;
    }

    private Delegate CompileTemplate(LambdaExpression lambda)
    {
        var array = Expression.Parameter(typeof(object[]), "constants");
        var indexes = new Dictionary<ConstantExpression, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _constants.Count; i++)
        {
            indexes.TryAdd(_constants[i], i);
        }

        var body = new Hoister(array, indexes).Visit(lambda.Body);
        var types = new List<Type> { typeof(object[]) };
        types.AddRange(lambda.Parameters.Select(p => p.Type));
        types.Add(lambda.ReturnType);
        var delegateType = lambda.ReturnType == typeof(void)
            ? Expression.GetActionType([.. types.Take(types.Count - 1)])
            : Expression.GetFuncType([.. types]);
        return Expression.Lambda(delegateType, body, [array, .. lambda.Parameters]).Compile();
    }

    private static TDelegate Bind<TDelegate>(Delegate template, object?[] constants)
        where TDelegate : Delegate
    {
        var arguments = typeof(TDelegate).GetGenericArguments();
        var definition = typeof(TDelegate).GetGenericTypeDefinition();
        Type binder;
        if (definition == typeof(Func<,>))
        {
            binder = typeof(BoundFunc<,>).MakeGenericType(arguments);
        }
        else if (definition == typeof(Func<,,>))
        {
            binder = typeof(BoundFunc<,,>).MakeGenericType(arguments);
        }
        else if (definition == typeof(Action<,>))
        {
            binder = typeof(BoundAction<,>).MakeGenericType(arguments);
        }
        else
        {
            throw new InvalidOperationException($"No binder for {typeof(TDelegate)}.");
        }

        var target = Activator.CreateInstance(binder, constants, template)!;
        return (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), target, "Invoke");
    }

    private int Id(object value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count + 1;
            _ids.Add(value, id);
        }

        return id;
    }

    private void AppendConstant(object value)
    {
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal)
        {
            _text.Append('v').Append(Id(type)).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
        else
        {
            _text.Append('r').Append(Id(value));
        }
    }

    /// <summary>Writes the structural key; false for node kinds it does not describe (those are compiled without sharing).</summary>
    private bool Write(Expression? node)
    {
        if (node is null)
        {
            _text.Append('_');
            return true;
        }

        _text.Append('(').Append((int)node.NodeType).Append(':').Append(Id(node.Type)).Append(' ');
        var ok = node switch
        {
            ConstantExpression constant => WriteConstant(constant),
            ParameterExpression parameter => Append("p" + parameter.Name),
            MemberExpression member => Append("m" + Id(member.Member)) && Write(member.Expression),
            MethodCallExpression call => Append("c" + Id(call.Method)) && Write(call.Object) && WriteAll(call.Arguments),
            UnaryExpression unary => Append("u" + (unary.Method is null ? 0 : Id(unary.Method))) && Write(unary.Operand),
            BinaryExpression binary => binary.Conversion is null && Append("b" + (binary.Method is null ? 0 : Id(binary.Method)) + (binary.IsLiftedToNull ? "L" : string.Empty)) && Write(binary.Left) && Write(binary.Right),
            ConditionalExpression conditional => Write(conditional.Test) && Write(conditional.IfTrue) && Write(conditional.IfFalse),
            NewExpression create => create.Members is null && Append("n" + (create.Constructor is null ? 0 : Id(create.Constructor))) && WriteAll(create.Arguments),
            NewArrayExpression array => WriteAll(array.Expressions),
            TypeBinaryExpression test => Append("t" + Id(test.TypeOperand)) && Write(test.Expression),
            LambdaExpression inner => WriteAll(inner.Parameters) && Write(inner.Body),
            InvocationExpression invoke => Write(invoke.Expression) && WriteAll(invoke.Arguments),
            DefaultExpression => true,
            _ => false,
        };
        _text.Append(')');
        return ok;
    }

    private bool WriteAll<T>(IReadOnlyList<T> nodes)
        where T : Expression
    {
        _text.Append('[').Append(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Write(nodes[i]))
            {
                return false;
            }
        }

        _text.Append(']');
        return true;
    }

    private bool Append(string text)
    {
        _text.Append(text);
        return true;
    }

    private bool WriteConstant(ConstantExpression constant)
    {
        if (constant.Value is null)
        {
            _text.Append("null");
            return true;
        }

        _text.Append('$').Append(_constants.Count);
        _constants.Add(constant);
        return true;
    }

    private sealed class Hoister(ParameterExpression array, Dictionary<ConstantExpression, int> indexes) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) =>
            indexes.TryGetValue(node, out var i)
                ? Expression.Convert(Expression.ArrayIndex(array, Expression.Constant(i)), node.Type)
                : node;
    }

    private sealed class BoundFunc<T1, TResult>(object?[] constants, Func<object?[], T1, TResult> template)
    {
        public TResult Invoke(T1 a) => template(constants, a);
    }

    private sealed class BoundFunc<T1, T2, TResult>(object?[] constants, Func<object?[], T1, T2, TResult> template)
    {
        public TResult Invoke(T1 a, T2 b) => template(constants, a, b);
    }

    private sealed class BoundAction<T1, T2>(object?[] constants, Action<object?[], T1, T2> template)
    {
        public void Invoke(T1 a, T2 b) => template(constants, a, b);
    }
}
