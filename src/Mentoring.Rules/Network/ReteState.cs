namespace Mentoring.Rules.Network;

/// <summary>Callbacks from the network to the session that owns a <see cref="ReteState"/>.</summary>
internal interface IReteHost
{
    void OnActivationCreated(Activation activation);

    void OnActivationDeleted(Activation activation);

    void OnActivationModified(Activation activation);
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

    /// <summary>The key each left token was indexed under (kept, so that a token whose values changed in place is found and moved).</summary>
    public Dictionary<Token, object>? LeftKeys;

    /// <summary>The key each right fact was indexed under (facts may be mutated in place before <c>Update</c>).</summary>
    public Dictionary<FactHandle, object>? RightKeys;

    public void AddLeft(object key, Token token)
    {
        AddToBucket(LeftIndex ??= [], key, token);
        (LeftKeys ??= []).Add(token, key);
    }

    public List<Token>? LeftBucket(object key) =>
        LeftIndex is not null && LeftIndex.TryGetValue(key, out var bucket) ? bucket : null;

    public void RemoveLeft(Token token)
    {
        if (LeftKeys is not null && LeftKeys.Remove(token, out var key))
        {
            RemoveFromBucket(LeftIndex!, key, token);
        }
    }

    /// <summary>Re-indexes a left token under <paramref name="key"/>; false when the key did not change.</summary>
    public bool MoveLeft(Token token, object key)
    {
        ref var stored = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(LeftKeys!, token);
        if (Equals(stored, key))
        {
            return false;
        }

        RemoveFromBucket(LeftIndex!, stored, token);
        stored = key;
        AddToBucket(LeftIndex!, key, token);
        return true;
    }

    public void AddRight(object key, FactHandle fact)
    {
        AddToBucket(RightIndex ??= [], key, fact);
        (RightKeys ??= new(FactHandleComparer.Instance)).Add(fact, key);
    }

    public List<FactHandle>? RightBucket(object key) =>
        RightIndex is not null && RightIndex.TryGetValue(key, out var bucket) ? bucket : null;

    public void RemoveRight(FactHandle fact)
    {
        if (RightKeys is not null && RightKeys.Remove(fact, out var key))
        {
            RemoveFromBucket(RightIndex!, key, fact);
        }
    }

    /// <summary>Re-indexes a right fact under <paramref name="key"/>; false when the key did not change.</summary>
    public bool MoveRight(FactHandle fact, object key)
    {
        ref var stored = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(RightKeys!, fact);
        if (Equals(stored, key))
        {
            return false;
        }

        RemoveFromBucket(RightIndex!, stored, fact);
        stored = key;
        AddToBucket(RightIndex!, key, fact);
        return true;
    }

    private static void AddToBucket<T>(Dictionary<object, List<T>> index, object key, T item)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new List<T>(2);
            index.Add(key, bucket);
        }

        bucket.Add(item);
    }

    private static void RemoveFromBucket<T>(Dictionary<object, List<T>> index, object key, T item)
        where T : class
    {
        if (index.TryGetValue(key, out var bucket) && RemoveFrom(bucket, item) && bucket.Count == 0)
        {
            index.Remove(key);
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
/// The per-session memory of an alpha memory node: its facts in slots, enumerated in slot order. A removed fact's slot
/// is reused by the next fact added (the last freed first), which is exactly the order the <c>HashSet</c> used before
/// had — enumeration order drives the order of matches — without hashing: each fact knows its slot
/// (<see cref="FactHandle.Slot"/>).
/// </summary>
internal sealed class AlphaMemory
{
    private FactHandle?[] _slots = new FactHandle?[4];
    private int[]? _free;
    private int _freeCount;

    /// <summary>Slots in use or freed: [0, End).</summary>
    public int End { get; private set; }

    public FactHandle? this[int slot] => _slots[slot];

    /// <summary>Stores a fact and returns its slot.</summary>
    public int Add(FactHandle fact)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _free![--_freeCount];
        }
        else
        {
            if (End == _slots.Length)
            {
                Array.Resize(ref _slots, End * 2);
            }

            slot = End++;
        }

        _slots[slot] = fact;
        return slot;
    }

    public void Remove(int slot)
    {
        _slots[slot] = null;
        var free = _free ??= new int[4];
        if (_freeCount == free.Length)
        {
            Array.Resize(ref _free, free.Length * 2);
        }

        _free[_freeCount++] = slot;
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
    private readonly List<AlphaMemoryNode> _newMemories = [];
    private readonly List<AlphaMemoryNode> _oldMemories = [];
    private readonly List<int> _oldSlots = [];
    private readonly Stack<List<Token>> _tokenLists = new();
    private long _activationSequence;
    private long _mark;
    private Type? _lastType;
    private TypeNode[] _lastNodes = [];

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

    public AlphaMemory Alpha(AlphaMemoryNode node) =>
        (AlphaMemory)(_memories[node.Id] ??= new AlphaMemory());

    public bool HasMemory(NetworkNode node) => _memories[node.Id] is not null;

    public long NextActivationSequence() => ++_activationSequence;

    /// <summary>A fresh stamp for <see cref="Token.Mark"/>/<see cref="FactHandle.Mark"/> (which pairs an update pass keeps).</summary>
    public long NextMark() => ++_mark;

    public List<Token> RentTokens() => _tokenLists.TryPop(out var list) ? list : new List<Token>(4);

    public void Return(List<Token> list)
    {
        list.Clear();
        _tokenLists.Push(list);
    }

    private TypeNode[] Dispatch(Type type)
    {
        if (!ReferenceEquals(type, _lastType))
        {
            _lastNodes = Network.Dispatch(type);
            _lastType = type;
        }

        return _lastNodes;
    }

    public void Insert(FactHandle fact)
    {
        var typeNodes = Dispatch(fact.Object.GetType());
        for (var i = 0; i < typeNodes.Length; i++)
        {
            typeNodes[i].Activate(this, fact);
        }
    }

    public void Retract(FactHandle fact)
    {
        // 1. Forget the fact in alpha memories and in the right indexes of the nodes they feed.
        var memoryCount = fact.MemoryCount;
        for (var i = 0; i < memoryCount; i++)
        {
            RemoveFromMemory(fact.Memory(i), fact.Slot(i), fact);
        }

        // 2. Remove every partial match holding the fact (with everything derived from it).
        while (fact.FirstToken is { } token)
        {
            RemoveToken(token);
        }

        // 3. Let negations and aggregates react to the fact leaving.
        for (var i = 0; i < memoryCount; i++)
        {
            RightRetracted(fact.Memory(i), fact);
        }

        fact.ClearMemories();
    }

    /// <summary>
    /// Propagates an update in place: the alpha conditions are re-evaluated; memories the fact left are retracted from,
    /// memories it stays in modify their successors' matches (kept matches are modified and re-activated, only the
    /// pairs whose conditions or keys changed are removed or created), and memories it entered are inserted into.
    /// </summary>
    public void Update(FactHandle fact)
    {
        var next = _newMemories;
        var old = _oldMemories;
        var oldSlots = _oldSlots;
        next.Clear();
        old.Clear();
        oldSlots.Clear();
        var value = fact.Object;
        var typeNodes = Dispatch(value.GetType());
        for (var i = 0; i < typeNodes.Length; i++)
        {
            CollectMemories(typeNodes[i], value, next);
        }

        for (var i = 0; i < fact.MemoryCount; i++)
        {
            old.Add(fact.Memory(i));
            oldSlots.Add(fact.Slot(i));
        }

        // 1. Memories the fact left: a retraction limited to them.
        for (var i = 0; i < old.Count; i++)
        {
            if (!next.Contains(old[i]))
            {
                RetractFrom(old[i], oldSlots[i], fact);
            }
        }

        // 2. Memories the fact stays in: modify in place (deeper successors first, as for an insert).
        fact.ClearMemories();
        for (var i = 0; i < old.Count; i++)
        {
            var memory = old[i];
            if (!next.Contains(memory))
            {
                continue;
            }

            fact.AddMemory(memory, oldSlots[i]);
            var successors = memory.Successors;
            for (var s = 0; s < successors.Count; s++)
            {
                successors[s].RightModify(this, fact);
            }
        }

        // 3. Memories the fact entered: an insertion limited to them.
        for (var i = 0; i < next.Count; i++)
        {
            if (!old.Contains(next[i]))
            {
                next[i].Activate(this, fact);
            }
        }

        next.Clear();
        old.Clear();
        oldSlots.Clear();
    }

    private static void CollectMemories(AlphaNodeBase node, object value, List<AlphaMemoryNode> into)
    {
        if (node.Memory is { } memory)
        {
            into.Add(memory);
        }

        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Condition(value))
            {
                CollectMemories(child, value, into);
            }
        }
    }

    private void RetractFrom(AlphaMemoryNode memory, int slot, FactHandle fact)
    {
        RemoveFromMemory(memory, slot, fact);
        var doomed = RentTokens();
        for (var t = fact.FirstToken; t is not null; t = t.NextForFact)
        {
            if (t.Node is BinaryBetaNode binary && ReferenceEquals(binary.Right, memory))
            {
                doomed.Add(t);
            }
        }

        for (var i = 0; i < doomed.Count; i++)
        {
            RemoveToken(doomed[i]);
        }

        Return(doomed);
        RightRetracted(memory, fact);
    }

    /// <summary>
    /// A token stays but its value (or a value above it) changed: sets the new value and lets the node's children
    /// re-evaluate what they derived from it (down to the terminal, which re-activates the match).
    /// </summary>
    public void ModifyToken(Token token, object? value)
    {
        if (!ReferenceEquals(token.Value, value))
        {
            SnapshotFired(token);
            token.Value = value;
        }

        var children = token.Node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftModify(this, token);
        }
    }

    /// <summary>Firing records read their match lazily: freeze those below a token whose value is about to change.</summary>
    private static void SnapshotFired(Token token)
    {
        for (var c = token.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c is Activation activation)
            {
                if (activation.Record is { } record)
                {
                    record.Snapshot();
                    activation.Record = null;
                }
            }
            else
            {
                SnapshotFired(c);
            }
        }
    }

    /// <summary>A complete match was modified in place: the host re-queues it.</summary>
    public void ModifyActivation(Activation activation)
    {
        if (activation.IsActive)
        {
            _host.OnActivationModified(activation);
        }
    }

    private void RemoveFromMemory(AlphaMemoryNode memory, int slot, FactHandle fact)
    {
        Alpha(memory).Remove(slot);
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
