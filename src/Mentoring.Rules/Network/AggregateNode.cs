using System.Collections;
using System.Reflection;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Network;

/// <summary>The incremental state of one aggregate for one left token.</summary>
internal sealed class AggregateState
{
    public readonly List<FactHandle> Facts = [];
    public Token? Output;
    public bool Dirty;
    public Dictionary<object, AggregateGroup>? Groups;
    public List<AggregateGroup>? DirtyGroups;
}

/// <summary>One group of a group-by aggregate.</summary>
internal sealed class AggregateGroup(object? key)
{
    public object? Key { get; } = key;

    public List<FactHandle> Facts { get; } = [];

    public Token? Output { get; set; }

    public bool Dirty { get; set; }
}

/// <summary>
/// Aggregates the right facts matching each left token (collect, count, group by), incrementally:
/// a right insert or retract touches only the affected aggregates, and their outputs are refreshed once per session operation.
/// </summary>
internal sealed class AggregateNode : BinaryBetaNode
{
    private static readonly MethodInfo CollectMethod = typeof(AggregateNode).GetMethod(nameof(CreateArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GroupMethod = typeof(AggregateNode).GetMethod(nameof(CreateGrouping), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<List<FactHandle>, object>? _collect;
    private readonly Func<object?, List<FactHandle>, object>? _group;

    public AggregateNode(int id, string description, BetaNode parent, AlphaMemoryNode right, Func<Token, object, bool>[] conditions, Func<Token, object?>? leftKey, Func<object, object?>? rightKey, AggregateKind aggregate, Type elementType, Func<object, object?>? keySelector, Type? keyType)
        : base(id, description, parent, right, conditions, leftKey, rightKey)
    {
        Aggregate = aggregate;
        KeySelector = keySelector;
        if (aggregate == AggregateKind.Collect)
        {
            _collect = CollectMethod.MakeGenericMethod(elementType).CreateDelegate<Func<List<FactHandle>, object>>();
        }
        else if (aggregate == AggregateKind.GroupBy)
        {
            _group = GroupMethod.MakeGenericMethod(keyType!, elementType).CreateDelegate<Func<object?, List<FactHandle>, object>>();
        }
    }

    public AggregateKind Aggregate { get; }

    public Func<object, object?>? KeySelector { get; }

    public override NodeKind Kind => NodeKind.Aggregate;

    public override void LeftActivate(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var stateToken = new Token(token, this, null, null, Level) { IsState = true, State = new AggregateState() };
        token.PrependChild(stateToken);
        var bucket = IndexLeft(memory, token, out var all);
        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (Matches(token, fact.Object))
            {
                Add(stateToken, fact);
            }
        }

        // The result is made at the next flush, once: the facts inserted with this one may still change it.
        MarkDirty(state, stateToken);
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
                AddAndMark(state, t, fact);
            }
        }
    }

    public override void RightModify(ReteState state, FactHandle fact)
    {
        var memory = state.Beta(this);
        var moved = ReindexRight(memory, fact, out var bucket, out var all);
        var value = fact.Object;
        var mark = state.NextMark();
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
                Modify(stateToken, fact);
            }
            else
            {
                Remove(stateToken, fact);
            }

            MarkDirty(state, stateToken);
        }

        state.Return(states);

        foreach (var t in LeftCandidates(state, bucket, all))
        {
            if (t.Mark != mark && Matches(t, value))
            {
                AddAndMark(state, t, fact);
            }
        }
    }

    public override void LeftModify(ReteState state, Token token)
    {
        var memory = state.Beta(this);
        var stateToken = token.FindState(this)!;
        var aggregate = (AggregateState)stateToken.State!;
        var moved = ReindexLeft(memory, token, out var bucket, out var all);
        var mark = state.NextMark();
        if (aggregate.Groups is null)
        {
            RecheckMembers(token, stateToken, aggregate.Facts, moved, mark);
        }
        else
        {
            foreach (var group in aggregate.Groups.Values)
            {
                RecheckMembers(token, stateToken, group.Facts, moved, mark);

                // The left token changed: every group's output is modified, not only the changed ones.
                MarkGroup(aggregate, group);
            }
        }

        foreach (var fact in RightCandidates(state, bucket, all))
        {
            if (fact.Mark != mark && Matches(token, fact.Object))
            {
                Add(stateToken, fact);
            }
        }

        MarkDirty(state, stateToken);
    }

    private void RecheckMembers(Token left, Token stateToken, List<FactHandle> facts, bool moved, long mark)
    {
        for (var i = facts.Count - 1; i >= 0; i--)
        {
            var fact = facts[i];
            if (!moved && Matches(left, fact.Object))
            {
                fact.Mark = mark;
            }
            else
            {
                facts.RemoveAt(i);
                fact.Unlink(this, stateToken);
            }
        }
    }

    /// <summary>A member fact was updated and still matches: its group may change; the result is refreshed either way.</summary>
    private void Modify(Token stateToken, FactHandle fact)
    {
        var aggregate = (AggregateState)stateToken.State!;
        if (Aggregate != AggregateKind.GroupBy)
        {
            return;
        }

        var key = KeySelector!(fact.Object);
        var groups = aggregate.Groups!;
        if (groups.TryGetValue(BetaMemory.Key(key), out var group) && IndexOf(group.Facts, fact.Id) >= 0)
        {
            MarkGroup(aggregate, group);
            return;
        }

        // The key changed: move the fact from its old group to the new one.
        foreach (var candidate in groups.Values)
        {
            if (RemoveSorted(candidate.Facts, fact))
            {
                MarkGroup(aggregate, candidate);
                break;
            }
        }

        AddToGroup(aggregate, key, fact);
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

            Remove(stateToken, fact);
            MarkDirty(state, stateToken);
        }

        state.Return(states);
    }

    public override void TokenRemoved(ReteState state, Token token)
    {
        if (token.IsState && token.State is AggregateState aggregate)
        {
            if (aggregate.Groups is null)
            {
                for (var i = 0; i < aggregate.Facts.Count; i++)
                {
                    aggregate.Facts[i].Unlink(this, token);
                }
            }
            else
            {
                foreach (var group in aggregate.Groups.Values)
                {
                    for (var i = 0; i < group.Facts.Count; i++)
                    {
                        group.Facts[i].Unlink(this, token);
                    }
                }
            }
        }
    }

    /// <summary>Replaces the outputs of the changed aggregate (or group) by fresh results.</summary>
    public void Refresh(ReteState state, Token stateToken)
    {
        var aggregate = (AggregateState)stateToken.State!;
        aggregate.Dirty = false;
        var left = stateToken.Parent!;
        if (Aggregate != AggregateKind.GroupBy)
        {
            var facts = aggregate.Facts;
            object result = Aggregate == AggregateKind.Count ? facts.Count : _collect!(facts);
            var order = facts.Count > 0 ? facts[0].Id : 0;
            if (aggregate.Output is { IsDead: false } existing)
            {
                // Incremental: the result token is modified in place (its match is re-activated), not re-created.
                existing.Order = order;
                state.ModifyToken(existing, result);
                return;
            }

            var output = new Token(left, this, result, null, Level) { Order = order };
            aggregate.Output = output;
            left.AppendChild(output);
            state.Activate(output);
            return;
        }

        if (aggregate.DirtyGroups is not { } dirty)
        {
            return;
        }

        for (var i = 0; i < dirty.Count; i++)
        {
            var group = dirty[i];
            group.Dirty = false;
            if (group.Facts.Count == 0)
            {
                if (group.Output is { } old)
                {
                    group.Output = null;
                    state.RemoveToken(old);
                }

                if (aggregate.Groups!.TryGetValue(BetaMemory.Key(group.Key), out var current) && ReferenceEquals(current, group))
                {
                    aggregate.Groups.Remove(BetaMemory.Key(group.Key));
                }

                continue;
            }

            if (group.Output is { IsDead: false } existing)
            {
                existing.Order = group.Facts[0].Id;
                state.ModifyToken(existing, _group!(group.Key, group.Facts));
                continue;
            }

            var output = new Token(left, this, _group!(group.Key, group.Facts), null, Level) { Order = group.Facts[0].Id };
            group.Output = output;
            left.AppendChild(output);
            state.Activate(output);
        }

        dirty.Clear();
    }

    private void AddAndMark(ReteState state, Token left, FactHandle fact)
    {
        var stateToken = left.FindState(this)!;
        Add(stateToken, fact);
        MarkDirty(state, stateToken);
    }

    private static void MarkDirty(ReteState state, Token stateToken)
    {
        var aggregate = (AggregateState)stateToken.State!;
        if (!aggregate.Dirty)
        {
            aggregate.Dirty = true;
            state.MarkDirty(stateToken);
        }
    }

    private void Add(Token stateToken, FactHandle fact)
    {
        var aggregate = (AggregateState)stateToken.State!;
        fact.Link(this, stateToken);
        if (Aggregate != AggregateKind.GroupBy)
        {
            InsertSorted(aggregate.Facts, fact);
            return;
        }

        AddToGroup(aggregate, KeySelector!(fact.Object), fact);
    }

    private static void AddToGroup(AggregateState aggregate, object? key, FactHandle fact)
    {
        var groups = aggregate.Groups ??= [];
        var boxedKey = BetaMemory.Key(key);
        if (!groups.TryGetValue(boxedKey, out var group))
        {
            group = new AggregateGroup(key);
            groups.Add(boxedKey, group);
        }

        InsertSorted(group.Facts, fact);
        MarkGroup(aggregate, group);
    }

    private void Remove(Token stateToken, FactHandle fact)
    {
        var aggregate = (AggregateState)stateToken.State!;
        if (Aggregate != AggregateKind.GroupBy)
        {
            RemoveSorted(aggregate.Facts, fact);
            return;
        }

        var groups = aggregate.Groups!;
        if (groups.TryGetValue(BetaMemory.Key(KeySelector!(fact.Object)), out var group) && RemoveSorted(group.Facts, fact))
        {
            MarkGroup(aggregate, group);
            return;
        }

        // The key changed in place before an update: find the fact's group by scanning.
        foreach (var candidate in groups.Values)
        {
            if (RemoveSorted(candidate.Facts, fact))
            {
                MarkGroup(aggregate, candidate);
                return;
            }
        }
    }

    private static void MarkGroup(AggregateState aggregate, AggregateGroup group)
    {
        if (!group.Dirty)
        {
            group.Dirty = true;
            (aggregate.DirtyGroups ??= []).Add(group);
        }
    }

    private static void InsertSorted(List<FactHandle> facts, FactHandle fact)
    {
        var count = facts.Count;
        if (count == 0 || facts[count - 1].Id < fact.Id)
        {
            facts.Add(fact);
            return;
        }

        facts.Insert(IndexOf(facts, fact.Id) is var i && i < 0 ? ~i : i, fact);
    }

    private static bool RemoveSorted(List<FactHandle> facts, FactHandle fact)
    {
        var i = IndexOf(facts, fact.Id);
        if (i < 0)
        {
            return false;
        }

        facts.RemoveAt(i);
        return true;
    }

    private static int IndexOf(List<FactHandle> facts, long id)
    {
        int lo = 0, hi = facts.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var midId = facts[mid].Id;
            if (midId == id)
            {
                return mid;
            }

            if (midId < id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    private static T[] CreateArray<T>(List<FactHandle> facts)
    {
        var result = new T[facts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (T)facts[i].Object;
        }

        return result;
    }

    private static Grouping<TKey, T> CreateGrouping<TKey, T>(object? key, List<FactHandle> facts)
    {
        var items = new T[facts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)facts[i].Object;
        }

        return new Grouping<TKey, T>((TKey)key!, items);
    }
}

/// <summary>An immutable group of a group-by aggregate: its key and its facts in insertion order.</summary>
internal sealed class Grouping<TKey, T>(TKey key, T[] items) : IGrouping<TKey, T>, IReadOnlyList<T>
{
    public TKey Key { get; } = key;

    public int Count => items.Length;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => $"{Key} ({items.Length})";
}
