using FsCheck;
using FsCheck.Fluent;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

/// <summary>The engine's active matches equal a brute-force evaluator's after every step of random insert/update/retract sequences.</summary>
public class DifferentialPropertyTests
{
    private const int PoolSize = 4;

    [Fact]
    public void ActiveMatches_RandomOperationSequences_EqualBruteForce()
    {
        var factory = new RuleRepository().Load(typeof(JoinRule), typeof(NegationRule), typeof(AggregateRule)).Compile();
        var operations = Gen.Choose(0, (3 * 3 * PoolSize * 4) - 1).ArrayOf();

        Prop.ForAll(Arb.From(operations), ops => Run(factory, ops)).QuickCheckThrowOnFailure();
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
