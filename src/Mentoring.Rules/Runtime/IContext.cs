using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>
/// What an action sees and can do while its rule fires. Working-memory changes take effect at once
/// (new activations join the agenda); aggregates are refreshed when the action returns.
/// </summary>
public interface IContext
{
    /// <summary>The firing rule.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The record of this firing: matched facts and bindings.</summary>
    FiringRecord Firing { get; }

    /// <summary>The facts matched by the rule's patterns, in pattern order.</summary>
    IReadOnlyList<object> Facts { get; }

    /// <summary>Inserts a fact; throws when an equal fact is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Inserts a fact unless an equal one is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Tells the engine a fact changed (pass the fact, or an equal new instance); throws when it is not in working memory.</summary>
    /// <param name="fact">The fact.</param>
    void Update(object fact);

    /// <summary>Like <see cref="Update"/>, returning false instead of throwing.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact; throws when it is not in working memory.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Retracts a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>
    /// Inserts a fact linked to this match under <paramref name="key"/>: it is retracted automatically when the match
    /// goes away (truth maintenance). Does nothing when the match is already gone.
    /// </summary>
    /// <param name="key">Identifies the linked fact within this match.</param>
    /// <param name="fact">The fact.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Replaces (or updates, if equal) the fact linked under <paramref name="key"/>, inserting it if there is none.</summary>
    /// <param name="key">Identifies the linked fact within this match.</param>
    /// <param name="fact">The new fact.</param>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the fact linked under <paramref name="key"/>, if any.</summary>
    /// <param name="key">Identifies the linked fact within this match.</param>
    void RetractLinked(object key);

    /// <summary>Produces an output (e.g. a finding) collected by the session in <see cref="ISession.Outputs"/>.</summary>
    /// <param name="output">The output.</param>
    void Emit(object output);

    /// <summary>Stops the current <c>Fire</c> call after this action.</summary>
    void Halt();
}
