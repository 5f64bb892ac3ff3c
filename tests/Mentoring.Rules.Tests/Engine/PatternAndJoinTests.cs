using Mentoring.Rules.Network;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

public class PatternAndJoinTests
{
    [Fact]
    public void Fire_OnePatternWithCondition_FiresOncePerMatchingFact()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.InsertAll([A.Mentor(1), A.Person(2), A.Mentor(3)]);

        Assert.Equal(2, session.Fire());
        Assert.Equal(["mentor p1", "mentor p3"], session.Alerts());
    }

    [Fact]
    public void Fire_SecondCall_DoesNotRefireSameMatch()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.Insert(A.Mentor(1));
        session.Fire();

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_EqualityJoin_PairsOnlyEqualKeys()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule));
        session.InsertAll([A.Mentor(1), A.Mentor(2), A.Consent(2), A.Consent(3)]);

        session.Fire();

        Assert.Equal(["consent 2"], session.Alerts());
    }

    [Fact]
    public void Compile_EqualityJoin_IsHashIndexed()
    {
        var factory = (SessionFactory)new RuleRepository().Load(typeof(MentorWithConsentRule)).Compile();

        var join = factory.Network.Nodes.OfType<JoinNode>().Single(j => j.Parent is not RootNode);

        Assert.True(join.IsIndexed);
        Assert.Empty(join.Conditions);
    }

    [Fact]
    public void Compile_GeneralPredicateJoin_IsNotIndexed()
    {
        var factory = (SessionFactory)new RuleRepository().Load(typeof(OrderAbovePersonAgeRule)).Compile();

        var join = factory.Network.Nodes.OfType<JoinNode>().Single(j => j.Parent is not RootNode);

        Assert.False(join.IsIndexed);
        Assert.Single(join.Conditions);
    }

    [Fact]
    public void Fire_GeneralPredicateJoin_PairsFactsSatisfyingPredicate()
    {
        var session = Sessions.For(typeof(OrderAbovePersonAgeRule));
        session.InsertAll([A.Person(1, age: 20), A.Person(2, age: 50), A.Order(9, 30m)]);

        session.Fire();

        Assert.Equal(["1>30"], session.Alerts());
    }

    [Fact]
    public void Retract_JoinedFact_RemovesPendingActivation()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule));
        var consent = A.Consent(1);
        session.InsertAll([A.Mentor(1), consent]);
        Assert.Equal(1, session.AgendaCount);

        session.Retract(consent);

        Assert.Equal(0, session.AgendaCount);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_FactNoLongerMatching_RemovesActivation()
    {
        var session = Sessions.For(typeof(MentorRule));
        var p = A.Mentor(1);
        session.Insert(p);

        p.IsMentor = false;
        session.Update(p);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_JoinKeyChangedInPlace_RejoinsOnNewKey()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule));
        var consent = A.Consent(1);
        session.InsertAll([A.Mentor(1), A.Mentor(2), consent]);

        consent.PersonId = 2;
        session.Update(consent);
        session.Fire();

        Assert.Equal(["consent 2"], session.Alerts());
    }

    [Fact]
    public void Fire_RhsUpdate_ForwardChainsIntoOtherRule()
    {
        var session = Sessions.For(typeof(PromoteOldPersonRule), typeof(MentorRule));
        session.Insert(A.Person(1, age: 70));

        session.Fire();

        Assert.Equal(["mentor p1"], session.Alerts());
        Assert.Equal(["test.promote", "test.mentor"], session.Firings.Select(f => f.Rule.Id));
    }

    [Fact]
    public void Insert_SameFactTwice_Throws_AndTryInsertReturnsFalse()
    {
        var session = Sessions.For(typeof(MentorRule));
        var p = A.Mentor(1);
        session.Insert(p);

        Assert.Throws<InvalidOperationException>(() => session.Insert(p));
        Assert.False(session.TryInsert(p));
        Assert.Equal(1, session.FactCount);
    }

    [Fact]
    public void Retract_UnknownFact_Throws_AndTryRetractReturnsFalse()
    {
        var session = Sessions.For(typeof(MentorRule));

        Assert.Throws<InvalidOperationException>(() => session.Retract(A.Person(1)));
        Assert.False(session.TryRetract(A.Person(1)));
        Assert.False(session.TryUpdate(A.Person(1)));
    }

    [Fact]
    public void Insert_ValueType_IsRejected()
    {
        var session = Sessions.For(typeof(MentorRule));

        Assert.Throws<ArgumentException>(() => session.Insert(42));
    }

    [Fact]
    public void InsertAll_RetractAll_UpdateAll_LeaveNoMatches()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule));
        object[] facts = [A.Mentor(1), A.Consent(1), A.Mentor(2), A.Consent(2)];
        session.InsertAll(facts);
        session.UpdateAll(facts);
        Assert.Equal(2, session.Matches("test.mentor-with-consent").Count);

        session.RetractAll(facts);

        Assert.Empty(session.Matches("test.mentor-with-consent"));
        Assert.Equal(0, session.FactCount);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Query_ReturnsFactsOfTypeInInsertionOrder()
    {
        var session = Sessions.For(typeof(MentorRule));
        var p1 = A.Person(1);
        var p2 = A.Person(2);
        session.InsertAll([p2, A.Consent(1), p1]);

        Assert.Equal([p2, p1], session.Query<Person>());
    }

    [Fact]
    public void Compile_IdenticalConditionsInTwoRules_ShareAlphaNodes()
    {
        var factory = (SessionFactory)new RuleRepository().Load(typeof(MentorRule), typeof(MentorCopyRule)).Compile();
        var network = factory.Network;

        Assert.Equal(1, network.CountNodes(NodeKind.Type));
        Assert.Equal(1, network.CountNodes(NodeKind.Alpha));
        Assert.Equal(1, network.CountNodes(NodeKind.AlphaMemory));
        Assert.Equal(1, network.CountNodes(NodeKind.Join));
        Assert.Equal(2, network.CountNodes(NodeKind.Terminal));
        var shared = network.Nodes.OfType<AlphaNode>().Single();
        Assert.Equal(["test.mentor", "test.mentor-copy"], shared.RuleIds);
    }

    [Fact]
    public void Compile_PrefixSharedAcrossRules_SharesBetaNodesUpToDivergence()
    {
        var factory = (SessionFactory)new RuleRepository().Load(typeof(MentorWithConsentRule), typeof(MentorWithoutConsentRule)).Compile();
        var network = factory.Network;

        Assert.Equal(1, network.CountNodes(NodeKind.Alpha));
        Assert.Equal(2, network.CountNodes(NodeKind.Join));
        Assert.Equal(1, network.CountNodes(NodeKind.Not));
        Assert.Contains("test.mentor-without-consent", network.Nodes.OfType<JoinNode>().Single(j => j.Parent is RootNode).RuleIds);
    }

    [Fact]
    public void SessionFactory_UsedFromSeveralThreads_GivesIndependentConsistentSessions()
    {
        var factory = new RuleRepository().Load(typeof(MentorWithConsentRule), typeof(MentorWithoutConsentRule)).Compile();
        var results = new int[8];

        Parallel.For(0, results.Length, i =>
        {
            var session = factory.CreateSession();
            for (var k = 0; k < 50; k++)
            {
                session.Insert(A.Mentor(k));
                if (k % 2 == 0)
                {
                    session.Insert(A.Consent(k));
                }
            }

            results[i] = session.Fire();
        });

        Assert.All(results, r => Assert.Equal(50, r));
    }
}
