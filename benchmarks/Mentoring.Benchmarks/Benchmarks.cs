using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.RuleModel;
using Mentoring.Rules.Runtime;

namespace Mentoring.Benchmarks;

public sealed class Fact1
{
    public int IntProperty { get; set; }
}

public sealed class Fact2
{
    public int IntProperty { get; set; }
}

/// <summary>Scenarios mirroring NRules' Meta benchmarks: Insert, InsertUpdate, InsertRetract, each followed by Fire.</summary>
[MemoryDiagnoser]
public abstract class BenchmarkBase
{
    protected ISessionFactory Factory { get; set; } = null!;

    /// <summary>The facts of a scenario, batch by batch (one batch per fact type), inserted, updated or retracted in order.</summary>
    protected IReadOnlyList<object>[] Batches { get; set; } = [];

    [Benchmark]
    public int Insert() => InsertAll().Fire();

    [Benchmark]
    public int InsertUpdate()
    {
        var session = InsertAll();
        foreach (var batch in Batches)
        {
            session.UpdateAll(batch);
        }

        return session.Fire();
    }

    [Benchmark]
    public int InsertRetract()
    {
        var session = InsertAll();
        foreach (var batch in Batches)
        {
            session.RetractAll(batch);
        }

        return session.Fire();
    }

    protected static ISessionFactory Compile(params Type[] rules) => new RuleRepository().Load(rules).Compile();

    protected static Fact1[] Facts1(int count) => Enumerable.Range(0, count).Select(i => new Fact1 { IntProperty = i }).ToArray();

    protected static Fact2[] Facts2(int count) => Enumerable.Range(0, count).Select(i => new Fact2 { IntProperty = i }).ToArray();

    /// <summary>A new session with every batch inserted, in order.</summary>
    private ISession InsertAll()
    {
        var session = Factory.CreateSession();
        foreach (var batch in Batches)
        {
            session.InsertAll(batch);
        }

        return session;
    }
}

public class OneFactRuleBenchmark : BenchmarkBase
{
    [Params(10, 100, 1000)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Factory = Compile(typeof(OneFactRule));
        Batches = [Facts1(FactCount)];
    }

    private sealed class OneFactRule : Rule
    {
        public override void Define()
        {
            Fact1 fact = null!;
            When().Match(() => fact, f => f.IntProperty % 2 == 0);
            Then().Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}

public abstract class TwoFactBenchmarkBase : BenchmarkBase
{
    [Params(10, 100, 1000)]
    public int Fact1Count { get; set; }

    [Params(10, 100, 1000)]
    public int Fact2Count { get; set; }

    protected abstract Type RuleType { get; }

    [GlobalSetup]
    public void Setup()
    {
        Factory = Compile(RuleType);
        Batches = [Facts1(Fact1Count), Facts2(Fact2Count)];
    }
}

/// <summary>Join on a general predicate (nested loops), as NRules' TwoFactJoinRule.</summary>
public class TwoFactJoinPredicateBenchmark : TwoFactBenchmarkBase
{
    protected override Type RuleType => typeof(PredicateJoinRule);

    private sealed class PredicateJoinRule : Rule
    {
        public override void Define()
        {
            Fact1 fact1 = null!;
            Fact2 fact2 = null!;
            When()
                .Match(() => fact1, f => f.IntProperty % 2 == 0)
                .Match(() => fact2, f => f.IntProperty % 2 == 0, f => f.IntProperty % 10 - fact1.IntProperty % 10 == 0);
            Then().Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}

/// <summary>Join on an equality key (hash-indexed).</summary>
public class TwoFactJoinEqualityBenchmark : TwoFactBenchmarkBase
{
    protected override Type RuleType => typeof(EqualityJoinRule);

    private sealed class EqualityJoinRule : Rule
    {
        public override void Define()
        {
            Fact1 fact1 = null!;
            Fact2 fact2 = null!;
            When()
                .Match(() => fact1, f => f.IntProperty % 2 == 0)
                .Match(() => fact2, f => f.IntProperty % 2 == 0, f => f.IntProperty % 10 == fact1.IntProperty % 10);
            Then().Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}

/// <summary>Aggregate (group by) over a join, as NRules' TwoFactAggregateRule.</summary>
public class TwoFactAggregateBenchmark : TwoFactBenchmarkBase
{
    protected override Type RuleType => typeof(AggregateRule);

    private sealed class AggregateRule : Rule
    {
        public override void Define()
        {
            Fact1 fact1 = null!;
            IEnumerable<Fact2> group = null!;
            When()
                .Match(() => fact1, x => x.IntProperty % 2 == 0)
                .Query(() => group, q => q
                    .Match<Fact2>(x => x.IntProperty % 2 == 0)
                    .Where(x => x.IntProperty % 2 == fact1.IntProperty % 4)
                    .GroupBy(x => x.IntProperty % 10));
            Then().Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}

/// <summary>Many rules built through the rule model (as NRules' MultipleRules): compile in setup, then Insert/InsertUpdate/InsertRetract + Fire; plus compile alone.</summary>
public class ManyRulesBenchmark : BenchmarkBase
{
    private Fact1[] _facts = [];
    private List<RuleDefinition> _rules = [];

    [Params(10, 100, 1000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = Enumerable.Range(1, RuleCount).Select(BuildRule).ToList();
        Factory = CompileRules();
        _facts = Facts1(100);
        Batches = [_facts];
    }

    [Benchmark]
    public int CompileAndFire()
    {
        var session = CompileRules().CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    private ISessionFactory CompileRules()
    {
        var repository = new RuleRepository();
        foreach (var rule in _rules)
        {
            repository.Add(rule);
        }

        return repository.Compile();
    }

    private static RuleDefinition BuildRule(int index)
    {
        Expression<Func<Fact1, bool>> condition = fact1 => fact1.IntProperty % index == 0;
        Expression<Action<IContext>> action = ctx => Nothing();
        return new RuleDefinition("rule" + index, new AndElement([new PatternElement(new Declaration("fact1", typeof(Fact1)), [condition])]), [new ActionElement(action)]);
    }

    private static void Nothing()
    {
    }
}

/// <summary>Incremental update of one fact in a populated session, against rebuilding the session from scratch.</summary>
[MemoryDiagnoser]
public class IncrementalUpdateBenchmark
{
    private ISessionFactory _factory = null!;
    private ISession _session = null!;
    private Fact1[] _facts1 = [];
    private Fact2[] _facts2 = [];

    [Params(1000)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = new RuleRepository().Load(typeof(TwoFactJoinEqualityBenchmark).GetNestedTypes(System.Reflection.BindingFlags.NonPublic)).Compile();
        _facts1 = Enumerable.Range(0, FactCount).Select(i => new Fact1 { IntProperty = i }).ToArray();
        _facts2 = Enumerable.Range(0, FactCount).Select(i => new Fact2 { IntProperty = i }).ToArray();
        _session = _factory.CreateSession(new SessionOptions { RecordFirings = false });
        _session.InsertAll(_facts1);
        _session.InsertAll(_facts2);
        _session.Fire();
    }

    [Benchmark(Baseline = true)]
    public int UpdateOneFact()
    {
        _session.Update(_facts1[500]);
        return _session.Fire();
    }

    [Benchmark]
    public int RerunEverything()
    {
        var session = _factory.CreateSession(new SessionOptions { RecordFirings = false });
        session.InsertAll(_facts1);
        session.InsertAll(_facts2);
        return session.Fire();
    }
}
