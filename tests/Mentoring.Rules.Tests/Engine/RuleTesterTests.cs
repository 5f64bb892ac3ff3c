using Mentoring.Rules.Testing;

namespace Mentoring.Rules.Tests.Engine;

public class RuleTesterTests
{
    [Fact]
    public void AssertFiredOnce_RuleFiredOnce_Passes()
    {
        RuleTester.For<MentorRule>().Insert(A.Mentor(1), A.Person(2)).Fire().AssertFiredOnce().AssertFiredTimes(1);
    }

    [Fact]
    public void AssertFiredOnce_RuleDidNotFire_ThrowsWithWhyNot()
    {
        var tester = RuleTester.For<MentorWithConsentRule>().Insert(A.Mentor(1)).Fire();

        var ex = Assert.Throws<RuleAssertionException>(() => tester.AssertFiredOnce());

        Assert.Contains("Expected rule 'test.mentor-with-consent' to fire 1 time(s), but it fired 0 time(s)", ex.Message);
        Assert.Contains("no Consent fact is in working memory", ex.Message);
    }

    [Fact]
    public void AssertDidNotFire_RuleFired_ThrowsListingFirings()
    {
        var tester = RuleTester.For<MentorRule>().Insert(A.Mentor(1)).Fire();

        var ex = Assert.Throws<RuleAssertionException>(() => tester.AssertDidNotFire());

        Assert.Contains("#1 test.mentor(mentor=Person(1,p1))", ex.Message);
    }

    [Fact]
    public void AssertFired_WithPredicateOnMatchedFacts_ChecksFacts()
    {
        var tester = RuleTester.For(typeof(MentorRule), typeof(MentorWithConsentRule)).Insert(A.Mentor(1), A.Consent(1)).Fire();

        tester.AssertFired<MentorWithConsentRule>(f => f.Fact<Consent>().PersonId == 1).AssertFiredOnce<MentorRule>().AssertDidNotFire<MentorWithoutConsentRule>();
        Assert.Throws<RuleAssertionException>(() => tester.AssertFired<MentorWithConsentRule>(f => f.Fact<Consent>().PersonId == 2));
        Assert.Throws<InvalidOperationException>(() => tester.AssertFiredOnce());
    }

    [Fact]
    public void AssertEmitted_ChecksOutputs()
    {
        var tester = RuleTester.For<MentorRule>().Insert(A.Mentor(1)).Fire();

        tester.AssertEmitted<Alert>(a => a.Text == "mentor p1");
        Assert.Throws<RuleAssertionException>(() => tester.AssertEmitted<Alert>(a => a.Text == "other"));
    }

    [Fact]
    public void UpdateAndRetract_ThroughTester_AffectFirings()
    {
        var mentor = A.Mentor(1);
        var tester = RuleTester.For<MentorRule>().Insert(mentor).Retract(mentor).Fire().AssertDidNotFire();

        tester.Insert(mentor).Update(mentor).Fire().AssertFiredOnce();
    }
}
