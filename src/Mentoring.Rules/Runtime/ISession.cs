using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>
/// One unit of work: a working memory of facts over a compiled rule network, an agenda, and the record of firings.
/// Not thread-safe: use one session per thread (create as many as needed from the shared <see cref="ISessionFactory"/>).
/// Facts are identified by <see cref="object.Equals(object)"/>; event handlers must not modify the session.
/// </summary>
public interface ISession
{
    /// <summary>A fact was inserted.</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact was retracted.</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A match of a rule joined the agenda.</summary>
    event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>A match of a rule went away (before or after it fired).</summary>
    event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>A rule fired (raised after its actions ran).</summary>
    event EventHandler<RuleFiredEventArgs>? RuleFired;

    /// <summary>The firings so far, oldest first (empty when <see cref="SessionOptions.RecordFirings"/> is off).</summary>
    IReadOnlyList<FiringRecord> Firings { get; }

    /// <summary>The outputs emitted by actions so far, oldest first.</summary>
    IReadOnlyList<RuleOutput> Outputs { get; }

    /// <summary>How many matches wait on the agenda.</summary>
    int AgendaCount { get; }

    /// <summary>How many facts are in working memory.</summary>
    int FactCount { get; }

    /// <summary>Inserts a fact; throws when an equal fact is already in working memory.</summary>
    /// <param name="fact">The fact (an instance of a class, record or interface, not a value type).</param>
    void Insert(object fact);

    /// <summary>Inserts a fact unless an equal one is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Inserts facts as one batch (aggregates are refreshed once, at the end).</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the engine a fact changed (pass it, or an equal new instance); only what depends on it is re-evaluated.</summary>
    /// <param name="fact">The fact.</param>
    void Update(object fact);

    /// <summary>Like <see cref="Update"/>, returning false when the fact is not in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Updates facts as one batch.</summary>
    /// <param name="facts">The facts.</param>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact; throws when it is not in working memory.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Retracts a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Retracts facts as one batch.</summary>
    /// <param name="facts">The facts.</param>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Fires rules until the agenda is empty.</summary>
    /// <returns>The number of rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRules"/> rules.</summary>
    /// <param name="maxRules">The limit.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRules);

    /// <summary>Fires rules until the agenda is empty; the token is checked before each firing.</summary>
    /// <param name="cancellationToken">Cancels between firings with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRules"/> rules; the token is checked before each firing.</summary>
    /// <param name="maxRules">The limit.</param>
    /// <param name="cancellationToken">Cancels between firings with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRules, CancellationToken cancellationToken);

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, in insertion order.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The facts.</returns>
    IReadOnlyList<T> Query<T>();

    /// <summary>The current complete matches of a rule (fired or not), as records (with sequence 0).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The matches.</returns>
    IReadOnlyList<FiringRecord> Matches(string ruleId);

    /// <summary>
    /// Explains why a rule does not match (or that it does), by evaluating its model against working memory:
    /// the first element of each branch that fails, and why.
    /// </summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="fact">Optionally, a fact the question is about: each pattern it could match is tried with just that fact.</param>
    /// <returns>The explanation.</returns>
    WhyNotReport WhyNot(string ruleId, object? fact = null);

    /// <summary>The rules of the session, in registration order.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }
}

/// <summary>A compiled rule set; thread-safe: compile once, share, and create a session per unit of work.</summary>
public interface ISessionFactory
{
    /// <summary>The rules, in registration order.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Creates a session with the factory's options.</summary>
    /// <returns>A new session.</returns>
    ISession CreateSession();

    /// <summary>Creates a session with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A new session.</returns>
    ISession CreateSession(SessionOptions options);
}
