using System.Linq.Expressions;
using Mentoring.Rules.RuleModel;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

/// <summary>Rules whose conditions and actions share a shape but not their constants share compiled code, yet each keeps its own constants.</summary>
public class DelegateSharingTests
{
    [Fact]
    public void ManyRulesOfOneShape_EachUsesItsOwnConstant()
    {
        var repository = new RuleRepository();
        for (var k = 1; k <= 20; k++)
        {
            repository.Add(BuildRule(k));
        }

        var session = repository.Compile().CreateSession();
        session.InsertAll(Enumerable.Range(1, 20).Select(i => A.Person(i, age: i)).ToArray());
        session.Fire();

        for (var k = 1; k <= 20; k++)
        {
            var fired = session.Firings.Where(f => f.Rule.Id == "shape." + k).Select(f => f.Fact<Person>().Age).Order();
            Assert.Equal(Enumerable.Range(1, 20).Where(age => age % k == 0), fired);
        }

        Assert.Equal(session.Firings.Select(f => f.Rule.Id + ":" + f.Fact<Person>().Age), session.Outputs.Select(o => (string)o.Value));
    }

    private static RuleDefinition BuildRule(int k)
    {
        var id = "shape." + k;
        Expression<Func<Person, bool>> condition = p => p.Age % k == 0;
        Expression<Action<IContext, Person>> action = (ctx, p) => ctx.Emit(id + ":" + p.Age);
        return new RuleDefinition(id, new AndElement([new PatternElement(new Declaration("p", typeof(Person)), [condition])]), [new ActionElement(action)]);
    }
}
