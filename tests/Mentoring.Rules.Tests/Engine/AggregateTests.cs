namespace Mentoring.Rules.Tests.Engine;

public class AggregateTests
{
    [Fact]
    public void Collect_EmptyThenIncremental_RefiresWithCurrentCollection()
    {
        var session = Sessions.For(typeof(CollectOrdersRule));
        session.Insert(A.Person(1));
        session.Fire();
        Assert.Equal(["1:0"], session.Alerts());

        var o1 = A.Order(1);
        session.InsertAll([o1, A.Order(1), A.Order(2)]);
        session.Fire();
        Assert.Equal(["1:0", "1:2"], session.Alerts());

        session.Retract(o1);
        session.Fire();
        Assert.Equal(["1:0", "1:2", "1:1"], session.Alerts());
    }

    [Fact]
    public void Collect_Batch_RefreshesOnceAndKeepsInsertionOrder()
    {
        var session = Sessions.For(typeof(CollectOrdersRule));
        var orders = Enumerable.Range(0, 5).Select(i => A.Order(1, i)).ToArray();
        session.Insert(A.Person(1));
        session.InsertAll(orders);

        Assert.Equal(1, session.AgendaCount);
        session.Fire();
        Assert.Equal(orders, session.Firings[0].Get<IReadOnlyList<Order>>("orders"));
    }

    [Fact]
    public void Count_ThresholdCrossedAndUncrossed_FollowsFacts()
    {
        var session = Sessions.For(typeof(CountOrdersRule));
        var o1 = A.Order(1);
        session.Insert(o1);
        Assert.Equal(0, session.AgendaCount);

        session.Insert(A.Order(2));
        Assert.Equal(1, session.AgendaCount);

        session.Retract(o1);
        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void GroupBy_OnlyChangedGroupIsReactivated()
    {
        var session = Sessions.For(typeof(GroupOrdersRule));
        session.InsertAll([A.Order(1, category: "x"), A.Order(2, category: "x"), A.Order(3, category: "y"), A.Order(4, category: "y")]);
        session.Fire();
        Assert.Equal(["x:2", "y:2"], session.Alerts().Order());

        session.Insert(A.Order(5, category: "y"));
        session.Fire();

        Assert.Equal(["x:2", "y:2", "y:3"], session.Alerts().Order());
    }

    [Fact]
    public void GroupBy_FactMovedBetweenGroupsByUpdate_UpdatesBothGroups()
    {
        var session = Sessions.For(typeof(GroupOrdersRule));
        var moving = A.Order(1, category: "x");
        session.InsertAll([moving, A.Order(2, category: "x"), A.Order(3, category: "y")]);
        Assert.Single(session.Matches("test.groupby"));

        moving.Category = "y";
        session.Update(moving);

        var match = Assert.Single(session.Matches("test.groupby"));
        Assert.Equal("y", match.Get<IGrouping<string, Order>>("group").Key);
    }
}
