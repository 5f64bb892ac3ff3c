using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

public class SessionTests
{
    [Fact]
    public void Fire_Priority_HigherPriorityFiresFirst()
    {
        var session = Sessions.For(typeof(LowPriorityRule), typeof(HighPriorityRule));
        session.InsertAll([A.Person(1), A.Person(2)]);

        session.Fire();

        Assert.Equal(["high 1", "high 2", "low 1", "low 2"], session.Alerts());
    }

    [Fact]
    public void Fire_SamePriority_RegistrationOrderThenFactInsertionOrder()
    {
        var session = Sessions.For(typeof(MentorCopyRule), typeof(LowPriorityRule));
        session.InsertAll([A.Mentor(3), A.Mentor(1), A.Mentor(2)]);

        session.Fire();

        Assert.Equal(["copy", "copy", "copy", "low 3", "low 1", "low 2"], session.Alerts());
    }

    [Fact]
    public void Fire_MaxRules_StopsAfterLimit()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.InsertAll([A.Mentor(1), A.Mentor(2), A.Mentor(3)]);

        Assert.Equal(2, session.Fire(2));
        Assert.Equal(1, session.AgendaCount);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_CancelledToken_ThrowsBeforeFiring()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.Insert(A.Mentor(1));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => session.Fire(cts.Token));
        Assert.Equal(1, session.AgendaCount);
    }

    [Fact]
    public void Fire_CancelledFromEvent_StopsBetweenFirings()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.InsertAll([A.Mentor(1), A.Mentor(2)]);
        using var cts = new CancellationTokenSource();
        session.RuleFired += (_, _) => cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => session.Fire(cts.Token));
        Assert.Single(session.Firings);
    }

    [Fact]
    public void Fire_RuleUpdatingItsOwnFact_StopsWithExceptionNamingRule()
    {
        var session = Sessions.For(new SessionOptions { MaxRefiresPerMatch = 50 }, typeof(EndlessLoopRule));
        session.Insert(A.Person(1));

        var ex = Assert.Throws<RuleFiringLimitException>(() => session.Fire());

        Assert.Equal("test.loop", ex.RuleId);
        Assert.Contains("'test.loop'", ex.Message);
        Assert.Equal(50, session.Firings.Count);
    }

    [Fact]
    public void Fire_RuleExceedingTotalLimit_StopsWithExceptionNamingRule()
    {
        var session = Sessions.For(new SessionOptions { MaxFiringsPerRule = 2 }, typeof(MentorRule));
        session.InsertAll([A.Mentor(1), A.Mentor(2), A.Mentor(3)]);

        var ex = Assert.Throws<RuleFiringLimitException>(() => session.Fire());

        Assert.Equal("test.mentor", ex.RuleId);
    }

    [Fact]
    public void Events_AreRaisedForFactsActivationsAndFirings()
    {
        var session = Sessions.For(typeof(MentorRule));
        var log = new List<string>();
        session.FactInserted += (_, e) => log.Add("inserted " + e.Fact);
        session.FactUpdated += (_, e) => log.Add("updated " + e.Fact);
        session.FactRetracted += (_, e) => log.Add("retracted " + e.Fact);
        session.ActivationCreated += (_, e) => log.Add("created " + e.Rule.Id + " " + e.Facts[0]);
        session.ActivationDeleted += (_, e) => log.Add("deleted " + e.Rule.Id);
        session.RuleFired += (_, e) => log.Add("fired " + e.Firing.Rule.Id);
        var p = A.Mentor(1);

        session.Insert(p);
        session.Fire();
        session.Update(p);
        session.Retract(p);

        Assert.Equal(
            [
                "created test.mentor Person(1,p1)", "inserted Person(1,p1)", "fired test.mentor",
                "deleted test.mentor", "created test.mentor Person(1,p1)", "updated Person(1,p1)",
                "deleted test.mentor", "retracted Person(1,p1)",
            ],
            log);
    }

    [Fact]
    public void Firings_RecordRuleMetadataFactsAndBindings()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule), typeof(MentorRule));
        var mentor = A.Mentor(1);
        var consent = A.Consent(1);
        session.InsertAll([mentor, consent]);

        session.Fire();

        var record = session.Firings.Single(f => f.Rule.Id == "test.mentor-with-consent");
        Assert.Equal([mentor, consent], record.Facts);
        Assert.Same(mentor, record.Get<Person>("mentor"));
        Assert.Same(consent, record.Fact<Consent>());
        var meta = session.Firings.Single(f => f.Rule.Id == "test.mentor").Rule;
        Assert.Equal(("Mentor found", "Fires for each mentor.", "п. 1"), (meta.Name, meta.Description, meta.Clause));
        Assert.Equal(["t1", "t2"], meta.Tags);
        Assert.Equal([1L, 2L], session.Firings.Select(f => f.Sequence));
    }

    [Fact]
    public void Outputs_CollectEmittedValuesWithTheirFiring()
    {
        var session = Sessions.For(typeof(MentorRule));
        session.Insert(A.Mentor(7));

        session.Fire();

        var output = Assert.Single(session.Outputs);
        Assert.Equal(new Alert("mentor p7"), output.Value);
        Assert.Equal("test.mentor", output.Rule.Id);
        Assert.Same(session.Firings[0], output.Firing);
    }

    [Fact]
    public void InsertLinked_MatchGoesAway_LinkedFactRetractedAutomatically()
    {
        var session = Sessions.For(typeof(LinkedAlertRule), typeof(AlertSeenRule));
        var mentor = A.Mentor(1);
        session.Insert(mentor);
        session.Fire();
        Assert.Equal([new Alert("linked 1")], session.Query<Alert>());
        Assert.Equal(["seen linked 1"], session.Outputs.Select(o => o.Value));

        mentor.IsMentor = false;
        session.Update(mentor);

        Assert.Empty(session.Query<Alert>());
        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void InsertLinked_SourceRetracted_LinkedFactRetracted()
    {
        var session = Sessions.For(typeof(LinkedAlertRule));
        var mentor = A.Mentor(1);
        session.Insert(mentor);
        session.Fire();

        session.Retract(mentor);

        Assert.Equal(0, session.FactCount);
    }

    [Fact]
    public void Fire_ActionThrows_WrapsExceptionNamingRule()
    {
        var repository = new RuleRepository().Add(new ThrowingRule());
        var session = repository.Compile().CreateSession();
        session.Insert(A.Person(1));

        var ex = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("test.throws", ex.RuleId);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Halt_StopsFireAfterCurrentAction()
    {
        var session = new RuleRepository().Add(new HaltingRule()).Compile().CreateSession();
        session.InsertAll([A.Person(1), A.Person(2)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(1, session.Fire());
    }

    [Fluent.RuleId("test.throws")]
    private sealed class ThrowingRule : Fluent.Rule
    {
        public override void Define()
        {
            Person p = null!;
            When().Match(() => p);
            Then().Do(ctx => Fail());
        }

        private static void Fail() => throw new InvalidOperationException("boom");
    }

    [Fluent.RuleId("test.halt")]
    private sealed class HaltingRule : Fluent.Rule
    {
        public override void Define()
        {
            Person p = null!;
            When().Match(() => p);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
