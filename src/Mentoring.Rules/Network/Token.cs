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

    public AlphaMemoryNode? FirstMemory;
    public List<AlphaMemoryNode>? MoreMemories;
    public Token? FirstToken;

    /// <summary>The activation that inserted this fact as a linked fact, if any.</summary>
    public Activation? LinkedOwner;
    public object? LinkedKey;

    /// <summary>Scratch stamp of an update pass (see <see cref="ReteState.NextMark"/>).</summary>
    public long Mark;

    public FactHandle(object value, long id)
    {
        Object = value;
        Id = id;
    }

    public void AddMemory(AlphaMemoryNode memory)
    {
        if (FirstMemory is null)
        {
            FirstMemory = memory;
        }
        else
        {
            (MoreMemories ??= []).Add(memory);
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

/// <summary>A complete match of one rule branch: the terminal token, queued on the agenda.</summary>
internal sealed class Activation : Token
{
    public readonly long Sequence;

    /// <summary>Position in the agenda's heap; -1 when not queued.</summary>
    public int HeapIndex = -1;

    public Dictionary<object, FactHandle>? Linked;

    /// <summary>The record of the last firing, until a value of the match changes (then it is snapshotted).</summary>
    public Runtime.FiringRecord? Record;

    public Activation(Token parent, TerminalNode node, long sequence)
        : base(parent, node, null, null, node.Level)
    {
        Sequence = sequence;
    }

    public bool Queued => HeapIndex >= 0;

    public TerminalNode Terminal => (TerminalNode)Node;
}
