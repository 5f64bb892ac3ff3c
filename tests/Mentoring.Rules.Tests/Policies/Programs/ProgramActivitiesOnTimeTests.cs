using Mentoring.Domain;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;
using static Mentoring.Rules.Tests.Policies.Support.ProgramParts;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramActivitiesOnTimeTests
{
    private const string Rule = "program.activities-on-time";

    private static CaseBuilder Running(Action<PersonalizedProgram>? configure, params PlannedActivity[] activities) =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => { p.Started(D(2023, 9, 1)); configure?.Invoke(p); }, activities: activities);

    private static Finding Judge(DateOnly asOf, Action<PersonalizedProgram>? configure, params PlannedActivity[] activities) =>
        PolicyRunner.FindingFor(Running(configure, activities).Build(), asOf, Rule, "prog-1");

    private static PersonalizedProgram Rescheduled(PersonalizedProgram program, string activity, DateOnly on, DateOnly newDue)
    {
        Succeeds(program.ApplyChange(Ok(ProgramChange.Create(
            ProgramChangeKind.PlanChange, on, "корректировка плана", [P("m1"), P("t1")], activity: Ok(ActivityId.Create(activity)), newDue: newDue))));
        return program;
    }

    [Fact]
    public void Validate_InTheSetTerms_DoneByTheDueDate_Satisfied()
    {
        // «в установленные сроки» (002 §4): done on the due date itself is on time («до DATE» includes DATE).
        var finding = Judge(D(2024, 1, 15), null, Activity("a1", D(2023, 10, 2), doneOn: D(2023, 10, 2)), Activity("a2", D(2023, 12, 1), doneOn: D(2023, 11, 20)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("(2 мероприятия), выполнены в установленные сроки", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InTheSetTerms_DoneLate_ViolatedNamingTheActivity()
    {
        var finding = Judge(D(2024, 1, 15), null, Activity("a1", D(2023, 10, 2), doneOn: D(2023, 10, 10), title: "посещение урока"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("a1 «посещение урока» — срок 02.10.2023, выполнено 10.10.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("a1 due 2023-10-02, done 2023-10-10", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("002 §4 (обязанности наставляемого)", finding.Clause);
    }

    [Theory]
    [InlineData(2023, 10, 2, Outcome.NotApplicable)]
    [InlineData(2023, 10, 3, Outcome.Violated)]
    public void Validate_InTheSetTerms_NotDone_OverdueOnlyAfterTheDueDate(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, Judge(D(year, month, day), null, Activity("a1", D(2023, 10, 2))).Outcome);

    [Fact]
    public void Validate_DueOnASunday_MovesToTheNextWorkingDay()
    {
        // 01.10.2023 was a Sunday: the due date moves to Monday 02.10.2023 (ГК РФ, ст. 193).
        var finding = Judge(D(2024, 1, 15), null, Activity("a1", D(2023, 10, 1), doneOn: D(2023, 10, 2)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_CorrectionOfThePlan_ResetsTheDueDate()
    {
        var finding = Judge(D(2024, 1, 15), p => Rescheduled(p, "a1", D(2023, 9, 25), D(2023, 11, 15)), Activity("a1", D(2023, 10, 2), doneOn: D(2023, 11, 10)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_CorrectionOfThePlan_LateAgainstTheNewDueDate_Violated()
    {
        var finding = Judge(D(2024, 1, 15), p => Rescheduled(p, "a1", D(2023, 9, 25), D(2023, 11, 15)), Activity("a1", D(2023, 10, 2), doneOn: D(2023, 11, 20)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("срок 15.11.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhileTheProgramRuns_ActivitiesDueAfterAnEarlyEndingNotOwed()
    {
        var finding = Judge(
            D(2024, 6, 15),
            p => p.TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2023, 12, 1), "переезд", "t1")),
            Activity("a1", D(2023, 10, 2), doneOn: D(2023, 10, 1)),
            Activity("a2", D(2024, 3, 1)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_ProgramNotStarted_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), activities: [Activity("a1", D(2023, 10, 2))]).Build();

        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "prog-1").Outcome);
    }

    [Fact]
    public void Validate_PassedDueDate_FindingStableAsTheDateOfValidationMovesLater()
    {
        var @case = Running(null, Activity("a1", D(2023, 10, 2), doneOn: D(2023, 10, 10)), Activity("a2", D(2023, 11, 1), doneOn: D(2023, 10, 30))).Build();

        var early = PolicyRunner.FindingFor(@case, D(2023, 12, 1), Rule, "prog-1");
        var late = PolicyRunner.FindingFor(@case, D(2026, 12, 1), Rule, "prog-1");

        Assert.Equal(early.Outcome, late.Outcome);
        Assert.Equal(early.Severity, late.Severity);
    }
}
