using System.Linq.Expressions;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.RuleModel;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

public class CompilationTests
{
    [Fact]
    public void Compile_CapturedLocalNeverBound_ThrowsNamingRuleAndVariable()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Add(new UnboundRule()).Compile());

        Assert.Equal("bad.unbound", ex.RuleId);
        Assert.Contains("Rule 'bad.unbound'", ex.Message);
        Assert.Contains("'mentor' is an unbound variable", ex.Message);
    }

    [Fact]
    public void Compile_LocalBoundOnlyLater_ThrowsUnbound()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Add(new BoundLaterRule()).Compile());

        Assert.Equal("bad.later", ex.RuleId);
        Assert.Contains("'mentor' is an unbound variable", ex.Message);
    }

    [Fact]
    public void Compile_DuplicateRuleIds_ThrowsNamingRule()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Load(typeof(MentorRule), typeof(MentorRule)).Compile());

        Assert.Equal("test.mentor", ex.RuleId);
        Assert.Contains("duplicate rule id", ex.Message);
    }

    [Fact]
    public void Compile_PatternOverValueType_ThrowsNeverInsertable()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Add(new ValueTypeRule()).Compile());

        Assert.Equal("bad.value-type", ex.RuleId);
        Assert.Contains("can never be inserted", ex.Message);
    }

    [Fact]
    public void Compile_PatternOverUndeclaredFactType_Throws()
    {
        var repository = new RuleRepository().Load(typeof(MentorWithConsentRule)).DeclareFactTypes(typeof(Person));

        var ex = Assert.Throws<RuleCompilationException>(() => repository.Compile());

        Assert.Equal("test.mentor-with-consent", ex.RuleId);
        Assert.Contains("Consent", ex.Message);
        new RuleRepository().Load(typeof(MentorWithConsentRule)).DeclareFactTypes(typeof(Person), typeof(Consent)).Compile();
    }

    [Fact]
    public void Compile_HandBuiltModelWithUnboundParameter_ThrowsNamingRule()
    {
        var consent = new Declaration("consent", typeof(Consent));
        Expression<Func<Consent, Person, bool>> condition = (consent, mentor) => consent.PersonId == mentor.Id;
        var rule = new RuleDefinition("model.unbound", new AndElement([new PatternElement(consent, [condition])]), []);

        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Add(rule).Compile());

        Assert.Contains("Rule 'model.unbound'", ex.Message);
        Assert.Contains("'mentor'", ex.Message);
    }

    [Fact]
    public void Compile_HandBuiltModel_RunsWithoutDsl()
    {
        var person = new Declaration("p", typeof(Person));
        Expression<Func<Person, bool>> isMentor = p => p.IsMentor;
        Expression<Action<IContext, Person>> action = (ctx, p) => ctx.Emit(p.Id);
        var rule = new RuleDefinition("model.ok", new AndElement([new PatternElement(person, [isMentor])]), [new ActionElement(action)]) { Priority = 3 };
        var session = new RuleRepository().Add(rule).Compile().CreateSession();

        session.InsertAll([A.Mentor(1), A.Person(2)]);
        session.Fire();

        Assert.Equal([1], session.Outputs.Select(o => o.Value));
    }

    [Fact]
    public void Compile_AggregateResultOfWrongType_Throws()
    {
        var count = new Declaration("n", typeof(string));
        var source = new PatternElement(new Declaration("o", typeof(Order)), []);
        var rule = new RuleDefinition("model.count", new AndElement([new AggregateElement(count, AggregateKind.Count, source)]), []);

        var ex = Assert.Throws<RuleCompilationException>(() => new RuleRepository().Add(rule).Compile());

        Assert.Contains("Count result cannot be bound to 'n'", ex.Message);
    }

    [RuleId("bad.unbound")]
    private sealed class UnboundRule : Rule
    {
        public override void Define()
        {
            Person mentor = null!;
            When().Not<Consent>(c => c.PersonId == mentor.Id);
            Then().Do(ctx => ctx.Emit("x"));
        }
    }

    [RuleId("bad.later")]
    private sealed class BoundLaterRule : Rule
    {
        public override void Define()
        {
            Person mentor = null!;
            Consent consent = null!;
            When().Match(() => consent, c => c.PersonId == mentor.Id).Match(() => mentor);
            Then().Do(ctx => ctx.Emit("x"));
        }
    }

    [RuleId("bad.value-type")]
    private sealed class ValueTypeRule : Rule
    {
        public override void Define()
        {
            int number = 0;
            When().Match(() => number, n => n > 0);
            Then().Do(ctx => ctx.Emit(number));
        }
    }
}
