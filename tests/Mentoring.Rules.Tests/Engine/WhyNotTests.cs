namespace Mentoring.Rules.Tests.Engine;

public class WhyNotTests
{
    [Fact]
    public void WhyNot_JoinWithoutPartner_NamesPatternConditionAndBinding()
    {
        var session = Sessions.For(typeof(MentorWithConsentRule));
        session.InsertAll([A.Mentor(1), A.Consent(2)]);

        var report = session.WhyNot("test.mentor-with-consent");

        Assert.False(report.Matches);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(2, finding.Element);
        Assert.Contains("pattern 2", finding.ElementText);
        Assert.Contains("(consent.PersonId == mentor.Id)", finding.Reason);
        Assert.Contains("mentor=Person(1,p1)", finding.Reason);
    }

    [Fact]
    public void WhyNot_NoFactOfType_SaysSo()
    {
        var session = Sessions.For(typeof(MentorRule));

        var report = session.WhyNot("test.mentor");

        Assert.Contains("no Person fact is in working memory", report.Findings.Single().Reason);
    }

    [Fact]
    public void WhyNot_NotElementBlocked_NamesBlockingFact()
    {
        var session = Sessions.For(typeof(MentorWithoutConsentRule));
        session.InsertAll([A.Mentor(1), A.Consent(1)]);

        var report = session.WhyNot("test.mentor-without-consent");

        Assert.Contains("Not element matched fact Consent(1) for mentor=Person(1,p1)", report.Findings.Single().Reason);
    }

    [Fact]
    public void WhyNot_GivenFact_ExplainsThatFactsFailingCondition()
    {
        var session = Sessions.For(typeof(MentorRule));
        var plain = A.Person(4);
        session.InsertAll([A.Mentor(3), plain]);

        var report = session.WhyNot("test.mentor", plain);

        Assert.False(report.Matches);
        Assert.Contains("condition `mentor.IsMentor` had no match", report.Findings.Single().Reason);
        Assert.Contains("Person(4,p4)", report.Findings.Single().Reason);
        Assert.True(session.WhyNot("test.mentor").Matches);
    }

    [Fact]
    public void WhyNot_HavingFalse_NamesHavingAndBindings()
    {
        var session = Sessions.For(typeof(LetHavingRule));
        session.Insert(A.Person(1, age: 10));

        var report = session.WhyNot("test.let-having");

        Assert.Contains("Having `(doubled > 100)` was false for person=Person(1,p1), doubled=20", report.ToString());
    }

    [Fact]
    public void WhyNot_AllElementViolated_NamesViolatingFact()
    {
        var session = Sessions.For(typeof(AllOrdersBigRule));
        session.InsertAll([A.Person(1), A.Order(1, 5m)]);

        var report = session.WhyNot("test.all-orders-big");

        Assert.Contains("fact Order(1,a,5) matches the base pattern but fails `(o.Amount >= 100)`", report.Findings.Single().Reason);
    }

    [Fact]
    public void WhyNot_UnknownRule_Throws()
    {
        var session = Sessions.For(typeof(MentorRule));

        Assert.Throws<ArgumentException>(() => session.WhyNot("nope"));
    }
}
