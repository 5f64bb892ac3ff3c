using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using Mentoring.Rules.Network;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>Why a rule does not match: the first failing element of each branch (and, for a given fact, of each pattern it could fill).</summary>
public sealed class WhyNotReport
{
    internal WhyNotReport(RuleDefinition rule, int matchCount, IReadOnlyList<WhyNotFinding> findings, IReadOnlyList<string> notes)
    {
        Rule = rule;
        MatchCount = matchCount;
        Findings = findings;
        Notes = notes;
    }

    /// <summary>The rule asked about.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Whether the rule currently matches (with the given fact, when one was given).</summary>
    public bool Matches => MatchCount > 0;

    /// <summary>How many complete matches the evaluation found.</summary>
    public int MatchCount { get; }

    /// <summary>The failing elements, one per branch (and focus position) that does not match.</summary>
    public IReadOnlyList<WhyNotFinding> Findings { get; }

    /// <summary>Remarks about the question itself (e.g. the fact is not in working memory).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Rule '{Rule.Id}' ");
        text.Append(Matches ? $"matches ({MatchCount.ToString(CultureInfo.InvariantCulture)} match(es))." : "does not match.");
        foreach (var note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note);
        }

        foreach (var finding in Findings)
        {
            text.AppendLine().Append("  ").Append(finding);
        }

        return text.ToString();
    }
}

/// <summary>One failing element.</summary>
/// <param name="Branch">The 0-based branch (rules with <c>Or</c> have several).</param>
/// <param name="Element">The 1-based position of the element in the branch.</param>
/// <param name="ElementText">The element, e.g. <c>pattern 2 Consent c: (c.PersonId == mentor.Id)</c>.</param>
/// <param name="Reason">Why it failed, naming the facts and bindings involved.</param>
public sealed record WhyNotFinding(int Branch, int Element, string ElementText, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"branch {Branch.ToString(CultureInfo.InvariantCulture)}, element {Element.ToString(CultureInfo.InvariantCulture)} ({ElementText}): {Reason}";
}

/// <summary>Evaluates a rule's model by brute force against working memory, element by element.</summary>
internal static class WhyNotEvaluator
{
    private static readonly ConditionalWeakTable<LambdaExpression, Delegate> Compiled = [];

    private sealed class Failure(int element, string text, string reason)
    {
        public int Element { get; } = element;

        public string Text { get; } = text;

        public string Reason { get; } = reason;
    }

    public static WhyNotReport Explain(CompiledRule rule, IReadOnlyList<object> facts, object? focus, bool focusInMemory)
    {
        var findings = new List<WhyNotFinding>();
        var notes = new List<string>();
        var matches = 0;
        if (focus is not null && !focusInMemory)
        {
            notes.Add($"{Display.Of(focus)} is not in working memory; it was evaluated as if it were.");
        }

        foreach (var branch in rule.Branches)
        {
            var elements = branch.Elements;
            if (focus is null)
            {
                var failure = Evaluate(elements, facts, -1, null, out var count);
                matches += count;
                if (failure is not null)
                {
                    findings.Add(new WhyNotFinding(branch.Index, failure.Element, failure.Text, failure.Reason));
                }

                continue;
            }

            var positions = 0;
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is PatternElement p && p.FactType.IsInstanceOfType(focus))
                {
                    positions++;
                    var pool = focusInMemory ? facts : [.. facts, focus];
                    var failure = Evaluate(elements, pool, i, focus, out var count);
                    matches += count;
                    if (failure is not null)
                    {
                        findings.Add(new WhyNotFinding(branch.Index, failure.Element, failure.Text, failure.Reason));
                    }
                }
            }

            if (positions == 0)
            {
                notes.Add($"Branch {branch.Index.ToString(CultureInfo.InvariantCulture)} has no pattern a {focus.GetType().Name} can fill.");
            }
        }

        return new WhyNotReport(rule.Definition, matches, findings, notes);
    }

    private static Failure? Evaluate(IReadOnlyList<RuleElement> elements, IReadOnlyList<object> facts, int focusIndex, object? focus, out int matchCount)
    {
        var envs = new List<Dictionary<string, object?>> { new(StringComparer.Ordinal) };
        matchCount = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            var position = i + 1;
            var next = new List<Dictionary<string, object?>>();
            switch (elements[i])
            {
                case PatternElement p:
                    {
                        var candidates = i == focusIndex ? [focus!] : facts.Where(p.FactType.IsInstanceOfType).ToList();
                        foreach (var env in envs)
                        {
                            foreach (var fact in candidates)
                            {
                                if (FirstFailing(p.Conditions, env, p.Declaration.Name, fact) < 0)
                                {
                                    next.Add(With(env, p.Declaration.Name, fact));
                                }
                            }
                        }

                        if (next.Count == 0)
                        {
                            return new Failure(position, Describe("pattern", position, p, p.Conditions), PatternReason(p, p.Conditions, envs, candidates));
                        }

                        break;
                    }

                case NotElement not:
                    {
                        object? blocker = null;
                        Dictionary<string, object?>? blockedEnv = null;
                        foreach (var env in envs)
                        {
                            var match = facts.FirstOrDefault(f => not.Pattern.FactType.IsInstanceOfType(f) && FirstFailing(not.Pattern.Conditions, env, not.Pattern.Declaration.Name, f) < 0);
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
                            return new Failure(position, Describe("Not element", position, not.Pattern, not.Pattern.Conditions), $"Not element matched fact {Display.Of(blocker)}{For(blockedEnv!)}.");
                        }

                        break;
                    }

                case ExistsElement exists:
                    {
                        foreach (var env in envs)
                        {
                            if (facts.Any(f => exists.Pattern.FactType.IsInstanceOfType(f) && FirstFailing(exists.Pattern.Conditions, env, exists.Pattern.Declaration.Name, f) < 0))
                            {
                                next.Add(env);
                            }
                        }

                        if (next.Count == 0)
                        {
                            var candidates = facts.Where(exists.Pattern.FactType.IsInstanceOfType).ToList();
                            return new Failure(position, Describe("Exists element", position, exists.Pattern, exists.Pattern.Conditions), "Exists element had no match: " + PatternReason(exists.Pattern, exists.Pattern.Conditions, envs, candidates));
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
                                if (!p.FactType.IsInstanceOfType(fact) || FirstFailing(p.Conditions, env, p.Declaration.Name, fact) >= 0)
                                {
                                    continue;
                                }

                                var failing = FirstFailing(all.Conditions, env, p.Declaration.Name, fact);
                                if (failing >= 0)
                                {
                                    violation = $"All element: fact {Display.Of(fact)} matches the base pattern but fails `{Body(all.Conditions[failing])}`{For(env)}.";
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
                            return new Failure(position, Describe("All element", position, p, [.. p.Conditions, .. all.Conditions]), reason!);
                        }

                        break;
                    }

                case AggregateElement aggregate:
                    {
                        var p = aggregate.Source;
                        foreach (var env in envs)
                        {
                            var matched = facts.Where(f => p.FactType.IsInstanceOfType(f) && FirstFailing(p.Conditions, env, p.Declaration.Name, f) < 0).ToList();
                            foreach (var result in Aggregate(aggregate, matched))
                            {
                                next.Add(With(env, aggregate.Result.Name, result));
                            }
                        }

                        if (next.Count == 0)
                        {
                            var candidates = facts.Where(p.FactType.IsInstanceOfType).ToList();
                            return new Failure(position, Describe("Query " + aggregate.Kind, position, p, p.Conditions), "the group-by produced no group: " + PatternReason(p, p.Conditions, envs, candidates));
                        }

                        break;
                    }

                case BindingElement binding:
                    foreach (var env in envs)
                    {
                        next.Add(With(env, binding.Declaration.Name, Invoke(binding.Expression, env, null, null)));
                    }

                    break;

                case FilterElement filter:
                    {
                        foreach (var env in envs)
                        {
                            if (Invoke(filter.Condition, env, null, null) is true)
                            {
                                next.Add(env);
                            }
                        }

                        if (next.Count == 0)
                        {
                            return new Failure(position, $"Having `{Body(filter.Condition)}`", $"Having `{Body(filter.Condition)}` was false{For(envs[0])}{More(envs)}.");
                        }

                        break;
                    }

                default:
                    break;
            }

            envs = next;
        }

        matchCount = envs.Count;
        return null;
    }

    private static IEnumerable<object> Aggregate(AggregateElement aggregate, List<object> matched)
    {
        var type = aggregate.Source.FactType;
        switch (aggregate.Kind)
        {
            case AggregateKind.Count:
                yield return matched.Count;
                break;
            case AggregateKind.Collect:
                {
                    var array = Array.CreateInstance(type, matched.Count);
                    for (var i = 0; i < matched.Count; i++)
                    {
                        array.SetValue(matched[i], i);
                    }

                    yield return array;
                    break;
                }

            default:
                {
                    var selector = aggregate.KeySelector!;
                    var groups = matched.GroupBy(f => Compile(selector).DynamicInvoke(f));
                    foreach (var group in groups)
                    {
                        var array = Array.CreateInstance(type, group.Count());
                        var i = 0;
                        foreach (var item in group)
                        {
                            array.SetValue(item, i++);
                        }

                        yield return Activator.CreateInstance(typeof(Grouping<,>).MakeGenericType(selector.ReturnType, type), group.Key, array)!;
                    }

                    break;
                }
        }
    }

    private static string PatternReason(PatternElement p, IReadOnlyList<LambdaExpression> conditions, List<Dictionary<string, object?>> envs, List<object> candidates)
    {
        if (candidates.Count == 0)
        {
            return $"no {p.FactType.Name} fact is in working memory.";
        }

        var env = envs[0];
        var survivors = candidates;
        foreach (var condition in conditions)
        {
            var kept = survivors.Where(f => Invoke(condition, env, p.Declaration.Name, f) is true).ToList();
            if (kept.Count == 0)
            {
                var rejected = survivors.Count == 1 ? $"the only remaining {p.FactType.Name} fact {Display.Of(survivors[0])}" : $"all {survivors.Count.ToString(CultureInfo.InvariantCulture)} remaining {p.FactType.Name} facts";
                return $"condition `{Body(condition)}` had no match: it rejected {rejected}{For(env)}{More(envs)}.";
            }

            survivors = kept;
        }

        return $"no {p.FactType.Name} fact matched{For(env)}{More(envs)}.";
    }

    private static string More(List<Dictionary<string, object?>> envs) =>
        envs.Count > 1 ? $" (and {(envs.Count - 1).ToString(CultureInfo.InvariantCulture)} other partial match(es))" : string.Empty;

    private static string For(Dictionary<string, object?> env) =>
        env.Count == 0 ? string.Empty : " for " + string.Join(", ", env.Select(e => e.Key + "=" + Display.Of(e.Value)));

    private static string Describe(string what, int position, PatternElement p, IReadOnlyList<LambdaExpression> conditions) =>
        $"{what} {position.ToString(CultureInfo.InvariantCulture)} {p.FactType.Name} {p.Declaration.Name}" + (conditions.Count == 0 ? string.Empty : ": " + string.Join(" && ", conditions.Select(c => "`" + Body(c) + "`")));

    private static string Body(LambdaExpression lambda) => lambda.Body.ToString();

    private static int FirstFailing(IReadOnlyList<LambdaExpression> conditions, Dictionary<string, object?> env, string own, object fact)
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
    }

    private static Delegate Compile(LambdaExpression lambda) => Compiled.GetValue(lambda, l => l.Compile());
}
