using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;
using static Mentoring.Rules.Tests.Policies.Support.ProgramParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionPlanDoneTests
{
    private const string Rule = "completion.plan-done";
    private static readonly DateOnly AsOf = D(2024, 6, 15);
    private static readonly DateOnly End = D(2024, 5, 31);

    private static Validation.Finding Judge(CompletionGround ground, params PlannedActivity[] activities) =>
        PolicyRunner.FindingFor(
            School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
                .FullProgram("prog-1", "p1", D(2023, 9, 1), End, p => p.Started(D(2023, 9, 1)).CompletedWith(Ending(ground, End, "переезд", "t1")), activities: activities)
                .Build(),
            AsOf,
            Rule,
            "prog-1");

    [Fact]
    public void Validate_EveryActivityDone_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, Judge(CompletionGround.PlanCompleted, Activity("a1", D(2023, 10, 1), D(2023, 10, 1)), Activity("a2", D(2024, 5, 1), D(2024, 4, 30))).Outcome);

    [Fact]
    public void Validate_OneActivityNotDone_ViolatedNamingIt()
    {
        var finding = Judge(CompletionGround.PlanCompleted, Activity("a1", D(2023, 10, 1), D(2023, 10, 1)), Activity("a2", D(2024, 5, 1), title: "мастер-класс"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("a2 «мастер-класс» (до 01.05.2024)", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("a1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("activities are not done: a2", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31, Outcome.Satisfied)]
    [InlineData(1, Outcome.Violated)]
    public void Validate_DoneOnOrAfterTheEnding_OnlyOnOrBeforeCounts(int day, Outcome expected)
    {
        var doneOn = day == 31 ? End : End.AddDays(1);

        Assert.Equal(expected, Judge(CompletionGround.PlanCompleted, Activity("a1", D(2024, 5, 1), doneOn)).Outcome);
    }

    [Fact]
    public void Validate_EmptyPlan_UnknownNamingThePlan()
    {
        var finding = Judge(CompletionGround.PlanCompleted);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("план мероприятий программы prog-1", finding.Missing);
    }

    [Fact]
    public void Validate_EndedOnAnotherGround_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), End, p => p.Started(D(2023, 9, 1)).TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2024, 2, 1), "переезд", "t1")))
            .Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
