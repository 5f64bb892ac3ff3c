namespace Mentoring.Rules.Network;

/// <summary>Callbacks from the network to the session that owns a <see cref="ReteState"/>.</summary>
internal interface IReteHost
{
    void OnActivationCreated(Activation activation);

    void OnActivationDeleted(Activation activation);
}

/// <summary>The per-session memory of a beta node: its active output tokens and, for two-input nodes, hash indexes.</summary>
internal sealed class BetaMemory
{
    private static readonly object NullKey = new();

    public Token? Head;
    public Token? Tail;
    public int Count;

    public Dictionary<object, List<Token>>? LeftIndex;
    public Dictionary<object, List<FactHandle>>? RightIndex;

    /// <summary>For not/exists/aggregate nodes: which state tokens a right fact contributes to.</summary>
    public Dictionary<FactHandle, List<Token>>? Links;

    public static object Key(object? value) => value ?? NullKey;

    public void Append(Token token)
    {
        token.PrevInMemory = Tail;
        token.NextInMemory = null;
        if (Tail is null)
        {
            Head = token;
        }
        else
        {
            Tail.NextInMemory = token;
        }

        Tail = token;
        Count++;
    }

    public void Unlink(Token token)
    {
        if (token.PrevInMemory is null)
        {
            Head = token.NextInMemory;
        }
        else
        {
            token.PrevInMemory.NextInMemory = token.NextInMemory;
        }

        if (token.NextInMemory is null)
        {
            Tail = token.PrevInMemory;
        }
        else
        {
            token.NextInMemory.PrevInMemory = token.PrevInMemory;
        }

        token.NextInMemory = null;
        token.PrevInMemory = null;
        Count--;
    }

    public void AddLeft(object key, Token token)
    {
        var index = LeftIndex ??= [];
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new List<Token>(2);
            index.Add(key, bucket);
        }

        bucket.Add(token);
    }

    public List<Token>? LeftBucket(object key) =>
        LeftIndex is not null && LeftIndex.TryGetValue(key, out var bucket) ? bucket : null;

    public void RemoveLeft(object key, Token token)
    {
        if (LeftIndex is null)
        {
            return;
        }

        if (LeftIndex.TryGetValue(key, out var bucket) && RemoveFrom(bucket, token))
        {
            if (bucket.Count == 0)
            {
                LeftIndex.Remove(key);
            }

            return;
        }

        // The key changed since the token was indexed (a fact mutated in place before Update): scan.
        foreach (var pair in LeftIndex)
        {
            if (RemoveFrom(pair.Value, token))
            {
                if (pair.Value.Count == 0)
                {
                    LeftIndex.Remove(pair.Key);
                }

                return;
            }
        }
    }

    public void AddRight(object key, FactHandle fact)
    {
        var index = RightIndex ??= [];
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new List<FactHandle>(2);
            index.Add(key, bucket);
        }

        bucket.Add(fact);
    }

    public List<FactHandle>? RightBucket(object key) =>
        RightIndex is not null && RightIndex.TryGetValue(key, out var bucket) ? bucket : null;

    public void RemoveRight(object key, FactHandle fact)
    {
        if (RightIndex is null)
        {
            return;
        }

        if (RightIndex.TryGetValue(key, out var bucket) && RemoveFrom(bucket, fact))
        {
            if (bucket.Count == 0)
            {
                RightIndex.Remove(key);
            }

            return;
        }

        foreach (var pair in RightIndex)
        {
            if (RemoveFrom(pair.Value, fact))
            {
                if (pair.Value.Count == 0)
                {
                    RightIndex.Remove(pair.Key);
                }

                return;
            }
        }
    }

    public void Link(FactHandle fact, Token state)
    {
        var links = Links ??= [];
        if (!links.TryGetValue(fact, out var list))
        {
            list = new List<Token>(1);
            links.Add(fact, list);
        }

        list.Add(state);
    }

    public void Unlink(FactHandle fact, Token state)
    {
        if (Links is not null && Links.TryGetValue(fact, out var list))
        {
            RemoveFrom(list, state);
            if (list.Count == 0)
            {
                Links.Remove(fact);
            }
        }
    }

    private static bool RemoveFrom<T>(List<T> list, T item)
        where T : class
    {
        // Swap-remove: buckets are unordered (the agenda orders activations, not the buckets).
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(list[i], item))
            {
                var last = list.Count - 1;
                list[i] = list[last];
                list.RemoveAt(last);
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The working memory of one session over a shared, immutable <see cref="ReteNetwork"/>:
/// node memories (created lazily), propagation, cascading token removal and deferred aggregate refresh.
/// </summary>
internal sealed class ReteState
{
    private readonly object?[] _memories;
    private readonly IReteHost _host;
    private readonly List<Token> _dirty = [];
    private long _activationSequence;

    public ReteState(ReteNetwork network, IReteHost host)
    {
        Network = network;
        _host = host;
        _memories = new object?[network.NodeCount];
        var root = network.Root;
        var rootToken = new Token(null, root, null, null, 0);
        Activate(rootToken);
        Flush();
    }

    public ReteNetwork Network { get; }

    public BetaMemory Beta(BetaNode node) =>
        (BetaMemory)(_memories[node.Id] ??= new BetaMemory());

    public HashSet<FactHandle> Alpha(AlphaMemoryNode node) =>
        (HashSet<FactHandle>)(_memories[node.Id] ??= new HashSet<FactHandle>());

    public bool HasMemory(NetworkNode node) => _memories[node.Id] is not null;

    public long NextActivationSequence() => ++_activationSequence;

    public void Insert(FactHandle fact)
    {
        var typeNodes = Network.Dispatch(fact.Object.GetType());
        for (var i = 0; i < typeNodes.Length; i++)
        {
            typeNodes[i].Activate(this, fact);
        }
    }

    public void Retract(FactHandle fact)
    {
        // 1. Forget the fact in alpha memories and in the right indexes of the nodes they feed.
        var first = fact.FirstMemory;
        if (first is not null)
        {
            RemoveFromMemory(first, fact);
            if (fact.MoreMemories is { } more)
            {
                for (var i = 0; i < more.Count; i++)
                {
                    RemoveFromMemory(more[i], fact);
                }
            }
        }

        // 2. Remove every partial match holding the fact (with everything derived from it).
        while (fact.FirstToken is { } token)
        {
            RemoveToken(token);
        }

        // 3. Let negations and aggregates react to the fact leaving.
        if (first is not null)
        {
            RightRetracted(first, fact);
            if (fact.MoreMemories is { } more)
            {
                for (var i = 0; i < more.Count; i++)
                {
                    RightRetracted(more[i], fact);
                }
            }
        }

        fact.FirstMemory = null;
        fact.MoreMemories = null;
    }

    private void RemoveFromMemory(AlphaMemoryNode memory, FactHandle fact)
    {
        Alpha(memory).Remove(fact);
        var successors = memory.Successors;
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].RightRemove(this, fact);
        }
    }

    private void RightRetracted(AlphaMemoryNode memory, FactHandle fact)
    {
        var successors = memory.Successors;
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].RightRetracted(this, fact);
        }
    }

    /// <summary>Makes a token active: stores it in its node's memory and propagates it to the node's children.</summary>
    public void Activate(Token token)
    {
        token.IsActive = true;
        var node = token.Node;
        Beta(node).Append(token);
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftActivate(this, token);
        }

        if (token is Activation activation)
        {
            _host.OnActivationCreated(activation);
        }
    }

    /// <summary>Withdraws an active token: removes everything derived from it and forgets it in its memory.</summary>
    public void Deactivate(Token token)
    {
        if (!token.IsActive)
        {
            return;
        }

        token.IsActive = false;
        RemoveChildren(token);
        var node = token.Node;
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftRemoved(this, token);
        }

        Beta(node).Unlink(token);
        if (token is Activation activation)
        {
            _host.OnActivationDeleted(activation);
        }
    }

    /// <summary>Removes a token for good, with everything derived from it.</summary>
    public void RemoveToken(Token token)
    {
        if (token.IsDead)
        {
            return;
        }

        if (token.IsActive)
        {
            Deactivate(token);
        }
        else
        {
            RemoveChildren(token);
        }

        token.Node.TokenRemoved(this, token);
        token.Parent?.UnlinkChild(token);
        token.Fact?.UnlinkToken(token);
        token.IsDead = true;
    }

    private void RemoveChildren(Token token)
    {
        while (token.FirstChild is { } child)
        {
            RemoveToken(child);
        }
    }

    public void MarkDirty(Token aggregateState) => _dirty.Add(aggregateState);

    /// <summary>Refreshes the outputs of the aggregates changed since the last flush (aggregates are batched per operation).</summary>
    public void Flush()
    {
        for (var i = 0; i < _dirty.Count; i++)
        {
            var state = _dirty[i];
            if (!state.IsDead)
            {
                ((AggregateNode)state.Node).Refresh(this, state);
            }
        }

        _dirty.Clear();
    }

    /// <summary>Active complete matches of a terminal node (for explanation, inspection and tests).</summary>
    public IEnumerable<Activation> Matches(TerminalNode terminal)
    {
        if (!HasMemory(terminal))
        {
            yield break;
        }

        for (var t = Beta(terminal).Head; t is not null; t = t.NextInMemory)
        {
            yield return (Activation)t;
        }
    }
}
