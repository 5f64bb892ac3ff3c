using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Mentoring.Rules.Validation;

/// <summary>
/// Why a rule does not match: the first failing element of each branch of its NRules rule model (and, for a given fact,
/// of each pattern the fact could fill), and the conditions the engine itself found false for the facts while it ran
/// (NRules' <c>LhsExpressionEvaluatedEvent</c>).
/// </summary>
public sealed class WhyNotReport
{
    internal WhyNotReport(IRuleDefinition rule, int matchCount, IReadOnlyList<WhyNotFinding> findings, IReadOnlyList<string> notes, IReadOnlyList<string> rejections)
    {
        Rule = rule;
        MatchCount = matchCount;
        Findings = findings;
        Notes = notes;
        Rejections = rejections;
    }

    /// <summary>The rule asked about, as NRules defines it.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>Whether the rule currently matches (with the given fact, when one was given).</summary>
    public bool Matches => MatchCount > 0;

    /// <summary>How many complete matches the evaluation of the rule model found.</summary>
    public int MatchCount { get; }

    /// <summary>The failing elements, one per branch (and focus position) that does not match.</summary>
    public IReadOnlyList<WhyNotFinding> Findings { get; }

    /// <summary>Remarks about the question itself (e.g. the fact is not in working memory).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// The rule's conditions that the engine evaluated to false while it ran, with the facts it evaluated them on
    /// (for the given fact only, when one was given): what NRules itself rejected.
    /// </summary>
    public IReadOnlyList<string> Rejections { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Rule '{Rule.Name}' ");
        text.Append(Matches ? $"matches ({Plural(MatchCount, "match", "matches")})." : "does not match.");
        foreach (var note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note);
        }

        foreach (var finding in Findings)
        {
            text.AppendLine().Append("  ").Append(finding);
        }

        foreach (var rejection in Rejections)
        {
            text.AppendLine().Append("  engine: ").Append(rejection);
        }

        return text.ToString();
    }

    internal static string Plural(int count, string one, string other) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : other);
}

/// <summary>One failing element of a rule's model.</summary>
/// <param name="Branch">The 0-based branch (rules with <c>Or</c> have several).</param>
/// <param name="Element">The 1-based position of the element in the branch.</param>
/// <param name="ElementText">The element, e.g. <c>pattern 2 Consent c: `(c.Subject == mentor.Id)`</c>.</param>
/// <param name="Reason">Why it failed, naming the facts and bindings involved.</param>
public sealed record WhyNotFinding(int Branch, int Element, string ElementText, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"branch {Branch.ToString(CultureInfo.InvariantCulture)}, element {Element.ToString(CultureInfo.InvariantCulture)} ({ElementText}): {Reason}";
}

/// <summary>
/// Listens to an NRules session's left-hand-side evaluations and keeps those of one rule that came out false: which
/// condition, on which fact. Attach before the facts are inserted, detach after the session has fired.
/// </summary>
internal sealed class RejectionRecorder
{
    private const int Most = 20;
    private readonly string _rule;
    private readonly object? _focus;
    private readonly List<string> _rejections = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _more;

    public RejectionRecorder(string rule, object? focus)
    {
        _rule = rule;
        _focus = focus;
    }

    public IReadOnlyList<string> Rejections => _more == 0
        ? _rejections
        : [.. _rejections, $"… and {WhyNotReport.Plural(_more, "other rejection", "other rejections")}"];

    public void OnEvaluated(object? sender, LhsExpressionEventArgs e)
    {
        if (e.Result is not false || !e.Rules.Any(r => string.Equals(r.Name, _rule, StringComparison.Ordinal)))
        {
            return;
        }

        var facts = e.Facts.Select(f => f.Value).ToList();
        if (_focus is not null && !facts.Contains(_focus))
        {
            return;
        }

        var text = $"`{e.Expression}` was false for {string.Join(", ", facts.Where(f => f is not Policies.Evaluation).Select(Display.Of))}";
        if (!_seen.Add(text))
        {
            return;
        }

        if (_rejections.Count < Most)
        {
            _rejections.Add(text);
        }
        else
        {
            _more++;
        }
    }
}

/// <summary>How values are shown in explanations.</summary>
internal static class Display
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        System.Collections.ICollection c => value.GetType().Name + "[" + c.Count.ToString(CultureInfo.InvariantCulture) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}

/// <summary>
/// Evaluates an NRules rule model by brute force against working memory, element by element, to say which element
/// stops the rule from matching. It reads the model (<see cref="IRuleDefinition.LeftHandSide"/>): patterns and their
/// conditions, aggregates (Collect, CollectList, GroupBy), Not, Exists, All, bindings (Let) and Or.
/// </summary>
internal static class WhyNotEvaluator
{
    private static readonly ConditionalWeakTable<LambdaExpression, Delegate> Compiled = [];

    public static WhyNotReport Explain(IRuleDefinition rule, IReadOnlyList<object> facts, object? focus, IReadOnlyList<string> rejections)
    {
        var findings = new List<WhyNotFinding>();
        var notes = new List<string>();
        var matches = 0;
        var focusInMemory = focus is not null && facts.Contains(focus);
        if (focus is not null && !focusInMemory)
        {
            notes.Add($"{Display.Of(focus)} is not in working memory; it was evaluated as if it were.");
        }

        var branches = Branches(rule.LeftHandSide);
        for (var b = 0; b < branches.Count; b++)
        {
            var elements = branches[b];
            if (focus is null)
            {
                var failure = Evaluate(elements, facts, -1, null, out var count);
                matches += count;
                if (failure is not null)
                {
                    findings.Add(failure with { Branch = b });
                }

                continue;
            }

            var positions = 0;
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is PatternElement { Source: null } p && p.ValueType.IsInstanceOfType(focus))
                {
                    positions++;
                    var pool = focusInMemory ? facts : [.. facts, focus];
                    var failure = Evaluate(elements, pool, i, focus, out var count);
                    matches += count;
                    if (failure is not null)
                    {
                        findings.Add(failure with { Branch = b });
                    }
                }
            }

            if (positions == 0)
            {
                notes.Add($"Branch {b.ToString(CultureInfo.InvariantCulture)} has no pattern a {focus.GetType().Name} can fill.");
            }
        }

        return new WhyNotReport(rule, matches, findings, notes, rejections);
    }

    /// <summary>The rule's left-hand side as a disjunction of element sequences (an <c>Or</c> gives several branches).</summary>
    private static List<List<RuleElement>> Branches(RuleElement element)
    {
        switch (element)
        {
            case AndElement and:
                {
                    var result = new List<List<RuleElement>> { new() };
                    foreach (var child in and.ChildElements)
                    {
                        var alternatives = Branches(child);
                        result = [.. result.SelectMany(prefix => alternatives.Select(a => (List<RuleElement>)[.. prefix, .. a]))];
                    }

                    return result;
                }

            case OrElement or:
                return [.. or.ChildElements.SelectMany(Branches)];
            default:
                return [[element]];
        }
    }

    private static WhyNotFinding? Evaluate(List<RuleElement> elements, IReadOnlyList<object> facts, int focusIndex, object? focus, out int matchCount)
    {
        var envs = new List<Dictionary<string, object?>> { new(StringComparer.Ordinal) };
        matchCount = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            var position = i + 1;
            var next = new List<Dictionary<string, object?>>();
            switch (elements[i])
            {
                case PatternElement { Source: AggregateElement aggregate } p:
                    {
                        var source = aggregate.Source;
                        foreach (var env in envs)
                        {
                            var matched = facts.Where(f => source.ValueType.IsInstanceOfType(f) && FirstFailing(Conditions(source), env, source.Declaration.Name, f) < 0).ToList();
                            foreach (var result in Aggregate(aggregate, matched))
                            {
                                if (FirstFailing(Conditions(p), env, p.Declaration.Name, result) < 0)
                                {
                                    next.Add(With(env, p.Declaration.Name, result));
                                }
                            }
                        }

                        if (next.Count == 0)
                        {
                            var conditions = Conditions(p);
                            return conditions.Count == 0
                                ? Fail(position, Describe("query " + aggregate.Name, position, source, Conditions(source)), "the query produced no result: " + PatternReason(source, envs, facts))
                                : Fail(position, Describe("query " + aggregate.Name, position, p, conditions), $"`{Body(conditions[0])}` was false for the query's result{For(envs[0])}{More(envs)}.");
                        }

                        break;
                    }

                case PatternElement { Source: BindingElement binding } p:
                    {
                        // Let(() => x, () => ...): a pattern over the binding's value; Having adds its conditions.
                        foreach (var env in envs)
                        {
                            var value = Invoke(binding.Expression, env, null, null);
                            if (FirstFailing(Conditions(p), env, p.Declaration.Name, value!) < 0)
                            {
                                next.Add(With(env, p.Declaration.Name, value));
                            }
                        }

                        if (next.Count == 0)
                        {
                            var conditions = Conditions(p);
                            return Fail(position, Describe("let", position, p, conditions), $"`{Body(conditions[0])}` was false{For(envs[0])}{More(envs)}.");
                        }

                        break;
                    }

                case PatternElement p:
                    {
                        var candidates = i == focusIndex ? [focus!] : facts.Where(p.ValueType.IsInstanceOfType).ToList();
                        foreach (var env in envs)
                        {
                            foreach (var fact in candidates)
                            {
                                if (FirstFailing(Conditions(p), env, p.Declaration.Name, fact) < 0)
                                {
                                    next.Add(With(env, p.Declaration.Name, fact));
                                }
                            }
                        }

                        if (next.Count == 0)
                        {
                            return Fail(position, Describe("pattern", position, p, Conditions(p)), PatternReason(p, envs, candidates));
                        }

                        break;
                    }

                case NotElement { Source: PatternElement p }:
                    {
                        object? blocker = null;
                        Dictionary<string, object?>? blockedEnv = null;
                        foreach (var env in envs)
                        {
                            var match = facts.FirstOrDefault(f => p.ValueType.IsInstanceOfType(f) && FirstFailing(Conditions(p), env, p.Declaration.Name, f) < 0);
                            if (match is null)
                            {
                                next.Add(env);
                            }
                            else
                            {
                                blocker ??= match;
                                blockedEnv ??= env;
                            }
                        }

                        if (next.Count == 0)
                        {
                            return Fail(position, Describe("Not", position, p, Conditions(p)), $"a fact it forbids is there: {Display.Of(blocker)}{For(blockedEnv!)}.");
                        }

                        break;
                    }

                case ExistsElement { Source: PatternElement p }:
                    {
                        foreach (var env in envs)
                        {
                            if (facts.Any(f => p.ValueType.IsInstanceOfType(f) && FirstFailing(Conditions(p), env, p.Declaration.Name, f) < 0))
                            {
                                next.Add(env);
                            }
                        }

                        if (next.Count == 0)
                        {
                            return Fail(position, Describe("Exists", position, p, Conditions(p)), "no fact exists: " + PatternReason(p, envs, facts));
                        }

                        break;
                    }

                case ForAllElement all:
                    {
                        string? reason = null;
                        var p = all.BasePattern;
                        foreach (var env in envs)
                        {
                            string? violation = null;
                            foreach (var fact in facts)
                            {
                                if (!p.ValueType.IsInstanceOfType(fact) || FirstFailing(Conditions(p), env, p.Declaration.Name, fact) >= 0)
                                {
                                    continue;
                                }

                                foreach (var q in all.Patterns)
                                {
                                    var failing = FirstFailing(Conditions(q), env, q.Declaration.Name, fact);
                                    if (failing >= 0)
                                    {
                                        violation = $"fact {Display.Of(fact)} matches the base pattern but fails `{Body(Conditions(q)[failing])}`{For(env)}.";
                                        break;
                                    }
                                }

                                if (violation is not null)
                                {
                                    break;
                                }
                            }

                            if (violation is null)
                            {
                                next.Add(env);
                            }
                            else
                            {
                                reason ??= violation;
                            }
                        }

                        if (next.Count == 0)
                        {
                            return Fail(position, Describe("All", position, p, [.. Conditions(p), .. all.Patterns.SelectMany(Conditions)]), reason!);
                        }

                        break;
                    }

                default:
                    next = envs;
                    break;
            }

            envs = next;
        }

        matchCount = envs.Count;
        return null;
    }

    private static WhyNotFinding Fail(int position, string text, string reason) => new(0, position, text, reason);

    private static List<LambdaExpression> Conditions(PatternElement pattern) =>
        [.. pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName).Select(e => e.Expression)];

    private static IEnumerable<object> Aggregate(AggregateElement aggregate, List<object> matched)
    {
        var type = aggregate.Source.ValueType;
        if (aggregate.Name is AggregateElement.CollectName or ListAggregateName)
        {
            var array = Array.CreateInstance(type, matched.Count);
            for (var i = 0; i < matched.Count; i++)
            {
                array.SetValue(matched[i], i);
            }

            yield return array;
        }
        else if (aggregate.Name == AggregateElement.GroupByName
            && aggregate.Expressions.FirstOrDefault(e => e.Name == AggregateElement.KeySelectorName) is { } key)
        {
            foreach (var group in matched.GroupBy(f => Compile(key.Expression).DynamicInvoke(f)))
            {
                yield return group;
            }
        }
        else
        {
            // Other aggregates are not evaluated here: the query is taken to produce a result.
            yield return Array.CreateInstance(type, 0);
        }
    }

    private const string ListAggregateName = Policies.ListAggregateExtensions.AggregateName;

    private static string PatternReason(PatternElement p, List<Dictionary<string, object?>> envs, IReadOnlyList<object> pool)
    {
        var candidates = pool.Where(p.ValueType.IsInstanceOfType).ToList();
        if (candidates.Count == 0)
        {
            return $"no {p.ValueType.Name} fact is in working memory.";
        }

        var env = envs[0];
        var survivors = candidates;
        foreach (var condition in Conditions(p))
        {
            var kept = survivors.Where(f => Invoke(condition, env, p.Declaration.Name, f) is true).ToList();
            if (kept.Count == 0)
            {
                var rejected = survivors.Count == 1
                    ? $"the only remaining {p.ValueType.Name} fact {Display.Of(survivors[0])}"
                    : $"all {survivors.Count.ToString(CultureInfo.InvariantCulture)} remaining {p.ValueType.Name} facts";
                return $"condition `{Body(condition)}` had no match: it rejected {rejected}{For(env)}{More(envs)}.";
            }

            survivors = kept;
        }

        return $"no {p.ValueType.Name} fact matched{For(env)}{More(envs)}.";
    }

    private static string More(List<Dictionary<string, object?>> envs) =>
        envs.Count > 1 ? $" (and {WhyNotReport.Plural(envs.Count - 1, "other partial match", "other partial matches")})" : string.Empty;

    private static string For(Dictionary<string, object?> env) =>
        env.Count == 0 ? string.Empty : " for " + string.Join(", ", env.Select(e => e.Key + "=" + Display.Of(e.Value)));

    private static string Describe(string what, int position, PatternElement p, List<LambdaExpression> conditions) =>
        $"{what} {position.ToString(CultureInfo.InvariantCulture)} {p.ValueType.Name} {p.Declaration.Name}"
        + (conditions.Count == 0 ? string.Empty : ": " + string.Join(" && ", conditions.Select(c => "`" + Body(c) + "`")));

    private static string Body(LambdaExpression lambda) => lambda.Body.ToString();

    private static int FirstFailing(List<LambdaExpression> conditions, Dictionary<string, object?> env, string own, object fact)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            if (Invoke(conditions[i], env, own, fact) is not true)
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> env, string name, object? value) =>
        new(env, StringComparer.Ordinal) { [name] = value };

    private static object? Invoke(LambdaExpression lambda, Dictionary<string, object?> env, string? own, object? fact)
    {
        var args = new object?[lambda.Parameters.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var name = lambda.Parameters[i].Name!;
            args[i] = name == own ? fact : env.GetValueOrDefault(name);
        }

        try
        {
            return Compile(lambda).DynamicInvoke(args);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Delegate Compile(LambdaExpression lambda) => Compiled.GetValue(lambda, l => l.Compile());
}
