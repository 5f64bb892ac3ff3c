using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Network;

/// <summary>The kinds of network nodes (for inspection).</summary>
internal enum NodeKind
{
    Type = 1,
    Alpha = 2,
    AlphaMemory = 3,
    Root = 4,
    Join = 5,
    Not = 6,
    Exists = 7,
    Aggregate = 8,
    Binding = 9,
    Filter = 10,
    Terminal = 11,
}

/// <summary>A node of the Rete network; immutable once the network is built, shared by every session.</summary>
internal abstract class NetworkNode
{
    protected NetworkNode(int id, string description)
    {
        Id = id;
        Description = description;
    }

    public int Id { get; }

    public abstract NodeKind Kind { get; }

    /// <summary>What the node tests or computes (the canonical text used for sharing).</summary>
    public string Description { get; }

    /// <summary>The rules whose branches use the node.</summary>
    public List<string> RuleIds { get; } = [];

    public override string ToString() => $"#{Id} {Kind} {Description}";
}

/// <summary>A node of the alpha network: tests one fact at a time.</summary>
internal abstract class AlphaNodeBase : NetworkNode
{
    protected AlphaNodeBase(int id, string description)
        : base(id, description)
    {
    }

    public List<AlphaNode> Children { get; } = [];

    public AlphaMemoryNode? Memory { get; set; }

    public void Activate(ReteState state, FactHandle fact)
    {
        Memory?.Activate(state, fact);
        var children = Children;
        var value = fact.Object;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Condition(value))
            {
                child.Activate(state, fact);
            }
        }
    }
}

/// <summary>Entry of the alpha network for one fact type (facts of derived types reach it too).</summary>
internal sealed class TypeNode(int id, Type type) : AlphaNodeBase(id, type.Name)
{
    public Type Type { get; } = type;

    public override NodeKind Kind => NodeKind.Type;
}

/// <summary>Tests one single-fact condition.</summary>
internal sealed class AlphaNode(int id, string description, Func<object, bool> condition) : AlphaNodeBase(id, description)
{
    public Func<object, bool> Condition { get; } = condition;

    public override NodeKind Kind => NodeKind.Alpha;
}

/// <summary>Stores the facts that passed an alpha chain; feeds the right input of beta nodes.</summary>
internal sealed class AlphaMemoryNode(int id, string description) : NetworkNode(id, description)
{
    /// <summary>Deeper nodes first, so that a fact entering two levels of a self-join is paired exactly once.</summary>
    public List<BinaryBetaNode> Successors { get; } = [];

    public override NodeKind Kind => NodeKind.AlphaMemory;

    public void Activate(ReteState state, FactHandle fact)
    {
        if (fact.SlotIn(this) >= 0)
        {
            return; // already here (a set: adding twice changes nothing)
        }

        fact.AddMemory(this, state.Alpha(this).Add(fact));
        var successors = Successors;
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].RightActivate(state, fact);
        }
    }
}

/// <summary>A node of the beta network: receives partial matches (tokens) from its parent.</summary>
internal abstract class BetaNode : NetworkNode
{
    protected BetaNode(int id, string description, BetaNode? parent)
        : base(id, description)
    {
        Parent = parent;
        Level = parent is null ? 0 : parent.Level + 1;
        parent?.Children.Add(this);
    }

    public BetaNode? Parent { get; }

    /// <summary>The level of the tokens this node outputs (the root's token is level 0).</summary>
    public int Level { get; }

    public List<BetaNode> Children { get; } = [];

    /// <summary>A new active token of the parent.</summary>
    public abstract void LeftActivate(ReteState state, Token token);

    /// <summary>An active token of the parent stays, but a value in it changed (an update propagated in place).</summary>
    public abstract void LeftModify(ReteState state, Token token);

    /// <summary>The child of <paramref name="parent"/> this node produced, for nodes producing at most one per parent token.</summary>
    protected Token? ChildOf(Token parent)
    {
        for (var c = parent.FirstChild; c is not null; c = c.NextSibling)
        {
            if (ReferenceEquals(c.Node, this))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>An active token of the parent is going away (its children are removed separately).</summary>
    public virtual void LeftRemoved(ReteState state, Token token)
    {
    }

    /// <summary>One of this node's tokens is removed for good.</summary>
    public virtual void TokenRemoved(ReteState state, Token token)
    {
    }
}

/// <summary>The top of the beta network: holds the one empty token of a session.</summary>
internal sealed class RootNode(int id) : BetaNode(id, "root", null)
{
    public override NodeKind Kind => NodeKind.Root;

    public override void LeftActivate(ReteState state, Token token) => throw new InvalidOperationException("The root has no parent.");

    public override void LeftModify(ReteState state, Token token) => throw new InvalidOperationException("The root has no parent.");
}

/// <summary>
/// A beta node with a right input from an alpha memory. When one join condition is an equality between
/// a key of the new fact and a key of earlier bindings, both sides are hash-indexed by that key; the other conditions are tested per pair.
/// </summary>
internal abstract class BinaryBetaNode : BetaNode
{
    protected BinaryBetaNode(int id, string description, BetaNode parent, AlphaMemoryNode right, Func<Token, object, bool>[] conditions, Func<Token, object?>? leftKey, Func<object, object?>? rightKey)
        : base(id, description, parent)
    {
        Right = right;
        Conditions = conditions;
        LeftKey = leftKey;
        RightKey = rightKey;

        // Prepend: nodes are created after their ancestors, so this keeps descendants first.
        right.Successors.Insert(0, this);
    }

    public AlphaMemoryNode Right { get; }

    public Func<Token, object, bool>[] Conditions { get; }

    public Func<Token, object?>? LeftKey { get; }

    public Func<object, object?>? RightKey { get; }

    public bool IsIndexed => LeftKey is not null;

    public abstract void RightActivate(ReteState state, FactHandle fact);

    /// <summary>A fact of the right memory was updated and still passes the alpha conditions: re-evaluate its pairs in place.</summary>
    public abstract void RightModify(ReteState state, FactHandle fact);

    /// <summary>Phase 1 of a retraction: forget the fact in the right index.</summary>
    public void RightRemove(ReteState state, FactHandle fact)
    {
        if (RightKey is not null)
        {
            state.Beta(this).RemoveRight(fact);
        }
    }

    /// <summary>Phase 3 of a retraction, after the tokens holding the fact are gone.</summary>
    public virtual void RightRetracted(ReteState state, FactHandle fact)
    {
    }

    public override void LeftRemoved(ReteState state, Token token)
    {
        if (LeftKey is not null)
        {
            state.Beta(this).RemoveLeft(token);
        }
    }

    /// <summary>Re-computes a modified left token's key; true when it moved to another bucket. <paramref name="bucket"/>: the facts to test (null with <paramref name="useAlphaMemory"/> false: none).</summary>
    protected bool ReindexLeft(BetaMemory memory, Token token, out List<FactHandle>? bucket, out bool useAlphaMemory)
    {
        if (LeftKey is null)
        {
            bucket = null;
            useAlphaMemory = true;
            return false;
        }

        useAlphaMemory = false;
        var key = BetaMemory.Key(LeftKey(token));
        var moved = memory.MoveLeft(token, key);
        bucket = memory.RightBucket(key);
        return moved;
    }

    /// <summary>Re-computes a modified right fact's key; true when it moved to another bucket. <paramref name="bucket"/>: the left tokens to test.</summary>
    protected bool ReindexRight(BetaMemory memory, FactHandle fact, out List<Token>? bucket, out bool useParentMemory)
    {
        if (RightKey is null)
        {
            bucket = null;
            useParentMemory = true;
            return false;
        }

        useParentMemory = false;
        var key = BetaMemory.Key(RightKey(fact.Object));
        var moved = memory.MoveRight(fact, key);
        bucket = memory.LeftBucket(key);
        return moved;
    }

    protected bool Matches(Token left, object fact)
    {
        var conditions = Conditions;
        for (var i = 0; i < conditions.Length; i++)
        {
            if (!conditions[i](left, fact))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Indexes a new left token and returns the right facts to test it against (null: iterate the alpha memory).</summary>
    protected List<FactHandle>? IndexLeft(BetaMemory memory, Token token, out bool useAlphaMemory)
    {
        if (LeftKey is null)
        {
            useAlphaMemory = true;
            return null;
        }

        useAlphaMemory = false;
        var key = BetaMemory.Key(LeftKey(token));
        memory.AddLeft(key, token);
        return memory.RightBucket(key);
    }

    /// <summary>
    /// The right facts a left token is tested against: the whole alpha memory when the join is not indexed
    /// (<paramref name="all"/>), otherwise the token's key bucket (none when <paramref name="bucket"/> is null).
    /// </summary>
    protected RightFacts RightCandidates(ReteState state, List<FactHandle>? bucket, bool all) =>
        all ? new RightFacts(state.Alpha(Right), null) : new RightFacts(null, bucket);

    /// <summary>
    /// The left tokens a right fact is tested against: the whole parent memory when the join is not indexed
    /// (<paramref name="all"/>), otherwise the fact's key bucket (none when <paramref name="bucket"/> is null).
    /// </summary>
    protected LeftTokens LeftCandidates(ReteState state, List<Token>? bucket, bool all) =>
        all ? new LeftTokens(state.Beta(Parent!).Head, null) : new LeftTokens(null, bucket);

    /// <summary>Indexes a new right fact and returns the left tokens to test it against (null: iterate the parent memory).</summary>
    protected List<Token>? IndexRight(BetaMemory memory, FactHandle fact, out bool useParentMemory)
    {
        if (RightKey is null)
        {
            useParentMemory = true;
            return null;
        }

        useParentMemory = false;
        var key = BetaMemory.Key(RightKey(fact.Object));
        memory.AddRight(key, fact);
        return memory.LeftBucket(key);
    }
}

/// <summary>
/// An allocation-free enumeration of right facts, over an alpha memory or over a key bucket. The actions taken on a
/// fact never change the alpha memory or the bucket being read.
/// </summary>
internal struct RightFacts
{
    private readonly List<FactHandle>? _bucket;
    private readonly AlphaMemory? _memory;
    private int _index;

    public RightFacts(AlphaMemory? memory, List<FactHandle>? bucket)
    {
        _bucket = bucket;
        _memory = memory;
    }

    public FactHandle Current { get; private set; } = null!;

    public readonly RightFacts GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_memory is { } memory)
        {
            // Slot order, skipping freed slots.
            while (_index < memory.End)
            {
                if (memory[_index++] is { } fact)
                {
                    Current = fact;
                    return true;
                }
            }

            return false;
        }

        if (_bucket is not null && _index < _bucket.Count)
        {
            Current = _bucket[_index++];
            return true;
        }

        return false;
    }
}

/// <summary>
/// An allocation-free enumeration of left tokens, over a memory's linked list or over a key bucket. The next token
/// is read before the current one is handed out, and the actions taken on a token never unlink it from its parent's
/// memory or change the bucket being read.
/// </summary>
internal struct LeftTokens(Token? head, List<Token>? bucket)
{
    private Token? _next = head;
    private int _index;

    public Token Current { get; private set; } = null!;

    public readonly LeftTokens GetEnumerator() => this;

    public bool MoveNext()
    {
        if (bucket is not null)
        {
            if (_index < bucket.Count)
            {
                Current = bucket[_index++];
                return true;
            }

            return false;
        }

        if (_next is null)
        {
            return false;
        }

        Current = _next;
        _next = _next.NextInMemory;
        return true;
    }
}

/// <summary>Pairs each left token with each matching right fact.</summary>
internal sealed class JoinNode(int id, string description, BetaNode parent, AlphaMemoryNode right, Func<Token, object, bool>[] conditions, Func<Token, object?>? leftKey, Func<object, object?>? rightKey)
    : BinaryBetaNode(id, description, parent, right, conditions, leftKey, rightKey)
{
    public override NodeKind Kind => NodeKind.Join;

    public override void LeftActivate(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var bucket = IndexLeft(memory, token, out var all);
        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (Matches(token, fact.Object))
            {
                Emit(state, token, fact);
            }
        }
    }

    public override void RightActivate(ReteState state, FactHandle fact)
    {
        var memory = state.Beta(this);
        var bucket = IndexRight(memory, fact, out var all);
        var value = fact.Object;
        foreach (var t in LeftCandidates(state, bucket, all))
        {
            if (Matches(t, value))
            {
                Emit(state, t, fact);
            }
        }
    }

    public override void RightModify(ReteState state, FactHandle fact)
    {
        var memory = state.Beta(this);
        var moved = ReindexRight(memory, fact, out var bucket, out var all);
        var value = fact.Object;
        var mark = state.NextMark();

        // Pass 1: the fact's existing pairs here stay (same key, conditions still hold) or go.
        var kept = state.RentTokens();
        for (var t = fact.FirstToken; t is not null; t = t.NextForFact)
        {
            if (ReferenceEquals(t.Node, this))
            {
                kept.Add(t);
            }
        }

        var count = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var child = kept[i];
            var left = child.Parent!;
            if (!moved && Matches(left, value))
            {
                left.Mark = mark;
                kept[count++] = child;
            }
            else
            {
                state.RemoveToken(child);
            }
        }

        kept.RemoveRange(count, kept.Count - count);

        // Pass 2: new pairs (left tokens not marked in pass 1).
        foreach (var t in LeftCandidates(state, bucket, all))
        {
            if (t.Mark != mark && Matches(t, value))
            {
                Emit(state, t, fact);
            }
        }

        // Pass 3: the kept pairs are modified in place, down to their activations.
        for (var i = 0; i < kept.Count; i++)
        {
            if (!kept[i].IsDead)
            {
                state.ModifyToken(kept[i], value);
            }
        }

        state.Return(kept);
    }

    public override void LeftModify(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var moved = ReindexLeft(memory, token, out var bucket, out var all);
        var mark = state.NextMark();
        var kept = state.RentTokens();
        for (var c = token.FirstChild; c is not null;)
        {
            var next = c.NextSibling;
            if (ReferenceEquals(c.Node, this))
            {
                var fact = c.Fact!;
                if (!moved && Matches(token, fact.Object))
                {
                    fact.Mark = mark;
                    kept.Add(c);
                }
                else
                {
                    state.RemoveToken(c);
                }
            }

            c = next;
        }

        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (fact.Mark != mark && Matches(token, fact.Object))
            {
                Emit(state, token, fact);
            }
        }

        for (var i = 0; i < kept.Count; i++)
        {
            var child = kept[i];
            if (!child.IsDead)
            {
                state.ModifyToken(child, child.Value);
            }
        }

        state.Return(kept);
    }

    private void Emit(ReteState state, Token left, FactHandle fact)
    {
        var token = new Token(left, this, fact.Object, fact, Level) { Order = fact.Id };
        left.AppendChild(token);
        fact.LinkToken(token);
        state.Activate(token);
    }
}

/// <summary>Not (no matching right fact) or Exists (at least one): outputs the left token's state token while the condition holds.</summary>
internal sealed class NegationNode(int id, string description, BetaNode parent, AlphaMemoryNode right, Func<Token, object, bool>[] conditions, Func<Token, object?>? leftKey, Func<object, object?>? rightKey, bool isExists)
    : BinaryBetaNode(id, description, parent, right, conditions, leftKey, rightKey)
{
    public bool IsExists { get; } = isExists;

    public override NodeKind Kind => IsExists ? NodeKind.Exists : NodeKind.Not;

    public override void LeftActivate(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var stateToken = new Token(token, this, null, null, Level) { IsState = true };
        token.PrependChild(stateToken);
        var bucket = IndexLeft(memory, token, out var all);
        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (Matches(token, fact.Object))
            {
                AddBlocker(stateToken, fact);
            }
        }

        if (IsSatisfied(stateToken))
        {
            state.Activate(stateToken);
        }
    }

    public override void RightActivate(ReteState state, FactHandle fact)
    {
        var memory = state.Beta(this);
        var bucket = IndexRight(memory, fact, out var all);
        var value = fact.Object;
        foreach (var t in LeftCandidates(state, bucket, all))
        {
            if (Matches(t, value))
            {
                Block(state, t, fact);
            }
        }
    }

    public override void RightModify(ReteState state, FactHandle fact)
    {
        var memory = state.Beta(this);
        var moved = ReindexRight(memory, fact, out var bucket, out var all);
        var value = fact.Object;
        var mark = state.NextMark();

        // Pass 1: the state tokens the fact blocks keep it or lose it (freed ones are settled after pass 2).
        var freed = state.RentTokens();
        var states = state.RentTokens();
        fact.TakeLinks(this, states);
        for (var i = 0; i < states.Count; i++)
        {
            var stateToken = states[i];
            if (stateToken.IsDead)
            {
                continue;
            }

            var left = stateToken.Parent!;
            if (!moved && Matches(left, value))
            {
                left.Mark = mark;
                fact.Link(this, stateToken);
            }
            else
            {
                var blockers = (List<FactHandle>)stateToken.State!;
                blockers.Remove(fact);
                if (blockers.Count == 0)
                {
                    freed.Add(stateToken);
                }
            }
        }

        state.Return(states);

        // Pass 2: new blocks.
        foreach (var t in LeftCandidates(state, bucket, all))
        {
            if (t.Mark != mark && Matches(t, value))
            {
                Block(state, t, fact);
            }
        }

        // Pass 3: a state token left without blockers changes its output.
        for (var i = 0; i < freed.Count; i++)
        {
            var stateToken = freed[i];
            if (!stateToken.IsDead && stateToken.State is List<FactHandle> { Count: 0 })
            {
                Settle(state, stateToken);
            }
        }

        state.Return(freed);
    }

    public override void LeftModify(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var stateToken = token.FindState(this)!;
        var moved = ReindexLeft(memory, token, out var bucket, out var all);
        var mark = state.NextMark();
        if (stateToken.State is List<FactHandle> blockers)
        {
            for (var i = blockers.Count - 1; i >= 0; i--)
            {
                var fact = blockers[i];
                if (!moved && Matches(token, fact.Object))
                {
                    fact.Mark = mark;
                }
                else
                {
                    blockers.RemoveAt(i);
                    fact.Unlink(this, stateToken);
                }
            }
        }

        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (fact.Mark != mark && Matches(token, fact.Object))
            {
                AddBlocker(stateToken, fact);
            }
        }

        var satisfied = IsSatisfied(stateToken);
        if (satisfied && stateToken.IsActive)
        {
            state.ModifyToken(stateToken, null);
        }
        else if (satisfied)
        {
            state.Activate(stateToken);
        }
        else
        {
            state.Deactivate(stateToken);
        }
    }

    /// <summary>A state token just lost its last blocker.</summary>
    private void Settle(ReteState state, Token stateToken)
    {
        if (IsExists)
        {
            state.Deactivate(stateToken);
        }
        else if (!stateToken.IsActive)
        {
            state.Activate(stateToken);
        }
    }

    public override void RightRetracted(ReteState state, FactHandle fact)
    {
        var states = state.RentTokens();
        fact.TakeLinks(this, states);
        for (var i = 0; i < states.Count; i++)
        {
            var stateToken = states[i];
            if (stateToken.IsDead)
            {
                continue;
            }

            var blockers = (List<FactHandle>)stateToken.State!;
            blockers.Remove(fact);
            if (blockers.Count == 0)
            {
                if (IsExists)
                {
                    state.Deactivate(stateToken);
                }
                else
                {
                    state.Activate(stateToken);
                }
            }
        }

        state.Return(states);
    }

    public override void TokenRemoved(ReteState state, Token token)
    {
        if (token.State is List<FactHandle> blockers)
        {
            for (var i = 0; i < blockers.Count; i++)
            {
                blockers[i].Unlink(this, token);
            }
        }
    }

    private void Block(ReteState state, Token left, FactHandle fact)
    {
        var stateToken = left.FindState(this)!;
        var wasEmpty = stateToken.State is not List<FactHandle> { Count: > 0 };
        AddBlocker(stateToken, fact);
        if (wasEmpty)
        {
            if (!IsExists)
            {
                state.Deactivate(stateToken);
            }
            else if (!stateToken.IsActive)
            {
                state.Activate(stateToken);
            }
        }
    }

    private void AddBlocker(Token stateToken, FactHandle fact)
    {
        ((List<FactHandle>)(stateToken.State ??= new List<FactHandle>(1))).Add(fact);
        fact.Link(this, stateToken);
    }

    private bool IsSatisfied(Token stateToken)
    {
        var any = stateToken.State is List<FactHandle> { Count: > 0 };
        return IsExists ? any : !any;
    }
}

/// <summary>Computes a value from the token (the DSL's <c>Let</c>) and binds it at the next level.</summary>
internal sealed class BindingNode(int id, string description, BetaNode parent, Func<Token, object?> expression) : BetaNode(id, description, parent)
{
    public Func<Token, object?> Expression { get; } = expression;

    public override NodeKind Kind => NodeKind.Binding;

    public override void LeftActivate(ReteState state, Token token)
    {
        var child = new Token(token, this, Expression(token), null, Level);
        token.AppendChild(child);
        state.Activate(child);
    }

    public override void LeftModify(ReteState state, Token token)
    {
        if (ChildOf(token) is { } child)
        {
            state.ModifyToken(child, Expression(token));
        }
    }
}

/// <summary>Passes a token on when a condition over earlier bindings holds (the DSL's <c>Having</c>).</summary>
internal sealed class FilterNode(int id, string description, BetaNode parent, Func<Token, bool> condition) : BetaNode(id, description, parent)
{
    public Func<Token, bool> Condition { get; } = condition;

    public override NodeKind Kind => NodeKind.Filter;

    public override void LeftActivate(ReteState state, Token token)
    {
        if (Condition(token))
        {
            var child = new Token(token, this, null, null, Level);
            token.AppendChild(child);
            state.Activate(child);
        }
    }

    public override void LeftModify(ReteState state, Token token)
    {
        var child = ChildOf(token);
        if (Condition(token))
        {
            if (child is null)
            {
                LeftActivate(state, token);
            }
            else
            {
                state.ModifyToken(child, null);
            }
        }
        else if (child is not null)
        {
            state.RemoveToken(child);
        }
    }
}

/// <summary>The end of one rule branch: each token reaching it is an activation on the agenda.</summary>
internal sealed class TerminalNode(int id, string description, BetaNode parent, RuleBranch branch) : BetaNode(id, description, parent)
{
    public RuleBranch Branch { get; } = branch;

    /// <summary>The agenda's first sort key: higher priority first, then rule registration order, then branch.</summary>
    public long AgendaKey { get; } = (((long)int.MaxValue - branch.Rule.Definition.Priority) << 31) | ((long)branch.Rule.Index << 7) | (uint)branch.Index;

    public override NodeKind Kind => NodeKind.Terminal;

    public override void LeftActivate(ReteState state, Token token)
    {
        var activation = new Activation(token, this, state.NextActivationSequence());
        token.AppendChild(activation);
        state.Activate(activation);
    }

    public override void LeftModify(ReteState state, Token token)
    {
        if (ChildOf(token) is Activation activation)
        {
            state.ModifyActivation(activation);
        }
    }
}

/// <summary>One slot of a branch's tuple layout: where a declaration's value sits.</summary>
internal sealed record DeclarationSlot(Declaration Declaration, int Level, bool IsFact);

/// <summary>One conjunctive branch of a rule (a rule with <c>Or</c> has several), compiled.</summary>
internal sealed class RuleBranch(CompiledRule rule, int index, IReadOnlyList<RuleElement> elements, IReadOnlyList<DeclarationSlot> slots, Action<Runtime.IContext, Token>[] actions)
{
    public CompiledRule Rule { get; } = rule;

    public int Index { get; } = index;

    public IReadOnlyList<RuleElement> Elements { get; } = elements;

    public IReadOnlyList<DeclarationSlot> Slots { get; } = slots;

    /// <summary>How many slots hold pattern facts (the size of a firing's fact list).</summary>
    public int FactSlotCount { get; } = slots.Count(s => s.IsFact);

    public Action<Runtime.IContext, Token>[] Actions { get; } = actions;

    public TerminalNode? Terminal { get; set; }
}

/// <summary>A rule of a compiled network.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>Registration order: the agenda's tie-breaker after priority.</summary>
    public int Index { get; } = index;

    public List<RuleBranch> Branches { get; } = [];
}
