using System.Runtime.InteropServices;
using Mentoring.Rules.Network;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>The session: working memory, agenda, truth maintenance and firing records.</summary>
internal sealed class Session : ISession, IReteHost
{
    private readonly ReteNetwork _network;
    private readonly SessionOptions _options;
    private readonly ReteState _rete;
    private readonly Dictionary<object, FactHandle> _facts = [];
    private readonly Agenda _agenda = new();
    private readonly Queue<FactHandle> _pendingRetractions = new();
    private readonly List<FiringRecord> _firings = [];
    private readonly List<RuleOutput> _outputs = [];
    private readonly ActionContext _context;
    private long _factSequence;
    private long _firingSequence;
    private bool _halted;
    private int[]? _firedPerRule;
    private long[] _firedMatches = [];
    private int _firedCount;

    public Session(ReteNetwork network, SessionOptions options)
    {
        _network = network;
        _options = options;
        _context = new ActionContext(this);
        _rete = new ReteState(network, this);
        Rules = [.. network.Rules.Select(r => r.Definition)];
    }

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    public event EventHandler<RuleFiredEventArgs>? RuleFired;

    public IReadOnlyList<FiringRecord> Firings => _firings;

    public IReadOnlyList<RuleOutput> Outputs => _outputs;

    public int AgendaCount => _agenda.Count;

    public int FactCount => _facts.Count;

    public IReadOnlyList<RuleDefinition> Rules { get; }

    internal ReteState State => _rete;

    /// <summary>Called when a match goes away or is re-activated (its outputs are then stale); used by live validation.</summary>
    internal Action<Activation>? ActivationWithdrawn { get; set; }

    /// <summary>The match whose actions are running, or null outside a firing.</summary>
    internal Activation? FiringActivation => _context.Activation;

    /// <summary>
    /// Replaces a fact by another one that is not equal to it, keeping its place in insertion order (the handle is
    /// reused, so agenda order and collected lists stay as if the new fact had been inserted in the old one's place);
    /// only what depends on the fact is re-evaluated, as for <see cref="Update"/>.
    /// </summary>
    internal bool ReplaceCore(object oldFact, object newFact)
    {
        ArgumentNullException.ThrowIfNull(oldFact);
        ArgumentNullException.ThrowIfNull(newFact);
        if (!_facts.TryGetValue(oldFact, out var handle) || (_facts.ContainsKey(newFact) && !Equals(oldFact, newFact)))
        {
            return false;
        }

        _facts.Remove(oldFact);
        _facts.Add(newFact, handle);
        handle.Object = newFact;
        _rete.Update(handle);
        FactUpdated?.Invoke(this, new FactEventArgs(newFact));
        ProcessPending();
        return true;
    }

    /// <summary>Re-queues a match whose actions must run again though none of its facts changed (its outputs are stale).</summary>
    internal void Reactivate(Activation activation)
    {
        if (!activation.IsDead && activation.IsActive)
        {
            ((IReteHost)this).OnActivationModified(activation);
            ProcessPending();
        }
    }

    /// <summary>Forgets the outputs and firing records consumed so far (a long-lived session would otherwise keep them all).</summary>
    internal void ClearOutputs()
    {
        _outputs.Clear();
        _firings.Clear();
    }

    public void Insert(object fact)
    {
        if (!InsertCore(fact))
        {
            throw new InvalidOperationException($"The fact {Display.Of(fact)} is already in working memory.");
        }

        ProcessPending();
    }

    public bool TryInsert(object fact)
    {
        var inserted = InsertCore(fact);
        ProcessPending();
        return inserted;
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.TryGetNonEnumeratedCount(out var count))
        {
            _facts.EnsureCapacity(_facts.Count + count);
        }

        try
        {
            foreach (var fact in facts)
            {
                if (!InsertCore(fact))
                {
                    throw new InvalidOperationException($"The fact {Display.Of(fact)} is already in working memory.");
                }
            }
        }
        finally
        {
            ProcessPending();
        }
    }

    public void Update(object fact)
    {
        if (!UpdateCore(fact))
        {
            throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
        }

        ProcessPending();
    }

    public bool TryUpdate(object fact)
    {
        var updated = UpdateCore(fact);
        ProcessPending();
        return updated;
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            foreach (var fact in facts)
            {
                if (!UpdateCore(fact))
                {
                    throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
                }
            }
        }
        finally
        {
            ProcessPending();
        }
    }

    public void Retract(object fact)
    {
        if (!RetractCore(fact))
        {
            throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
        }

        ProcessPending();
    }

    public bool TryRetract(object fact)
    {
        var retracted = RetractCore(fact);
        ProcessPending();
        return retracted;
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            foreach (var fact in facts)
            {
                if (!RetractCore(fact))
                {
                    throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
                }
            }
        }
        finally
        {
            ProcessPending();
        }
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRules) => Fire(maxRules, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRules, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRules);
        var fired = 0;
        _halted = false;
        var perRule = _firedPerRule ??= new int[_network.Rules.Count];
        Array.Clear(perRule);
        _firedCount = 0;
        Dictionary<long, int>? perMatch = null;
        // Most rules emit one output per firing: room for the matches on the agenda now saves growing the lists step by step.
        var expected = Math.Min(_agenda.Count, maxRules);
        _outputs.EnsureCapacity(_outputs.Count + expected);
        if (_options.RecordFirings)
        {
            _firings.EnsureCapacity(_firings.Count + expected);
        }
        while (fired < maxRules && !_halted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_agenda.TryDequeue(out var activation))
            {
                break;
            }

            var rule = activation.Terminal.Branch.Rule;
            var ruleCount = ++perRule[rule.Index];
            if (ruleCount > _options.MaxFiringsPerRule)
            {
                throw new RuleFiringLimitException(rule.Definition.Id, _options.MaxFiringsPerRule, $"Rule '{rule.Definition.Id}' fired more than {_options.MaxFiringsPerRule} times within one Fire() call (SessionOptions.MaxFiringsPerRule); it probably keeps producing facts it matches itself.");
            }

            // Re-firing guard. A match cannot fire more often than its rule, so per-match counts are only needed once a
            // rule passes the limit: until then the (rule, match) keys are just appended to a reused buffer.
            var matchKey = (MatchHash(activation) * 1_000_003) ^ rule.Index;
            if (perMatch is null && ruleCount > _options.MaxRefiresPerMatch)
            {
                perMatch = [];
                for (var i = 0; i < _firedCount; i++)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(perMatch, _firedMatches[i], out _)++;
                }
            }

            if (perMatch is not null)
            {
                if (++CollectionsMarshal.GetValueRefOrAddDefault(perMatch, matchKey, out _) > _options.MaxRefiresPerMatch)
                {
                    throw new RuleFiringLimitException(rule.Definition.Id, _options.MaxRefiresPerMatch, $"Rule '{rule.Definition.Id}' fired more than {_options.MaxRefiresPerMatch} times for the same facts within one Fire() call (SessionOptions.MaxRefiresPerMatch); it keeps re-activating itself, probably by updating a fact it matches.");
                }
            }
            else
            {
                if (_firedCount == _firedMatches.Length)
                {
                    Array.Resize(ref _firedMatches, Math.Max(Math.Max(64, _agenda.Count + 1), _firedCount * 2));
                }

                _firedMatches[_firedCount++] = matchKey;
            }

            FireOne(activation);
            fired++;
        }

        return fired;
    }

    public IReadOnlyList<T> Query<T>()
    {
        var result = new List<(long, T)>();
        foreach (var handle in _facts.Values)
        {
            if (handle.Object is T value)
            {
                result.Add((handle.Id, value));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return [.. result.Select(r => r.Item2)];
    }

    public IReadOnlyList<FiringRecord> Matches(string ruleId)
    {
        var rule = FindRule(ruleId);
        var result = new List<FiringRecord>();
        foreach (var branch in rule.Branches)
        {
            foreach (var activation in _rete.Matches(branch.Terminal!))
            {
                result.Add(new FiringRecord(0, activation));
            }
        }

        return result;
    }

    public WhyNotReport WhyNot(string ruleId, object? fact = null)
    {
        var rule = FindRule(ruleId);
        var handles = _facts.Values.OrderBy(h => h.Id).Select(h => h.Object).ToList();
        return WhyNotEvaluator.Explain(rule, handles, fact, fact is not null && _facts.ContainsKey(fact));
    }

    internal CompiledRule FindRule(string ruleId) =>
        _network.RulesById.TryGetValue(ruleId, out var rule) ? rule : throw new ArgumentException($"No rule with id '{ruleId}'.", nameof(ruleId));

    void IReteHost.OnActivationCreated(Activation activation)
    {
        _agenda.Enqueue(activation);
        ActivationCreated?.Invoke(this, new ActivationEventArgs(activation.Terminal.Branch.Rule.Definition, FiringRecord.CollectFacts(activation)));
    }

    void IReteHost.OnActivationDeleted(Activation activation)
    {
        _agenda.Remove(activation);
        ReleaseLinked(activation);
        ActivationWithdrawn?.Invoke(activation);
        ActivationDeleted?.Invoke(this, new ActivationEventArgs(activation.Terminal.Branch.Rule.Definition, FiringRecord.CollectFacts(activation)));
    }

    /// <summary>
    /// A match was modified in place by an update: it is re-activated (re-queued, or re-positioned if still queued).
    /// For linked facts and events it counts as re-created: its linked facts are retracted, and
    /// <see cref="ActivationDeleted"/> then <see cref="ActivationCreated"/> are raised.
    /// </summary>
    void IReteHost.OnActivationModified(Activation activation)
    {
        if (activation.Queued)
        {
            _agenda.Update(activation);
        }
        else
        {
            _agenda.Enqueue(activation);
        }

        ReleaseLinked(activation);
        ActivationWithdrawn?.Invoke(activation);
        if (ActivationDeleted is not null || ActivationCreated is not null)
        {
            var definition = activation.Terminal.Branch.Rule.Definition;
            var facts = FiringRecord.CollectFacts(activation);
            ActivationDeleted?.Invoke(this, new ActivationEventArgs(definition, facts));
            ActivationCreated?.Invoke(this, new ActivationEventArgs(definition, facts));
        }
    }

    private void ReleaseLinked(Activation activation)
    {
        if (activation.Linked is { } linked)
        {
            foreach (var handle in linked.Values)
            {
                _pendingRetractions.Enqueue(handle);
            }

            activation.Linked = null;
        }
    }

    private void FireOne(Activation activation)
    {
        var record = new FiringRecord(++_firingSequence, activation);
        activation.Record = record;
        if (_options.RecordFirings)
        {
            _firings.Add(record);
        }

        _context.Activation = activation;
        _context.Record = record;
        var actions = activation.Terminal.Branch.Actions;
        try
        {
            for (var i = 0; i < actions.Length; i++)
            {
                actions[i](_context, activation);
            }
        }
        catch (Exception ex) when (ex is not RuleFiringLimitException)
        {
            throw new RuleActionException(record.Rule.Id, record, ex);
        }
        finally
        {
            _context.Activation = null;
            ProcessPending();
        }

        RuleFired?.Invoke(this, new RuleFiredEventArgs(record));
    }

    private static long MatchHash(Activation activation)
    {
        long hash = 17;
        for (Token? t = activation.Parent; t is not null; t = t.Parent)
        {
            hash = (hash * 1_000_003) ^ t.Order;
        }

        return hash;
    }

    internal bool InsertCore(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.GetType().IsValueType)
        {
            throw new ArgumentException($"A fact must be an object of a class or record, not a value of {fact.GetType().Name}.", nameof(fact));
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, fact, out var exists);
        if (exists)
        {
            return false;
        }

        var handle = new FactHandle(fact, ++_factSequence);
        slot = handle;
        _rete.Insert(handle);
        FactInserted?.Invoke(this, new FactEventArgs(fact));
        return true;
    }

    internal FactHandle? Handle(object fact) => _facts.TryGetValue(fact, out var handle) ? handle : null;

    internal bool UpdateCore(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(fact, out var handle))
        {
            return false;
        }

        if (!ReferenceEquals(handle.Object, fact))
        {
            _facts.Remove(fact);
            _facts.Add(fact, handle);
            handle.Object = fact;
        }

        _rete.Update(handle);
        FactUpdated?.Invoke(this, new FactEventArgs(fact));
        return true;
    }

    internal bool RetractCore(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(fact, out var handle))
        {
            return false;
        }

        RetractHandle(handle);
        return true;
    }

    private void RetractHandle(FactHandle handle)
    {
        _rete.Retract(handle);
        _facts.Remove(handle.Object);
        if (handle.LinkedOwner is { Linked: { } linked } && handle.LinkedKey is { } key && linked.TryGetValue(key, out var current) && ReferenceEquals(current, handle))
        {
            linked.Remove(key);
        }

        handle.LinkedOwner = null;
        FactRetracted?.Invoke(this, new FactEventArgs(handle.Object));
    }

    /// <summary>Refreshes aggregates and retracts the linked facts of matches that went away, until stable.</summary>
    internal void ProcessPending()
    {
        _rete.Flush();
        while (_pendingRetractions.TryDequeue(out var handle))
        {
            if (_facts.TryGetValue(handle.Object, out var current) && ReferenceEquals(current, handle))
            {
                handle.LinkedOwner = null;
                RetractHandle(handle);
            }

            _rete.Flush();
        }
    }

    internal void InsertLinked(Activation activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (activation.IsDead || !activation.IsActive)
        {
            return;
        }

        var linked = activation.Linked ??= [];
        if (linked.ContainsKey(key))
        {
            throw new InvalidOperationException($"Rule '{activation.Terminal.Branch.Rule.Definition.Id}' already has a linked fact under key {Display.Of(key)}; use UpdateLinked.");
        }

        if (!InsertCore(fact))
        {
            throw new InvalidOperationException($"The fact {Display.Of(fact)} is already in working memory.");
        }

        var handle = _facts[fact];
        handle.LinkedOwner = activation;
        handle.LinkedKey = key;
        linked.Add(key, handle);
    }

    internal void UpdateLinked(Activation activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (activation.Linked is { } linked && linked.TryGetValue(key, out var handle))
        {
            if (Equals(handle.Object, fact))
            {
                UpdateCore(fact);
                return;
            }

            RetractLinked(activation, key);
        }

        InsertLinked(activation, key, fact);
    }

    internal void RetractLinked(Activation activation, object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (activation.Linked is { } linked && linked.Remove(key, out var handle) && _facts.TryGetValue(handle.Object, out var current) && ReferenceEquals(current, handle))
        {
            handle.LinkedOwner = null;
            RetractHandle(handle);
        }
    }

    internal void Emit(FiringRecord record, object output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _outputs.Add(new RuleOutput(record.Rule, output, record));
    }

    internal void Halt() => _halted = true;

    private sealed class ActionContext(Session session) : IContext
    {
        public Activation? Activation { get; set; }

        public FiringRecord Record { get; set; } = null!;

        public RuleDefinition Rule => Record.Rule;

        public FiringRecord Firing => Record;

        public IReadOnlyList<object> Facts => Record.Facts;

        public void Insert(object fact)
        {
            if (!session.InsertCore(fact))
            {
                throw new InvalidOperationException($"The fact {Display.Of(fact)} is already in working memory.");
            }
        }

        public bool TryInsert(object fact) => session.InsertCore(fact);

        public void Update(object fact)
        {
            if (!session.UpdateCore(fact))
            {
                throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
            }
        }

        public bool TryUpdate(object fact) => session.UpdateCore(fact);

        public void Retract(object fact)
        {
            if (!session.RetractCore(fact))
            {
                throw new InvalidOperationException($"The fact {Display.Of(fact)} is not in working memory.");
            }
        }

        public bool TryRetract(object fact) => session.RetractCore(fact);

        public void InsertLinked(object key, object fact) => session.InsertLinked(Current, key, fact);

        public void UpdateLinked(object key, object fact) => session.UpdateLinked(Current, key, fact);

        public void RetractLinked(object key) => session.RetractLinked(Current, key);

        public void Emit(object output) => session.Emit(Record, output);

        public void Halt() => session.Halt();

        private Activation Current => Activation ?? throw new InvalidOperationException("The context is only valid while its rule fires.");
    }
}
