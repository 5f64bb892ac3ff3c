using Mentoring.Rules.Policies;
using Mentoring.Rules.Policies.Optional;
using Mentoring.Rules.Policies.Programs;
using Mentoring.Rules.Testing;
using Mentoring.Rules.Tests.EditionFiles;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Testing;

/// <summary>The test kit for rule authors, on NRules: one rule compiled alone, a case inserted, verdicts asserted.</summary>
public sealed class RuleTesterTests
{
    private static readonly DateOnly AsOf = D(2024, 6, 1);

    private static Mentoring.Domain.Cases.MentoringCase TwoMonthProgram() =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", D(2024, 1, 10), D(2024, 3, 9)).Build();

    [Fact]
    public void AssertVerdict_BundledRuleOnACase_PassesOnTheRulesOwnVerdict()
    {
        var tester = RuleTester.For<ProgramDuration>("federal-2021", AsOf).Case(TwoMonthProgram()).Fire();

        tester.AssertFiredOnce().AssertVerdict(Outcome.Violated, v => v.Subjects.Any(s => s.Id == "prog-1"));
        Assert.Throws<RuleAssertionException>(() => tester.AssertVerdict(Outcome.Satisfied));
    }

    [Fact]
    public void AssertFiredOnce_RuleDidNotMatch_ThrowsWithTheWhyNot()
    {
        var tester = RuleTester.For<ProgramDuration>("federal-2021", AsOf).Case(School().Teacher("m1").Build()).Fire();

        var ex = Assert.Throws<RuleAssertionException>(() => tester.AssertFiredOnce());

        Assert.Contains("Expected rule 'program.duration' to fire 1 time, but it fired 0 times.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no PersonalizedProgram fact is in working memory", ex.Message, StringComparison.Ordinal);
        tester.AssertDidNotFire().AssertNoVerdict(Outcome.Violated);
    }

    [Fact]
    public void For_OwnRuleWithParameter_ReadsTheEditionsParameter()
    {
        var tester = RuleTester.For<TeacherSeenRule>("federal-2021", AsOf).Case(School().Teacher("m1").Teacher("t1").Build()).Fire();

        tester.AssertFiredTimes(2).AssertVerdict(Outcome.Satisfied, v => v.MessageEn == "plain: m1");
    }

    [Fact]
    public void Retract_FactTheVerdictRestsOn_RuleFiresNoMore()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();
        var tester = RuleTester.For<MentorMaxMentees>("federal-2021", AsOf).Case(@case).Retract(@case.Teachers[0]).Fire(); // the mentor: the rule matches mentors, their pairs are the case's

        tester.AssertDidNotFire();
    }

    [Fact]
    public void AssertFiredOnce_SeveralRules_Refuses()
    {
        var tester = RuleTester.For([typeof(ProgramDuration), typeof(TeacherSeenRule)], "federal-2021", AsOf).Case(TwoMonthProgram()).Fire();

        Assert.Throws<InvalidOperationException>(() => tester.AssertFiredOnce());
        tester.AssertVerdict(Outcome.Violated).AssertVerdict(Outcome.Satisfied, v => v.MessageEn == "plain: t1");
    }

    [Fact]
    public void For_UnknownEdition_SaysWhichEdition()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleTester.For<ProgramDuration>("nowhere", AsOf));

        Assert.Contains("MR0202", ex.Message, StringComparison.Ordinal);
    }
}
