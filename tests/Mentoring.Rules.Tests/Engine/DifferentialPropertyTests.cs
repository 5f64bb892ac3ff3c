using FsCheck;
using FsCheck.Fluent;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

/// <summary>
/// The engine's active matches equal a brute-force evaluator's after every step of random insert/update/retract sequences.
/// Updates mutate facts in place first, so they change join keys (both sides), alpha conditions, blockers and group keys.
/// </summary>
public class DifferentialPropertyTests
{
    private const int PoolSize = 4;

    [Fact]
    public void ActiveMatches_RandomOperationSequences_EqualBruteForce()
    {
        var factory = new RuleRepository().Load(
            typeof(JoinRule), typeof(NegationRule), typeof(AggregateRule), typeof(ExistsRule), typeof(AllRule), typeof(SelfJoinRule),
            typeof(PredicateJoinRule), typeof(GroupRule), typeof(LetRule)).Compile();
        var operations = Gen.Choose(0, (3 * 3 * PoolSize * 4) - 1).ArrayOf();

        Prop.ForAll(Arb.From(operations), ops => Run(factory, ops)).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static void Run(ISessionFactory factory, int[] ops)
    {
        var persons = Enumerable.Range(0, PoolSize).Select(i => new Person { Id = i, IsMentor = i % 2 == 0 }).ToArray();
        var consents = Enumerable.Range(0, PoolSize).Select(i => new Consent { PersonId = i }).ToArray();
        var orders = Enumerable.Range(0, PoolSize).Select(i => new Order { CustomerId = i % 3, Amount = i * 3 }).ToArray();
        var pool = persons.Cast<object>().Concat(consents).Concat(orders).ToArray();
        var labels = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < PoolSize; i++)
        {
            labels[persons[i]] = "P" + i;
            labels[consents[i]] = "C" + i;
            labels[orders[i]] = "O" + i;
        }

        var present = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var session = factory.CreateSession();
        foreach (var op in ops)
        {
            var kind = op % 3;
            var target = pool[(op / 3) % pool.Length];
            var value = op / (3 * pool.Length) % 4;
            switch (kind)
            {
                case 0 when present.Add(target):
                    session.Insert(target);
                    break;
                case 1 when present.Remove(target):
                    session.Retract(target);
                    break;
                case 2:
                    Mutate(target, value);
                    if (present.Contains(target))
                    {
                        session.Update(target);
                    }

                    break;
                default:
                    break;
            }

            if (op % 5 == 0)
            {
                session.Fire();
            }

            Check(session, present, labels, op);
        }
    }

    private static void Mutate(object fact, int value)
    {
        switch (fact)
        {
            case Person p:
                p.Id = value;
                p.IsMentor = value >= 2;
                break;
            case Consent c:
                c.PersonId = value;
                break;
            case Order o:
                o.CustomerId = value;
                o.Amount = value * 3;
                break;
        }
    }

    private static void Check(ISession session, HashSet<object> present, Dictionary<object, string> labels, int op)
    {
        var persons = present.OfType<Person>().ToList();
        var consents = present.OfType<Consent>().ToList();
        var orders = present.OfType<Order>().ToList();

        var expectedJoin = (from p in persons from o in orders where o.CustomerId == p.Id select labels[p] + "-" + labels[o]).Order().ToList();
        var expectedNot = (from p in persons where p.IsMentor && !consents.Any(c => c.PersonId == p.Id) select labels[p]).Order().ToList();
        var expectedAggregate = (from p in persons select labels[p] + ":" + orders.Count(o => o.CustomerId == p.Id && o.Amount > 5)).Order().ToList();

        var actualJoin = session.Matches("diff.join").Select(m => string.Join("-", m.Facts.Select(f => labels[f]))).Order().ToList();
        var actualNot = session.Matches("diff.not").Select(m => labels[m.Facts[0]]).Order().ToList();
        var actualAggregate = session.Matches("diff.aggregate").Select(m => labels[m.Facts[0]] + ":" + m.Get<int>("count")).Order().ToList();

        Assert.True(expectedJoin.SequenceEqual(actualJoin), $"join after op {op}: expected [{string.Join(",", expectedJoin)}], engine [{string.Join(",", actualJoin)}]");
        Assert.True(expectedNot.SequenceEqual(actualNot), $"not after op {op}: expected [{string.Join(",", expectedNot)}], engine [{string.Join(",", actualNot)}]");
        Assert.True(expectedAggregate.SequenceEqual(actualAggregate), $"aggregate after op {op}: expected [{string.Join(",", expectedAggregate)}], engine [{string.Join(",", actualAggregate)}]");

        var expectedExists = (from p in persons where orders.Any(o => o.CustomerId == p.Id) select labels[p]).Order();
        var expectedAll = (from p in persons where orders.Where(o => o.CustomerId == p.Id).All(o => o.Amount >= 6) select labels[p]).Order();
        var expectedSelf = (from a in persons from b in persons where b.Id == a.Id + 1 select labels[a] + "-" + labels[b]).Order();
        var expectedPredicate = (from p in persons from c in consents where c.PersonId > p.Id select labels[p] + "-" + labels[c]).Order();
        var expectedGroups = (from p in persons
                              from g in orders.Where(o => o.CustomerId >= p.Id).GroupBy(o => o.Amount > 3)
                              select labels[p] + ":" + g.Key + ":" + string.Join("+", g.Select(o => labels[o]).Order())).Order();
        var expectedLet = (from p in persons where p.Id * 2 > 2 select labels[p] + "=" + (p.Id * 2)).Order();
        Same("exists", expectedExists, session.Matches("diff.exists").Select(m => labels[m.Facts[0]]), op);
        Same("all", expectedAll, session.Matches("diff.all").Select(m => labels[m.Facts[0]]), op);
        Same("self-join", expectedSelf, session.Matches("diff.self").Select(m => string.Join("-", m.Facts.Select(f => labels[f]))), op);
        Same("predicate join", expectedPredicate, session.Matches("diff.predicate").Select(m => string.Join("-", m.Facts.Select(f => labels[f]))), op);
        Same("group by", expectedGroups, session.Matches("diff.group").Select(m => labels[m.Facts[0]] + ":" + m.Get<IGrouping<bool, Order>>("g").Key + ":" + string.Join("+", m.Get<IGrouping<bool, Order>>("g").Select(o => labels[o]).Order())), op);
        Same("let", expectedLet, session.Matches("diff.let").Select(m => labels[m.Facts[0]] + "=" + m.Get<int>("twice")), op);

        // Every queued activation is a live match (the agenda holds no dead entries).
        var live = new[] { "diff.join", "diff.not", "diff.aggregate", "diff.exists", "diff.all", "diff.self", "diff.predicate", "diff.group", "diff.let" }.Sum(r => session.Matches(r).Count);
        Assert.True(session.AgendaCount <= live, $"agenda after op {op}: {session.AgendaCount} entries for {live} matches");
    }

    private static void Same(string what, IEnumerable<string> expected, IEnumerable<string> actual, int op)
    {
        var e = expected.Order().ToList();
        var a = actual.Order().ToList();
        Assert.True(e.SequenceEqual(a), $"{what} after op {op}: expected [{string.Join(",", e)}], engine [{string.Join(",", a)}]");
    }

    [RuleId("diff.exists")]
    private sealed class ExistsRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            When().Match(() => p).Exists<Order>(o => o.CustomerId == p.Id);
            Then().Do(ctx => ctx.Emit(4));
        }
    }

    [RuleId("diff.all")]
    private sealed class AllRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            When().Match(() => p).All<Order>(o => o.CustomerId == p.Id, o => o.Amount >= 6);
            Then().Do(ctx => ctx.Emit(5));
        }
    }

    [RuleId("diff.self")]
    private sealed class SelfJoinRule : Rule
    {
        public override void Define()
        {
            Person a = null!;
            Person b = null!;
            When().Match(() => a).Match(() => b, x => x.Id == a.Id + 1);
            Then().Do(ctx => ctx.Emit(6));
        }
    }

    [RuleId("diff.predicate")]
    private sealed class PredicateJoinRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            Consent c = null!;
            When().Match(() => p).Match(() => c, x => x.PersonId > p.Id);
            Then().Do(ctx => ctx.Emit(7));
        }
    }

    [RuleId("diff.group")]
    private sealed class GroupRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            IGrouping<bool, Order> g = null!;
            When().Match(() => p).Query(() => g, q => q.Match<Order>().Where(o => o.CustomerId >= p.Id).GroupBy(o => o.Amount > 3));
            Then().Do(ctx => ctx.Emit(8));
        }
    }

    [RuleId("diff.let")]
    private sealed class LetRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            int twice = 0;
            When().Match(() => p).Let(() => twice, () => p.Id * 2).Having(() => twice > 2);
            Then().Do(ctx => ctx.Emit(9));
        }
    }

    [RuleId("diff.join")]
    private sealed class JoinRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            Order o = null!;
            When().Match(() => p).Match(() => o, x => x.CustomerId == p.Id);
            Then().Do(ctx => ctx.Emit(1));
        }
    }

    [RuleId("diff.not")]
    private sealed class NegationRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            When().Match(() => p, x => x.IsMentor).Not<Consent>(c => c.PersonId == p.Id);
            Then().Do(ctx => ctx.Emit(2));
        }
    }

    [RuleId("diff.aggregate")]
    private sealed class AggregateRule : Rule
    {
        public override void Define()
        {
            Person p = null!;
            int count = 0;
            When().Match(() => p).Query(() => count, q => q.Match<Order>(o => o.Amount > 5).Where(o => o.CustomerId == p.Id).Count());
            Then().Do(ctx => ctx.Emit(3));
        }
    }
}
