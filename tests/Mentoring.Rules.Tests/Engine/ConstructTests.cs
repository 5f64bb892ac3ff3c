namespace Mentoring.Rules.Tests.Engine;

public class ConstructTests
{
    [Fact]
    public void Not_NoBlockingFact_Fires_AndBlockingFactRemovesActivation()
    {
        var session = Sessions.For(typeof(MentorWithoutConsentRule));
        session.InsertAll([A.Mentor(1), A.Mentor(2)]);
        Assert.Equal(2, session.AgendaCount);

        session.Insert(A.Consent(1));
        session.Fire();

        Assert.Equal(["no consent 2"], session.Alerts());
    }

    [Fact]
    public void Not_BlockingFactRetracted_Reactivates()
    {
        var session = Sessions.For(typeof(MentorWithoutConsentRule));
        var consent = A.Consent(1);
        session.InsertAll([A.Mentor(1), consent, A.Consent(1)]);
        Assert.Equal(0, session.AgendaCount);

        session.Retract(consent);
        Assert.Equal(0, session.AgendaCount);
        session.Retract(session.Query<Consent>().Single());

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Exists_SeveralMatches_FiresOnce_AndStopsWhenLastRetracted()
    {
        var session = Sessions.For(typeof(PersonWithOrdersRule));
        var o1 = A.Order(1);
        var o2 = A.Order(1);
        session.InsertAll([A.Person(1), A.Person(2), o1, o2]);

        Assert.Equal(1, session.AgendaCount);
        session.Retract(o1);
        Assert.Equal(1, session.AgendaCount);
        session.Retract(o2);
        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void All_EveryBaseFactSatisfiesConditions_Fires_OtherwiseNot()
    {
        var session = Sessions.For(typeof(AllOrdersBigRule));
        var small = A.Order(1, 5m);
        session.InsertAll([A.Person(1), A.Order(1, 200m), small, A.Person(2)]);

        session.Fire();
        Assert.Equal(["all big 2"], session.Alerts());

        small.Amount = 150m;
        session.Update(small);
        session.Fire();
        Assert.Equal(["all big 2", "all big 1"], session.Alerts());
    }

    [Fact]
    public void Or_EachAlternative_ActivatesRule_WithAbsentBindingsNull()
    {
        var session = Sessions.For(typeof(MentorOrOldRule));
        session.InsertAll([A.Mentor(5), A.Consent(0), A.Person(6)]);

        session.Fire();

        Assert.Equal(["person 5", "consent"], session.Alerts());
        Assert.Equal([0, 1], session.Firings.Select(f => f.Branch));
    }

    [Fact]
    public void LetHaving_ComputedBindingFiltered_FiresWithBindingValue()
    {
        var session = Sessions.For(typeof(LetHavingRule));
        session.InsertAll([A.Person(1, age: 40), A.Person(2, age: 60)]);

        session.Fire();

        Assert.Equal(["2:120"], session.Alerts());
        Assert.Equal(120, session.Firings[0].Get<int>("doubled"));
    }
}
