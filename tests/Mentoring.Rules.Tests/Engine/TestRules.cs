using Mentoring.Rules.Fluent;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

[RuleId("test.mentor")]
[RuleName("Mentor found")]
[RuleDescription("Fires for each mentor.")]
[RuleClause("п. 1")]
[RuleTag("t1")]
[RuleTag("t2")]
public sealed class MentorRule : Rule
{
    public override void Define()
    {
        Person mentor = null!;
        When().Match(() => mentor, m => m.IsMentor);
        Then().Do(ctx => ctx.Emit(new Alert("mentor " + mentor.Name)));
    }
}

[RuleId("test.mentor-without-consent")]
public sealed class MentorWithoutConsentRule : Rule
{
    public override void Define()
    {
        Person mentor = null!;
        When()
            .Match(() => mentor, m => m.IsMentor)
            .Not<Consent>(c => c.PersonId == mentor.Id);
        Then().Do(ctx => ctx.Emit(new Alert("no consent " + mentor.Id)));
    }
}

[RuleId("test.mentor-with-consent")]
public sealed class MentorWithConsentRule : Rule
{
    public override void Define()
    {
        Person mentor = null!;
        Consent consent = null!;
        When()
            .Match(() => mentor, m => m.IsMentor)
            .Match(() => consent, c => c.PersonId == mentor.Id);
        Then().Do(ctx => ctx.Emit(new Alert("consent " + mentor.Id)));
    }
}

[RuleId("test.order-join-predicate")]
public sealed class OrderAbovePersonAgeRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        Order order = null!;
        When()
            .Match(() => person)
            .Match(() => order, o => o.Amount > person.Age);
        Then().Do(ctx => ctx.Emit(new Alert(person.Id + ">" + order.Amount)));
    }
}

[RuleId("test.exists-order")]
public sealed class PersonWithOrdersRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person)
            .Exists<Order>(o => o.CustomerId == person.Id);
        Then().Do(ctx => ctx.Emit(new Alert("has orders " + person.Id)));
    }
}

[RuleId("test.all-orders-big")]
public sealed class AllOrdersBigRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person)
            .All<Order>(o => o.CustomerId == person.Id, o => o.Amount >= 100);
        Then().Do(ctx => ctx.Emit(new Alert("all big " + person.Id)));
    }
}

[RuleId("test.or")]
public sealed class MentorOrOldRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        Consent consent = null!;
        When().Or(x => x
            .Match(() => person, p => p.IsMentor)
            .And(y => y.Match(() => consent, c => c.PersonId == 0)));
        Then().Do(ctx => ctx.Emit(new Alert(person != null ? "person " + person.Id : "consent")));
    }
}

[RuleId("test.let-having")]
public sealed class LetHavingRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        int doubled = 0;
        When()
            .Match(() => person)
            .Let(() => doubled, () => person.Age * 2)
            .Having(() => doubled > 100);
        Then().Do(ctx => ctx.Emit(new Alert(person.Id + ":" + doubled)));
    }
}

[RuleId("test.collect")]
public sealed class CollectOrdersRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        IReadOnlyList<Order> orders = null!;
        When()
            .Match(() => person)
            .Query(() => orders, q => q.Match<Order>().Where(o => o.CustomerId == person.Id).Collect());
        Then().Do(ctx => ctx.Emit(new Alert(person.Id + ":" + orders.Count)));
    }
}

[RuleId("test.count")]
public sealed class CountOrdersRule : Rule
{
    public override void Define()
    {
        int count = 0;
        When()
            .Query(() => count, q => q.Match<Order>(o => o.Amount > 0).Count())
            .Having(() => count >= 2);
        Then().Do(ctx => ctx.Emit(new Alert("count " + count)));
    }
}

[RuleId("test.groupby")]
public sealed class GroupOrdersRule : Rule
{
    public override void Define()
    {
        IGrouping<string, Order> group = null!;
        When()
            .Query(() => group, q => q.Match<Order>().GroupBy(o => o.Category).Where(g => g.Count() >= 2));
        Then().Do(ctx => ctx.Emit(new Alert(group.Key + ":" + group.Count())));
    }
}

[RuleId("test.promote")]
public sealed class PromoteOldPersonRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person, p => p.Age >= 60, p => !p.IsMentor);
        Then().Do(ctx => Promote(ctx, person));
    }

    private static void Promote(IContext ctx, Person person)
    {
        person.IsMentor = true;
        ctx.Update(person);
    }
}

[RuleId("test.linked")]
public sealed class LinkedAlertRule : Rule
{
    public override void Define()
    {
        Person mentor = null!;
        When().Match(() => mentor, m => m.IsMentor);
        Then().Do(ctx => ctx.InsertLinked("alert", new Alert("linked " + mentor.Id)));
    }
}

[RuleId("test.alert-seen")]
public sealed class AlertSeenRule : Rule
{
    public override void Define()
    {
        Alert alert = null!;
        When().Match(() => alert);
        Then().Do(ctx => ctx.Emit("seen " + alert.Text));
    }
}

[RuleId("test.loop")]
public sealed class EndlessLoopRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person);
        Then().Do(ctx => ctx.Update(person));
    }
}

[RuleId("test.high")]
[RulePriority(10)]
public sealed class HighPriorityRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person);
        Then().Do(ctx => ctx.Emit("high " + person.Id));
    }
}

[RuleId("test.low")]
public sealed class LowPriorityRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person);
        Then().Do(ctx => ctx.Emit("low " + person.Id));
    }
}

[RuleId("test.mentor-copy")]
public sealed class MentorCopyRule : Rule
{
    public override void Define()
    {
        Person someone = null!;
        When().Match(() => someone, p => p.IsMentor);
        Then().Do(ctx => ctx.Emit("copy"));
    }
}
