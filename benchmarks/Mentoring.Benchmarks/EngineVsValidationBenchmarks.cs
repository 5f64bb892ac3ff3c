using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Mentoring.Domain.Cases;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Mentoring.Benchmarks;

/// <summary>
/// The same rules over the same facts, in one run: NRules alone (the policies' left-hand sides, actions that do
/// nothing), NRules with the real actions (verdicts computed, no report), and the full validation (report built; then
/// also every message read). The difference between <see cref="FullValidation"/> and <see cref="NRulesAlone"/> is what
/// this library adds on top of the engine. Synthetic school(s) as in <see cref="ScaleBenchmarks"/> (seed 1, 10%
/// defects, <c>federal-2021</c> on 2024-06-30).
/// </summary>
[MemoryDiagnoser]
public class EngineVsValidationBenchmarks
{
    private readonly MentoringValidator _validator = new(EditionCatalog.Bundled);
    private ResolvedEdition _edition = null!;
    private MentoringCase _school = null!;
    private ISessionFactory _rules = null!;
    private ISessionFactory _emptyActions = null!;

    /// <summary>
    /// The school's staff: 26 is organization 0 of the default options (the one <see cref="ScaleBenchmarks"/> uses);
    /// 200 is organization 0 generated with 200 staff.
    /// </summary>
    [Params(26, 200)]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        _school = School(Staff);
        var compiled = _validator.Compile(_validator.ActivePolicies(_edition));
        _rules = _validator.Factory(_edition);
        _emptyActions = EmptyActions.Compile(compiled.Rules);
        Warm(() =>
        {
            NRulesAlone();
            NRulesWithVerdicts();
            FullValidationWithMessages();
        });
    }

    /// <summary>
    /// Runs the code for a second before the first measurement: with only 2 warm-up iterations, the first benchmark of
    /// an in-process run on a busy 2-core machine was still being moved to optimized code (tiered JIT) while it was
    /// measured (2.4 ms falling to 0.5 ms over its iterations).
    /// </summary>
    internal static void Warm(Action run)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 1000)
        {
            run();
        }

        Thread.Sleep(200);
    }

    /// <summary>Organization 0 of seed 1 with 10% defects; with the default staff range for 26, else with exactly that staff.</summary>
    internal static MentoringCase School(int staff)
    {
        var options = new SyntheticOptions { Seed = 1, ViolationShare = 0.1 };
        if (staff != 26)
        {
            options = options with { MinTeachers = staff, MaxTeachers = staff };
        }

        return new SyntheticGenerator(options).Organization(0).Case;
    }

    /// <summary>The policies' rules with empty actions: a fresh session, the validator's facts inserted, fired.</summary>
    [Benchmark(Baseline = true)]
    public int NRulesAlone()
    {
        var session = _emptyActions.CreateSession();
        session.InsertAll(MentoringValidator.Facts(_school, new Evaluation(_school, _edition, redact: false)));
        return session.Fire();
    }

    /// <summary>The real rules (their actions compute the verdicts) in a bare session with a verdict sink; no report.</summary>
    [Benchmark]
    public int NRulesWithVerdicts()
    {
        var session = _rules.CreateSession();
        var sink = new VerdictSink();
        session.DependencyResolver = sink;
        session.InsertAll(MentoringValidator.Facts(_school, new Evaluation(_school, _edition, redact: false)));
        session.Fire();
        return sink.Verdicts.Count;
    }

    /// <summary><c>Validate</c>: the same session, then findings and the sorted report (messages not read).</summary>
    [Benchmark]
    public int FullValidation() => _validator.Validate(_school, _edition).Findings.Count;

    /// <summary><c>Validate</c>, and every finding's Russian and English message read.</summary>
    [Benchmark]
    public int FullValidationWithMessages()
    {
        var length = 0;
        foreach (var finding in _validator.Validate(_school, _edition).Findings)
        {
            length += finding.MessageRu.Length + finding.MessageEn.Length;
        }

        return length;
    }
}

/// <summary>Rebuilds rule definitions with the same left-hand side and actions that do nothing.</summary>
internal static class EmptyActions
{
    /// <summary>Each rule as it is (name, priority, repeatability, tags, properties, dependencies, conditions, filters), each action replaced by an empty one with the same trigger.</summary>
    internal static IRuleDefinition[] Rebuild(IEnumerable<IRuleDefinition> rules) =>
    [
        .. rules.Select(rule => Element.RuleDefinition(
            rule.Name,
            rule.Description,
            rule.Priority,
            rule.Repeatability,
            rule.Tags,
            rule.Properties,
            rule.DependencyGroup,
            rule.LeftHandSide,
            rule.FilterGroup,
            Element.ActionGroup(rule.RightHandSide.Actions.Select(a => Element.Action(Nothing, a.ActionTrigger))))),
    ];

    /// <summary>The rules rebuilt with empty actions, compiled by NRules' <see cref="RuleCompiler"/> with its defaults (as <c>RuleRepository.Compile()</c> does).</summary>
    internal static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules) => new RuleCompiler().Compile(Rebuild(rules));

    private static readonly LambdaExpression Nothing = Expression.Lambda(Expression.Empty(), Expression.Parameter(typeof(IContext), "ctx"));
}
