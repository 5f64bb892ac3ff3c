using NRules.Extensibility;
using NRules.RuleModel;

namespace Mentoring.Rules.Policies;

/// <summary>
/// How a verdict leaves a rule: <c>ctx.Emit(verdict)</c> in the rule's action hands it to the validation that runs
/// the session, through the session's NRules <c>DependencyResolver</c>.
/// </summary>
/// <remarks>
/// A rule's action is an NRules action: it can also insert, update or retract facts as NRules allows. A verdict is not
/// a fact: it is read by the validator, with the rule that fired and the facts it matched, and becomes a finding.
/// Sessions the validator opens resolve the channel; a session opened elsewhere must set a resolver that does (see
/// <c>docs/engine.md</c>).
/// </remarks>
public static class VerdictContextExtensions
{
    /// <summary>Hands a verdict to the validation: it becomes a finding of the firing rule, about its subjects.</summary>
    /// <param name="context">The action's NRules context.</param>
    /// <param name="verdict">The verdict.</param>
    public static void Emit(this IContext context, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(verdict);
        ((VerdictSink)context.Resolve(typeof(VerdictSink))).Add(context, verdict);
    }

    /// <summary>
    /// Hands a verdict about one more fact than the match holds: a fact the rule took from the case by key (a pair's
    /// mentee, a mentee's consent) instead of joining it in the engine, which NRules 1.0.4 does not index. The finding
    /// names the match's facts, then this one, as a join of the two patterns would have named them.
    /// </summary>
    /// <param name="context">The action's NRules context.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="fact">The fact taken by key, a fact of the case's working memory.</param>
    internal static void Emit(this IContext context, Verdict verdict, object fact)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(fact);
        ((VerdictSink)context.Resolve(typeof(VerdictSink))).Add(context, verdict, fact);
    }
}

/// <summary>One verdict as a rule emitted it: the rule, the working-memory facts of its match, the verdict.</summary>
internal readonly record struct EmittedVerdict(IRuleDefinition Rule, object[] Facts, Verdict Verdict);

/// <summary>
/// Collects the verdicts of one session, in firing order. It is the session's dependency resolver and resolves only
/// itself: rules take what else they need from facts and the edition's parameters (docs/engine.md, known limitations).
/// </summary>
internal sealed class VerdictSink : IDependencyResolver
{
    private readonly List<EmittedVerdict> _verdicts = [];

    /// <summary>The verdicts in firing order.</summary>
    public IReadOnlyList<EmittedVerdict> Verdicts => _verdicts;

    public void Add(IContext context, Verdict verdict) => _verdicts.Add(new(context.Rule, FactsOf(context.Match), verdict));

    /// <summary>A verdict about the match's facts and one fact the rule took by key, named after them.</summary>
    public void Add(IContext context, Verdict verdict, object fact) => _verdicts.Add(new(context.Rule, [.. FactsOf(context.Match), fact], verdict));

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(VerdictSink)
            ? this
            : throw new InvalidOperationException($"The validation resolves no service of type {serviceType}: pass what a rule needs as a fact or an edition parameter.");

    /// <summary>The facts of a match that come from working memory (not the lists of aggregates), in pattern order.</summary>
    private static object[] FactsOf(IMatch match)
    {
        var facts = new List<object>();
        foreach (var fact in match.Facts)
        {
            if (fact.Source is null && fact.Value is { } value)
            {
                facts.Add(value);
            }
        }

        return [.. facts];
    }
}
