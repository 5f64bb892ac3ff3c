using System.Collections.Concurrent;

namespace Mentoring.Rules.Network;

/// <summary>A compiled, immutable Rete network shared by all sessions of a factory. Also the internal inspection API.</summary>
internal sealed class ReteNetwork
{
    private readonly ConcurrentDictionary<Type, TypeNode[]> _dispatch = new();
    private readonly Func<Type, TypeNode[]> _resolve;

    public ReteNetwork(RootNode root, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<TypeNode> typeNodes, IReadOnlyList<CompiledRule> rules)
    {
        Root = root;
        Nodes = nodes;
        TypeNodes = typeNodes;
        Rules = rules;
        RulesById = rules.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
        _resolve = Resolve;
    }

    public RootNode Root { get; }

    /// <summary>How many delegates the build compiled (see <see cref="DelegateCache"/>).</summary>
    public int Compilations { get; init; }

    /// <summary>How many compilations the build avoided by sharing a delegate or a template.</summary>
    public int CompilationHits { get; init; }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public int NodeCount => Nodes.Count;

    public IReadOnlyList<TypeNode> TypeNodes { get; }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyDictionary<string, CompiledRule> RulesById { get; }

    /// <summary>The type nodes a fact of <paramref name="type"/> enters (cached per runtime type; thread-safe).</summary>
    public TypeNode[] Dispatch(Type type) => _dispatch.GetOrAdd(type, _resolve);

    public int CountNodes(NodeKind kind) => Nodes.Count(n => n.Kind == kind);

    public IEnumerable<NetworkNode> NodesOf(string ruleId) => Nodes.Where(n => n.RuleIds.Contains(ruleId));

    private TypeNode[] Resolve(Type type)
    {
        var result = new List<TypeNode>();
        foreach (var node in TypeNodes)
        {
            if (node.Type.IsAssignableFrom(type))
            {
                result.Add(node);
            }
        }

        return [.. result];
    }

    /// <summary>A text dump of the network, one node per line, for maintainers.</summary>
    public string Describe() => string.Join(Environment.NewLine, Nodes.Select(n => n.ToString() + " [" + string.Join(", ", n.RuleIds) + "]"));
}
