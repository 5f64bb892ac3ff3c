namespace Mentoring.Rules.Network;

/// <summary>
/// A partial match: an immutable linked list of values (one per beta level) sharing its parent.
/// The mutable fields are bookkeeping: the children it produced (for cascading removal), its place in its node's memory,
/// and its place in the list of tokens holding a fact.
/// </summary>
internal class Token
{
    public readonly Token? Parent;
    public readonly BetaNode Node;
    public readonly FactHandle? Fact;
    public readonly int Level;

    /// <summary>The value bound at this level; replaced only by <see cref="ReteState.ModifyToken"/> (an update propagated in place).</summary>
    public object? Value;

    /// <summary>Sort key of this level for the agenda: the fact id, or the smallest fact id of an aggregate result, or 0.</summary>
    public long Order;

    public Token? FirstChild;
    public Token? LastChild;
    public Token? NextSibling;
    public Token? PrevSibling;

    public Token? NextInMemory;
    public Token? PrevInMemory;

    public Token? NextForFact;
    public Token? PrevForFact;

    public bool IsActive;
    public bool IsDead;
    public bool IsState;

    /// <summary>Scratch stamp of an update pass (see <see cref="ReteState.NextMark"/>).</summary>
    public long Mark;

    /// <summary>Node-specific state: blockers of a not/exists state token, the aggregate of an aggregate state token.</summary>
    public object? State;

    public Token(Token? parent, BetaNode node, object? value, FactHandle? fact, int level)
    {
        Parent = parent;
        Node = node;
        Value = value;
        Fact = fact;
        Level = level;
    }

    public void AppendChild(Token child)
    {
        child.PrevSibling = LastChild;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }

        LastChild = child;
    }

    public void PrependChild(Token child)
    {
        child.NextSibling = FirstChild;
        if (FirstChild is null)
        {
            LastChild = child;
        }
        else
        {
            FirstChild.PrevSibling = child;
        }

        FirstChild = child;
    }

    public void UnlinkChild(Token child)
    {
        if (child.PrevSibling is null)
        {
            FirstChild = child.NextSibling;
        }
        else
        {
            child.PrevSibling.NextSibling = child.NextSibling;
        }

        if (child.NextSibling is null)
        {
            LastChild = child.PrevSibling;
        }
        else
        {
            child.NextSibling.PrevSibling = child.PrevSibling;
        }

        child.NextSibling = null;
        child.PrevSibling = null;
    }

    /// <summary>The state token a node keeps for this (left) token; state tokens are prepended, so the search is short.</summary>
    public Token? FindState(BetaNode node)
    {
        for (var c = FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.IsState && ReferenceEquals(c.Node, node))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The value bound at <paramref name="level"/> (0 is the root).</summary>
    public object? ValueAt(int level)
    {
        var t = this;
        while (t.Level > level)
        {
            t = t.Parent!;
        }

        return t.Value;
    }

    public Token AtLevel(int level)
    {
        var t = this;
        while (t.Level > level)
        {
            t = t.Parent!;
        }

        return t;
    }
}

/// <summary>A working-memory element: one inserted fact, with its bookkeeping.</summary>
internal sealed class FactHandle
{
    public object Object;
    public readonly long Id;

    /// <summary>
    /// The alpha memories holding the fact, in the order it entered them, with the fact's slot in each: the first
    /// inline (most facts are in one), the others in an array of which <see cref="MemoryCount"/> - 1 entries are used.
    /// </summary>
    private AlphaMemoryNode? _firstMemory;
    private int _firstSlot;
    private MemoryEntry[]? _moreMemories;
    public Token? FirstToken;

    /// <summary>The activation that inserted this fact as a linked fact, if any.</summary>
    public Activation? LinkedOwner;
    public object? LinkedKey;

    /// <summary>Scratch stamp of an update pass (see <see cref="ReteState.NextMark"/>).</summary>
    public long Mark;

    /// <summary>
    /// Links to the state tokens of not/exists/aggregate nodes that count this fact (as a blocker or a member), so that
    /// an update or retraction finds them. Kept on the fact rather than in a per-node map keyed by fact: no hashing, and
    /// one small array per fact instead of a dictionary entry and a list per link.
    /// </summary>
    private FactLink[]? _links;
    private int _linkCount;

    public FactHandle(object value, long id)
    {
        Object = value;
        Id = id;
    }

    public int MemoryCount { get; private set; }

    public AlphaMemoryNode Memory(int index) => index == 0 ? _firstMemory! : _moreMemories![index - 1].Memory;

    /// <summary>The fact's slot in its <paramref name="index"/>-th memory (see <see cref="AlphaMemory"/>).</summary>
    public int Slot(int index) => index == 0 ? _firstSlot : _moreMemories![index - 1].Slot;

    /// <summary>The fact's slot in <paramref name="memory"/>, or -1 when it is not in it.</summary>
    public int SlotIn(AlphaMemoryNode memory)
    {
        for (var i = 0; i < MemoryCount; i++)
        {
            if (ReferenceEquals(Memory(i), memory))
            {
                return Slot(i);
            }
        }

        return -1;
    }

    public void AddMemory(AlphaMemoryNode memory, int slot)
    {
        if (MemoryCount == 0)
        {
            _firstMemory = memory;
            _firstSlot = slot;
        }
        else if (_moreMemories is null)
        {
            _moreMemories = new MemoryEntry[2];
            _moreMemories[0] = new MemoryEntry(memory, slot);
        }
        else
        {
            if (MemoryCount - 1 == _moreMemories.Length)
            {
                Array.Resize(ref _moreMemories, _moreMemories.Length * 2);
            }

            _moreMemories[MemoryCount - 1] = new MemoryEntry(memory, slot);
        }

        MemoryCount++;
    }

    /// <summary>Forgets the memories (the array is kept: an update re-adds the ones the fact stays in).</summary>
    public void ClearMemories()
    {
        _firstMemory = null;
        if (_moreMemories is not null)
        {
            Array.Clear(_moreMemories);
        }

        MemoryCount = 0;
    }

    /// <summary>Records that <paramref name="state"/>, a state token of <paramref name="node"/>, counts this fact.</summary>
    public void Link(BetaNode node, Token state)
    {
        var links = _links;
        if (links is null)
        {
            _links = links = new FactLink[2];
        }
        else if (_linkCount == links.Length)
        {
            Array.Resize(ref _links, links.Length * 2);
            links = _links;
        }

        links[_linkCount++] = new FactLink(node, state);
    }

    /// <summary>
    /// Forgets one link. Among the links of one node this is a swap-remove (the node's last link takes the removed one's
    /// place), the order the per-node lists had; the links of other nodes keep their order.
    /// </summary>
    public void Unlink(BetaNode node, Token state)
    {
        var links = _links;
        int found = -1, last = -1;
        for (var i = _linkCount - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(links![i].Node, node))
            {
                continue;
            }

            if (last < 0)
            {
                last = i;
            }

            if (ReferenceEquals(links[i].State, state))
            {
                found = i;
                break;
            }
        }

        if (found < 0)
        {
            return;
        }

        links![found] = links[last];
        _linkCount--;
        Array.Copy(links, last + 1, links, last, _linkCount - last);
        links[_linkCount] = default;
    }

    /// <summary>Removes the links of <paramref name="node"/> and appends their state tokens, in order, to <paramref name="into"/>.</summary>
    public void TakeLinks(BetaNode node, List<Token> into)
    {
        var links = _links;
        var kept = 0;
        for (var i = 0; i < _linkCount; i++)
        {
            var link = links![i];
            if (ReferenceEquals(link.Node, node))
            {
                into.Add(link.State);
            }
            else
            {
                links[kept++] = link;
            }
        }

        if (kept < _linkCount)
        {
            Array.Clear(links!, kept, _linkCount - kept);
            _linkCount = kept;
        }
    }

    public void LinkToken(Token token)
    {
        token.NextForFact = FirstToken;
        if (FirstToken is not null)
        {
            FirstToken.PrevForFact = token;
        }

        FirstToken = token;
    }

    public void UnlinkToken(Token token)
    {
        if (token.PrevForFact is null)
        {
            if (ReferenceEquals(FirstToken, token))
            {
                FirstToken = token.NextForFact;
            }
        }
        else
        {
            token.PrevForFact.NextForFact = token.NextForFact;
        }

        if (token.NextForFact is not null)
        {
            token.NextForFact.PrevForFact = token.PrevForFact;
        }

        token.NextForFact = null;
        token.PrevForFact = null;
    }
}

/// <summary>An alpha memory holding a fact, and the fact's slot in it.</summary>
internal readonly record struct MemoryEntry(AlphaMemoryNode Memory, int Slot);

/// <summary>A link from a fact to a state token of a not/exists/aggregate node (see <see cref="FactHandle.Link"/>).</summary>
internal readonly record struct FactLink(BetaNode Node, Token State);

/// <summary>
/// Hashes fact handles by their id: handles are compared by identity, and their ids are unique in a session, so the
/// identity hash (set up on first use of each new object, which is slow) is not needed.
/// </summary>
internal sealed class FactHandleComparer : IEqualityComparer<FactHandle>
{
    public static readonly FactHandleComparer Instance = new();

    public bool Equals(FactHandle? x, FactHandle? y) => ReferenceEquals(x, y);

    public int GetHashCode(FactHandle obj) => obj.Id.GetHashCode();
}

/// <summary>A complete match of one rule branch: the terminal token, queued on the agenda.</summary>
internal sealed class Activation : Token
{
    public readonly long Sequence;

    /// <summary>The terminal's agenda key (priority, rule, branch), kept here: the agenda compares it on every step.</summary>
    public readonly long AgendaKey;

    /// <summary>Position in the agenda's heap; -1 when not queued.</summary>
    public int HeapIndex = -1;

    public Dictionary<object, FactHandle>? Linked;

    /// <summary>The record of the last firing, until a value of the match changes (then it is snapshotted).</summary>
    public Runtime.FiringRecord? Record;

    public Activation(Token parent, TerminalNode node, long sequence)
        : base(parent, node, null, null, node.Level)
    {
        Sequence = sequence;
        AgendaKey = node.AgendaKey;
    }

    public bool Queued => HeapIndex >= 0;

    public TerminalNode Terminal => (TerminalNode)Node;
}

