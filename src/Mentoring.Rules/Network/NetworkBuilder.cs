using System.Globalization;
using System.Linq.Expressions;
using Mentoring.Rules.RuleModel;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Network;

/// <summary>Validates rule definitions and compiles them into one Rete network, sharing identical nodes between rules.</summary>
internal sealed class NetworkBuilder
{
    private const int MaxBranches = 64;

    private readonly List<NetworkNode> _nodes = [];
    private readonly Dictionary<Type, TypeNode> _typeNodes = [];
    private readonly Dictionary<string, AlphaNode> _alphaNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BetaNode> _betaNodes = new(StringComparer.Ordinal);
    private readonly ConstantNumbering _constants = new();
    private readonly DelegateCache _delegates = new();
    private readonly IReadOnlyCollection<Type>? _factTypes;
    private readonly RootNode _root;

    public NetworkBuilder(IReadOnlyCollection<Type>? factTypes)
    {
        _factTypes = factTypes is { Count: > 0 } ? factTypes : null;
        _root = Add(new RootNode(0));
    }

    public static ReteNetwork Build(IReadOnlyList<RuleDefinition> rules, IReadOnlyCollection<Type>? factTypes)
    {
        var builder = new NetworkBuilder(factTypes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new List<CompiledRule>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!seen.Add(rule.Id))
            {
                throw new RuleCompilationException(rule.Id, $"duplicate rule id: another rule{(rule.RuleType is null ? string.Empty : " than " + rule.RuleType.FullName)} already uses '{rule.Id}'.");
            }

            compiled.Add(builder.AddRule(rule, i));
        }

        return new ReteNetwork(builder._root, builder._nodes, [.. builder._typeNodes.Values], compiled)
        {
            Compilations = builder._delegates.Compilations,
            CompilationHits = builder._delegates.Hits,
        };
    }

    /// <summary>Expands a left-hand side into conjunctive branches (disjunctive normal form over <see cref="OrElement"/>).</summary>
    public static List<List<RuleElement>> Expand(IReadOnlyList<RuleElement> elements, string ruleId)
    {
        var result = new List<List<RuleElement>> { new() };
        foreach (var element in elements)
        {
            List<List<RuleElement>> alternatives;
            if (element is AndElement and)
            {
                alternatives = Expand(and.Elements, ruleId);
            }
            else if (element is OrElement or)
            {
                if (or.Elements.Count == 0)
                {
                    throw new RuleCompilationException(ruleId, "an Or element has no alternatives.");
                }

                alternatives = [];
                foreach (var alternative in or.Elements)
                {
                    alternatives.AddRange(Expand([alternative], ruleId));
                }
            }
            else
            {
                alternatives = [[element]];
            }

            var next = new List<List<RuleElement>>();
            foreach (var prefix in result)
            {
                foreach (var alternative in alternatives)
                {
                    next.Add([.. prefix, .. alternative]);
                }
            }

            if (next.Count > MaxBranches)
            {
                throw new RuleCompilationException(ruleId, $"the Or elements expand into more than {MaxBranches} branches.");
            }

            result = next;
        }

        return result;
    }

    private T Add<T>(T node)
        where T : NetworkNode
    {
        _nodes.Add(node);
        return node;
    }

    private int NextId => _nodes.Count;

    private CompiledRule AddRule(RuleDefinition rule, int index)
    {
        var compiled = new CompiledRule(rule, index);
        var branches = Expand(rule.LeftHandSide.Elements, rule.Id);
        var allDeclarations = new HashSet<string>(StringComparer.Ordinal);
        var branchSlots = new List<Dictionary<string, DeclarationSlot>>();
        var branchLasts = new List<BetaNode>();
        foreach (var branch in branches)
        {
            var slots = new Dictionary<string, DeclarationSlot>(StringComparer.Ordinal);
            var last = BuildBranch(rule, branch, slots);
            branchSlots.Add(slots);
            branchLasts.Add(last);
            allDeclarations.UnionWith(slots.Keys);
        }

        foreach (var action in rule.Actions)
        {
            var lambda = action.Expression;
            if (lambda.Parameters.Count == 0 || !lambda.Parameters[0].Type.IsAssignableFrom(typeof(IContext)))
            {
                throw new RuleCompilationException(rule.Id, $"action `{lambda}` must take the IContext as its first parameter.");
            }

            foreach (var p in lambda.Parameters.Skip(1))
            {
                if (!allDeclarations.Contains(p.Name!))
                {
                    throw new RuleCompilationException(rule.Id, $"action `{lambda}` uses '{p.Name}', an unbound variable: no pattern, Let or Query binds it.");
                }
            }
        }

        for (var b = 0; b < branches.Count; b++)
        {
            var slots = branchSlots[b];
            var last = branchLasts[b];
            var terminalLevel = last.Level + 1;
            var actions = rule.Actions.Select(a => ExpressionTools.CompileAction(ExpressionTools.Fold(a.Expression), slots, terminalLevel, _delegates)).ToArray();
            var ordered = slots.Values.OrderBy(s => s.Level).ToList();
            var compiledBranch = new RuleBranch(compiled, b, branches[b], ordered, actions);
            var terminal = Add(new TerminalNode(NextId, rule.Id, last, compiledBranch));
            terminal.RuleIds.Add(rule.Id);
            compiledBranch.Terminal = terminal;
            compiled.Branches.Add(compiledBranch);
        }

        return compiled;
    }

    private BetaNode BuildBranch(RuleDefinition rule, List<RuleElement> elements, Dictionary<string, DeclarationSlot> slots)
    {
        BetaNode current = _root;
        for (var i = 0; i < elements.Count; i++)
        {
            var position = i + 1;
            switch (elements[i])
            {
                case PatternElement pattern:
                    current = BuildPattern(rule, position, "pattern", pattern, pattern.Conditions, current, slots, NodeKind.Join);
                    Bind(rule, slots, pattern.Declaration, current.Level, isFact: true);
                    break;
                case NotElement not:
                    current = BuildPattern(rule, position, "Not element", not.Pattern, not.Pattern.Conditions, current, slots, NodeKind.Not);
                    break;
                case ExistsElement exists:
                    current = BuildPattern(rule, position, "Exists element", exists.Pattern, exists.Pattern.Conditions, current, slots, NodeKind.Exists);
                    break;
                case ForAllElement all:
                    {
                        if (all.Conditions.Count == 0)
                        {
                            throw new RuleCompilationException(rule.Id, $"All element {position} has no conditions.");
                        }

                        var conditions = new List<LambdaExpression>(all.BasePattern.Conditions) { Negation(rule, all.Conditions) };
                        current = BuildPattern(rule, position, "All element", all.BasePattern, conditions, current, slots, NodeKind.Not);
                        break;
                    }

                case AggregateElement aggregate:
                    current = BuildAggregate(rule, position, aggregate, current, slots);
                    Bind(rule, slots, aggregate.Result, current.Level, isFact: false);
                    break;
                case BindingElement binding:
                    {
                        var lambda = ExpressionTools.Fold(binding.Expression);
                        CheckParameters(rule, $"Let `{binding.Declaration.Name}` expression `{binding.Expression}`", lambda, null, slots);
                        if (!binding.Declaration.Type.IsAssignableFrom(lambda.ReturnType))
                        {
                            throw new RuleCompilationException(rule.Id, $"Let `{binding.Declaration.Name}`: the expression returns {lambda.ReturnType.Name}, not {binding.Declaration.Type.Name}.");
                        }

                        var key = "let|" + current.Id + "|" + Canonical(lambda.Body, slots, null);
                        var parent = current;
                        current = Share(key, rule, () => new BindingNode(NextId, lambda.Body.ToString(), parent, ExpressionTools.CompileTokenFunction(lambda.Body, lambda.Parameters, slots, parent.Level, _delegates)));
                        Bind(rule, slots, binding.Declaration, current.Level, isFact: false);
                        break;
                    }

                case FilterElement filter:
                    {
                        var lambda = ExpressionTools.Fold(filter.Condition);
                        CheckParameters(rule, $"Having condition `{filter.Condition}`", lambda, null, slots);
                        CheckPredicate(rule, lambda);
                        var key = "filter|" + current.Id + "|" + Canonical(lambda.Body, slots, null);
                        var parent = current;
                        current = Share(key, rule, () => new FilterNode(NextId, lambda.Body.ToString(), parent, ExpressionTools.CompileTokenPredicate(lambda, slots, parent.Level, _delegates)));
                        break;
                    }

                default:
                    throw new RuleCompilationException(rule.Id, $"element {position} ({elements[i].GetType().Name}) is not supported here.");
            }
        }

        return current;
    }

    private static void Bind(RuleDefinition rule, Dictionary<string, DeclarationSlot> slots, Declaration declaration, int level, bool isFact)
    {
        if (!slots.TryAdd(declaration.Name, new DeclarationSlot(declaration, level, isFact)))
        {
            throw new RuleCompilationException(rule.Id, $"'{declaration.Name}' is bound twice.");
        }
    }

    private BetaNode BuildPattern(RuleDefinition rule, int position, string what, PatternElement pattern, IReadOnlyList<LambdaExpression> conditions, BetaNode parent, Dictionary<string, DeclarationSlot> slots, NodeKind kind)
    {
        var own = pattern.Declaration;
        if (slots.ContainsKey(own.Name))
        {
            throw new RuleCompilationException(rule.Id, $"{what} {position}: '{own.Name}' is already bound by an earlier element.");
        }

        CheckFactType(rule, position, what, pattern.FactType);
        var (memory, joins) = BuildAlpha(rule, position, what, pattern, conditions, slots);
        var (compiled, leftKey, rightKey, keyText) = BuildJoinConditions(own, joins, slots, parent.Level);
        var text = string.Join(" && ", joins.Select(j => Canonical(j.Body, slots, own.Name)));
        var key = kind + "|" + parent.Id + "|" + memory.Id + "|" + keyText + "|" + text;
        var description = $"{own.Type.Name}: {string.Join(" && ", joins.Select(j => j.Body.ToString()))}";
        BetaNode node = kind switch
        {
            NodeKind.Join => Share(key, rule, () => new JoinNode(NextId, description, parent, memory, compiled, leftKey, rightKey)),
            NodeKind.Not => Share(key, rule, () => new NegationNode(NextId, description, parent, memory, compiled, leftKey, rightKey, isExists: false)),
            _ => Share(key, rule, () => new NegationNode(NextId, description, parent, memory, compiled, leftKey, rightKey, isExists: true)),
        };
        return node;
    }

    private AggregateNode BuildAggregate(RuleDefinition rule, int position, AggregateElement aggregate, BetaNode parent, Dictionary<string, DeclarationSlot> slots)
    {
        var source = aggregate.Source;
        var own = source.Declaration;
        if (slots.ContainsKey(own.Name))
        {
            throw new RuleCompilationException(rule.Id, $"Query {position}: '{own.Name}' is already bound by an earlier element.");
        }

        CheckFactType(rule, position, "Query source", source.FactType);
        Type resultType;
        Func<object, object?>? keySelector = null;
        Type? keyType = null;
        var keyText = string.Empty;
        switch (aggregate.Kind)
        {
            case AggregateKind.Collect:
                resultType = source.FactType.MakeArrayType();
                break;
            case AggregateKind.Count:
                resultType = typeof(int);
                break;
            case AggregateKind.GroupBy:
                {
                    var selector = aggregate.KeySelector is null ? null : ExpressionTools.Fold(aggregate.KeySelector);
                    if (selector is null || selector.Parameters.Count != 1 || !selector.Parameters[0].Type.IsAssignableFrom(source.FactType))
                    {
                        throw new RuleCompilationException(rule.Id, $"Query {position}: GroupBy needs a key selector over the source fact.");
                    }

                    keyType = selector.ReturnType;
                    keySelector = ExpressionTools.CompileFactFunction(selector.Body, selector.Parameters, selector.Parameters[0].Name!, _delegates);
                    keyText = Canonical(selector.Body, new Dictionary<string, DeclarationSlot>(), selector.Parameters[0].Name);
                    resultType = typeof(Grouping<,>).MakeGenericType(keyType, source.FactType);
                    break;
                }

            default:
                throw new RuleCompilationException(rule.Id, $"Query {position}: unknown aggregate kind {aggregate.Kind}.");
        }

        if (!aggregate.Result.Type.IsAssignableFrom(resultType))
        {
            throw new RuleCompilationException(rule.Id, $"Query {position}: a {aggregate.Kind} result cannot be bound to '{aggregate.Result.Name}' of type {aggregate.Result.Type.Name}.");
        }

        var (memory, joins) = BuildAlpha(rule, position, "Query source", source, source.Conditions, slots);
        var (compiled, leftKey, rightKey, indexText) = BuildJoinConditions(own, joins, slots, parent.Level);
        var text = string.Join(" && ", joins.Select(j => Canonical(j.Body, slots, own.Name)));
        var key = "aggregate|" + aggregate.Kind + "|" + keyText + "|" + parent.Id + "|" + memory.Id + "|" + indexText + "|" + text;
        var description = $"{aggregate.Kind} {own.Type.Name}: {string.Join(" && ", joins.Select(j => j.Body.ToString()))} {keyText}";
        return Share(key, rule, () => new AggregateNode(NextId, description, parent, memory, compiled, leftKey, rightKey, aggregate.Kind, source.FactType, keySelector, keyType));
    }

    private (AlphaMemoryNode Memory, List<LambdaExpression> Joins) BuildAlpha(RuleDefinition rule, int position, string what, PatternElement pattern, IReadOnlyList<LambdaExpression> conditions, Dictionary<string, DeclarationSlot> slots)
    {
        var own = pattern.Declaration;
        if (!_typeNodes.TryGetValue(own.Type, out var typeNode))
        {
            typeNode = Add(new TypeNode(NextId, own.Type));
            _typeNodes.Add(own.Type, typeNode);
        }

        AddRule(typeNode, rule);
        AlphaNodeBase current = typeNode;
        var joins = new List<LambdaExpression>();
        foreach (var raw in conditions)
        {
            var lambda = ExpressionTools.Fold(raw);
            CheckParameters(rule, $"{what} {position} condition `{raw}`", lambda, own, slots);
            CheckPredicate(rule, lambda);
            var used = ExpressionTools.UsedParameters(lambda.Body);
            if (used.Count == 0 || (used.Count == 1 && used.Contains(own.Name)))
            {
                var key = current.Id + "|" + Canonical(lambda.Body, slots, own.Name);
                if (!_alphaNodes.TryGetValue(key, out var alpha))
                {
                    alpha = Add(new AlphaNode(NextId, lambda.Body.ToString(), ExpressionTools.CompileFactPredicate(lambda, own.Type, _delegates)));
                    _alphaNodes.Add(key, alpha);
                    current.Children.Add(alpha);
                }

                AddRule(alpha, rule);
                current = alpha;
            }
            else
            {
                joins.Add(lambda);
            }
        }

        var memory = current.Memory ??= Add(new AlphaMemoryNode(NextId, current.Description));
        AddRule(memory, rule);
        return (memory, joins);
    }

    private (Func<Token, object, bool>[] Conditions, Func<Token, object?>? LeftKey, Func<object, object?>? RightKey, string KeyText) BuildJoinConditions(Declaration own, List<LambdaExpression> joins, Dictionary<string, DeclarationSlot> slots, int leftLevel)
    {
        Func<Token, object?>? leftKey = null;
        Func<object, object?>? rightKey = null;
        var keyText = string.Empty;
        var compiled = new List<Func<Token, object, bool>>();
        foreach (var lambda in joins)
        {
            if (leftKey is null && TrySplitEquality(lambda, own.Name, out var factSide, out var tokenSide, out var recheck))
            {
                rightKey = ExpressionTools.CompileFactFunction(factSide, lambda.Parameters, own.Name, _delegates);
                leftKey = ExpressionTools.CompileTokenFunction(tokenSide, lambda.Parameters, slots, leftLevel, _delegates);
                keyText = "key:" + lambda.Body;
                if (!recheck)
                {
                    continue;
                }
            }

            compiled.Add(ExpressionTools.CompileJoinPredicate(lambda.Body, lambda.Parameters, own.Name, slots, leftLevel, _delegates));
        }

        return ([.. compiled], leftKey, rightKey, keyText);
    }

    /// <summary>Detects <c>f(fact) == g(earlier bindings)</c> (either way round) with a hash-consistent type.</summary>
    private static bool TrySplitEquality(LambdaExpression lambda, string own, out Expression factSide, out Expression tokenSide, out bool recheck)
    {
        factSide = tokenSide = null!;
        recheck = false;
        if (lambda.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type
            || !ExpressionTools.IsHashable(equal.Left.Type, out recheck))
        {
            return false;
        }

        var left = ExpressionTools.UsedParameters(equal.Left);
        var right = ExpressionTools.UsedParameters(equal.Right);
        if (left.Count == 1 && left.Contains(own) && right.Count > 0 && !right.Contains(own))
        {
            factSide = equal.Left;
            tokenSide = equal.Right;
            return true;
        }

        if (right.Count == 1 && right.Contains(own) && left.Count > 0 && !left.Contains(own))
        {
            factSide = equal.Right;
            tokenSide = equal.Left;
            return true;
        }

        return false;
    }

    private TNode Share<TNode>(string key, RuleDefinition rule, Func<TNode> create)
        where TNode : BetaNode
    {
        if (!_betaNodes.TryGetValue(key, out var node))
        {
            node = Add(create());
            _betaNodes.Add(key, node);
        }

        AddRule(node, rule);
        return (TNode)node;
    }

    private static void AddRule(NetworkNode node, RuleDefinition rule)
    {
        if (node.RuleIds.Count == 0 || node.RuleIds[^1] != rule.Id)
        {
            node.RuleIds.Add(rule.Id);
        }
    }

    private string Canonical(Expression body, IReadOnlyDictionary<string, DeclarationSlot> slots, string? own)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in slots)
        {
            names[pair.Key] = "$L" + pair.Value.Level.ToString(CultureInfo.InvariantCulture);
        }

        if (own is not null)
        {
            names[own] = "$f";
        }

        return ExpressionTools.Canonical(body, names, _constants);
    }

    private void CheckFactType(RuleDefinition rule, int position, string what, Type type)
    {
        if (type.IsValueType || type.IsPointer || type.IsByRef || type.ContainsGenericParameters || (type.IsAbstract && type.IsSealed))
        {
            throw new RuleCompilationException(rule.Id, $"{what} {position} matches {type.FullName}, a type that can never be inserted as a fact (facts are instances of classes, records or interfaces).");
        }

        if (_factTypes is not null && !_factTypes.Any(t => type.IsAssignableFrom(t) || t.IsAssignableFrom(type)))
        {
            throw new RuleCompilationException(rule.Id, $"{what} {position} matches {type.FullName}, which is not a fact type declared to the repository ({string.Join(", ", _factTypes.Select(t => t.Name))}).");
        }
    }

    private static void CheckParameters(RuleDefinition rule, string what, LambdaExpression lambda, Declaration? own, Dictionary<string, DeclarationSlot> slots)
    {
        foreach (var p in lambda.Parameters)
        {
            Type type;
            if (own is not null && p.Name == own.Name)
            {
                type = own.Type;
            }
            else if (slots.TryGetValue(p.Name!, out var slot))
            {
                type = slot.Declaration.Type;
            }
            else
            {
                throw new RuleCompilationException(rule.Id, $"{what} uses '{p.Name}', an unbound variable: no earlier pattern, Let or Query binds it.");
            }

            if (!p.Type.IsAssignableFrom(type))
            {
                throw new RuleCompilationException(rule.Id, $"{what}: parameter '{p.Name}' is {p.Type.Name}, but '{p.Name}' is bound to {type.Name}.");
            }
        }
    }

    private static void CheckPredicate(RuleDefinition rule, LambdaExpression lambda)
    {
        if (lambda.ReturnType != typeof(bool))
        {
            throw new RuleCompilationException(rule.Id, $"condition `{lambda}` must return bool.");
        }
    }

    /// <summary>Builds <c>!(c1 &amp;&amp; c2 ...)</c> over the union of the conditions' parameters (unified by name).</summary>
    private static LambdaExpression Negation(RuleDefinition rule, IReadOnlyList<LambdaExpression> conditions)
    {
        var parameters = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        Expression? body = null;
        foreach (var condition in conditions)
        {
            CheckPredicate(rule, condition);
            var map = new Dictionary<ParameterExpression, Expression>();
            foreach (var p in condition.Parameters)
            {
                if (!parameters.TryGetValue(p.Name!, out var unified))
                {
                    unified = p;
                    parameters.Add(p.Name!, p);
                }

                map[p] = unified;
            }

            var rewritten = new Replacer(map).Visit(condition.Body);
            body = body is null ? rewritten : Expression.AndAlso(body, rewritten);
        }

        return Expression.Lambda(Expression.Not(body!), parameters.Values);
    }

    private sealed class Replacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var r) ? r : node;
    }
}
