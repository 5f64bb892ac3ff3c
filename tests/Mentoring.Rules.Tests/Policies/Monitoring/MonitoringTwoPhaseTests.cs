using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Monitoring;

public sealed class MonitoringTwoPhaseTests
{
    private const string Rule = "monitoring.two-phase";
    private static readonly DateOnly AsOf = D(2024, 6, 15);
    private static readonly DateOnly Start = D(2023, 9, 1);
    private static readonly DateOnly End = D(2024, 5, 31);

    private static CaseBuilder Program(bool completed) =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович")
            .Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", Start, End, p =>
            {
                p.Started(Start);
                if (completed)
                {
                    p.CompletedWith(Ending(CompletionGround.PlanCompleted, End));
                }
            });

    private static CaseBuilder BeforeEntry(CaseBuilder builder, DateOnly? mentorDate = null) =>
        builder.Assessment("as-1", "m1", AssessmentPhase.BeforeEntry, mentorDate ?? D(2023, 8, 25), "prog-1")
            .Assessment("as-2", "t1", AssessmentPhase.BeforeEntry, D(2023, 8, 25));

    [Fact]
    public void Validate_BothPhasesForEveryone_Satisfied()
    {
        var @case = BeforeEntry(Program(completed: true))
            .Assessment("as-3", "m1", AssessmentPhase.AfterCompletion, D(2024, 6, 1), "prog-1")
            .Assessment("as-4", "t1", AssessmentPhase.AfterCompletion, D(2024, 6, 1), "prog-1")
            .Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }

    [Fact]
    public void Validate_MenteeNotAssessedAfterCompletion_ViolatedNamingHim()
    {
        var @case = BeforeEntry(Program(completed: true)).Assessment("as-3", "m1", AssessmentPhase.AfterCompletion, D(2024, 6, 1), "prog-1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Петров П. П. — по итогам программы", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("Иванова М. П. —", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Петров П. П. after completion", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "t1");
    }

    [Fact]
    public void Validate_MenteeMissingBothPhases_ListedTwiceNamedOnce()
    {
        var @case = Program(completed: true)
            .Assessment("as-1", "m1", AssessmentPhase.BeforeEntry, D(2023, 8, 25), "prog-1")
            .Assessment("as-3", "m1", AssessmentPhase.AfterCompletion, D(2024, 6, 1), "prog-1")
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.EndsWith("нет оценки: Петров П. П. — до входа в программу; Петров П. П. — по итогам программы.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal("Program prog-1 lacks assessments: Петров П. П. before entry; Петров П. П. after completion.", finding.MessageEn);
        Assert.Equal(["prog-1", "p1", "t1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_RunningProgramWithFirstPhase_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(BeforeEntry(Program(completed: false)).Build(), AsOf, Rule, "prog-1").Outcome);

    [Theory]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2023, 9, 2, Outcome.Violated)]
    public void Validate_FirstPhaseDate_OnOrBeforeTheStart(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, PolicyRunner.FindingFor(BeforeEntry(Program(completed: false), D(year, month, day)).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_AssessmentOfAnotherProgram_DoesNotCount()
    {
        var @case = Program(completed: false)
            .Assessment("as-1", "m1", AssessmentPhase.BeforeEntry, D(2023, 8, 25), "prog-9")
            .Assessment("as-2", "t1", AssessmentPhase.BeforeEntry, D(2023, 8, 25))
            .FullProgram("prog-9", "p1", D(2023, 1, 9), D(2023, 6, 30))
            .Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }

    [Fact]
    public void Validate_NoAssessmentsAtAll_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Program(completed: true).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Single(finding.Missing);
    }

    [Fact]
    public void Validate_ProgramStartsLater_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).FullProgram("prog-1", "p1", D(2024, 9, 1), D(2025, 5, 31)).Build();

        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }
}
