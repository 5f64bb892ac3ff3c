using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Tests.Engine;

/// <summary>Updates are propagated in place: kept matches are re-activated once, changed joins move, aggregates follow.</summary>
public class UpdatePropagationTests
{
    [Fact]
    public void Update_JoinKeyUnchanged_ReactivatesSameMatchOnce()
    {
        var session = Sessions.For(typeof(CustomerOrderRule));
        var person = A.Person(1);
        var order = A.Order(1, 10m);
        session.InsertAll([person, order]);
        Assert.Equal(1, session.Fire());

        order.Amount = 20m;
        session.Update(order);
        session.Update(person);
        session.Update(order);

        Assert.Equal(1, session.AgendaCount);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["1:10", "1:20"], session.Alerts());
        Assert.Same(session.Firings[0].Get<Order>("order"), session.Firings[1].Get<Order>("order"));
        Assert.Single(session.Matches("update.customer-order"));
    }

    [Fact]
    public void Update_JoinKeyChanged_MovesMatchToNewPartner()
    {
        var session = Sessions.For(typeof(CustomerOrderRule));
        var p1 = A.Person(1);
        var p2 = A.Person(2);
        var order = A.Order(1, 10m);
        session.InsertAll([p1, p2, order]);
        session.Fire();

        order.CustomerId = 2;
        session.Update(order);

        var match = Assert.Single(session.Matches("update.customer-order"));
        Assert.Same(p2, match.Get<Person>("person"));
        Assert.Equal(1, session.Fire());
        Assert.Equal(["1:10", "2:10"], session.Alerts());
    }

    [Fact]
    public void Update_LeftKeyChanged_MovesMatchesOfTheLeftFact()
    {
        var session = Sessions.For(typeof(CustomerOrderRule));
        var person = A.Person(1);
        session.InsertAll([person, A.Order(1, 1m), A.Order(2, 2m), A.Order(2, 3m)]);
        session.Fire();
        Assert.Single(session.Matches("update.customer-order"));

        person.Id = 2;
        session.Update(person);

        Assert.Equal(["2:2", "2:3"], session.Matches("update.customer-order").Select(m => m.Get<Person>("person").Id + ":" + m.Get<Order>("order").Amount).Order());
        Assert.Equal(2, session.AgendaCount);
    }

    [Fact]
    public void Update_FactLeavesAndReentersAlphaCondition_RemovesThenRecreatesMatch()
    {
        var session = Sessions.For(typeof(MentorConsentJoinRule));
        var mentor = A.Mentor(1);
        session.InsertAll([mentor, A.Consent(1)]);
        Assert.Equal(1, session.AgendaCount);

        mentor.IsMentor = false;
        session.Update(mentor);
        Assert.Equal(0, session.AgendaCount);
        Assert.Empty(session.Matches("update.mentor-consent"));

        mentor.IsMentor = true;
        session.Update(mentor);
        Assert.Equal(1, session.AgendaCount);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Update_RepeatedOnQueuedMatch_KeepsOneAgendaEntry()
    {
        var session = Sessions.For(typeof(CustomerOrderRule));
        var person = A.Person(1);
        var orders = Enumerable.Range(0, 10).Select(i => A.Order(1, i)).ToArray();
        session.Insert(person);
        session.InsertAll(orders);

        for (var i = 0; i < 100; i++)
        {
            session.UpdateAll(orders);
            session.Update(person);
        }

        Assert.Equal(10, session.AgendaCount);
        Assert.Equal(10, session.Fire());
        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Update_SelfJoin_PairsEachFactOnceAfterKeyChanges()
    {
        var session = Sessions.For(typeof(SameAgeRule));
        var a = A.Person(1, age: 30);
        var b = A.Person(2, age: 40);
        session.InsertAll([a, b]);
        Assert.Equal(["1-1", "2-2"], Pairs(session));

        b.Age = 30;
        session.Update(b);
        Assert.Equal(["1-1", "1-2", "2-1", "2-2"], Pairs(session));

        a.Age = 50;
        session.Update(a);
        Assert.Equal(["1-1", "2-2"], Pairs(session));
    }

    [Fact]
    public void Update_NotBlockerChanges_UnblocksAndBlocks()
    {
        var session = Sessions.For(typeof(MentorWithoutConsentRule));
        var consent = A.Consent(1);
        session.InsertAll([A.Mentor(1), A.Mentor(2), consent]);
        Assert.Equal(["2"], session.Matches("test.mentor-without-consent").Select(m => m.Fact<Person>().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        consent.PersonId = 2;
        session.Update(consent);
        Assert.Equal(["1"], session.Matches("test.mentor-without-consent").Select(m => m.Fact<Person>().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        session.Update(consent);
        Assert.Equal(["1"], session.Matches("test.mentor-without-consent").Select(m => m.Fact<Person>().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Update_CountAggregate_FollowsFilterAndKeyChanges()
    {
        var session = Sessions.For(typeof(BigOrderCountRule));
        var p1 = A.Person(1);
        var p2 = A.Person(2);
        var order = A.Order(1, 10m);
        session.InsertAll([p1, p2, order, A.Order(1, 20m)]);
        Assert.Equal(["1:2", "2:0"], Counts(session));

        order.Amount = 1m;
        session.Update(order);
        Assert.Equal(["1:1", "2:0"], Counts(session));

        order.Amount = 10m;
        order.CustomerId = 2;
        session.Update(order);
        Assert.Equal(["1:1", "2:1"], Counts(session));

        Assert.Equal(2, session.AgendaCount);
    }

    [Fact]
    public void Update_CollectMember_RefiresWithSameCollectionAndKeepsEarlierRecord()
    {
        var session = Sessions.For(typeof(CollectOrdersRule));
        var order = A.Order(1, 5m);
        session.InsertAll([A.Person(1), order]);
        session.Fire();
        var first = session.Firings[0];

        order.Amount = 6m;
        session.Update(order);
        session.Insert(A.Order(1, 7m));
        Assert.Equal(1, session.AgendaCount);
        session.Fire();

        Assert.Single(first.Get<IReadOnlyList<Order>>("orders"));
        Assert.Equal(2, session.Firings[1].Get<IReadOnlyList<Order>>("orders").Count);
        Assert.Equal(["1:1", "1:2"], session.Alerts());
    }

    [Fact]
    public void Update_GroupByMemberWithinGroup_ReactivatesOnlyItsGroup()
    {
        var session = Sessions.For(typeof(GroupOrdersRule));
        var x1 = A.Order(1, category: "x");
        session.InsertAll([x1, A.Order(2, category: "x"), A.Order(3, category: "y"), A.Order(4, category: "y")]);
        session.Fire();

        x1.Amount = 99m;
        session.Update(x1);

        Assert.Equal(1, session.AgendaCount);
        session.Fire();
        Assert.Equal(["x:2", "x:2", "y:2"], session.Alerts().Order());
    }

    [Fact]
    public void Update_LetValueChanges_ReevaluatesHaving()
    {
        var session = Sessions.For(typeof(LetHavingRule));
        var person = A.Person(1, age: 60);
        session.Insert(person);
        session.Fire();

        person.Age = 70;
        session.Update(person);
        session.Fire();
        person.Age = 10;
        session.Update(person);

        Assert.Equal(0, session.AgendaCount);
        Assert.Equal(["1:120", "1:140"], session.Alerts());
        Assert.Equal(120, session.Firings[0].Get<int>("doubled"));
    }

    private static List<string> Pairs(Runtime.ISession session) =>
        session.Matches("update.same-age").Select(m => m.Get<Person>("a").Id + "-" + m.Get<Person>("b").Id).Order().ToList();

    private static List<string> Counts(Runtime.ISession session) =>
        session.Matches("update.big-order-count").Select(m => m.Get<Person>("person").Id + ":" + m.Get<int>("count")).Order().ToList();

    [RuleId("update.customer-order")]
    private sealed class CustomerOrderRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Order order = null!;
            When().Match(() => person).Match(() => order, o => o.CustomerId == person.Id);
            Then().Do(ctx => ctx.Emit(new Alert(person.Id + ":" + order.Amount)));
        }
    }

    [RuleId("update.mentor-consent")]
    private sealed class MentorConsentJoinRule : Rule
    {
        public override void Define()
        {
            Person mentor = null!;
            Consent consent = null!;
            When().Match(() => mentor, m => m.IsMentor).Match(() => consent, c => c.PersonId == mentor.Id);
            Then().Do(ctx => ctx.Emit(1));
        }
    }

    [RuleId("update.same-age")]
    private sealed class SameAgeRule : Rule
    {
        public override void Define()
        {
            Person a = null!;
            Person b = null!;
            When().Match(() => a).Match(() => b, x => x.Age == a.Age);
            Then().Do(ctx => ctx.Emit(1));
        }
    }

    [RuleId("update.big-order-count")]
    private sealed class BigOrderCountRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            int count = 0;
            When().Match(() => person).Query(() => count, q => q.Match<Order>(o => o.Amount > 5).Where(o => o.CustomerId == person.Id).Count());
            Then().Do(ctx => ctx.Emit(1));
        }
    }
}
