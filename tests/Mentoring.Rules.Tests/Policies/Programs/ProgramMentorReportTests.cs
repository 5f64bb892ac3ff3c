using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramMentorReportTests
{
    private const string Rule = "program.mentor-report";

    private static Finding Judge(DateOnly asOf, Action<PersonalizedProgram>? configure) =>
        PolicyRunner.FindingFor(
            School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Pair("p1", ["m1"], ["t1"])
                .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => { p.Started(D(2023, 9, 1)); configure?.Invoke(p); }).Build(),
            asOf,
            Rule,
            "prog-1",
            e => e.Enable(Rule));

    private static void Reported(PersonalizedProgram program, DateOnly on) =>
        ProgramParts.Succeeds(program.RecordMentorReport(Ok(MentorReport.Create(on, P("m1"), "Отчёт о реализации программы сопровождения"))));

    [Fact]
    public void Validate_ByDefault_RuleIsOffUnlessTheEditionFollows003()
    {
        Assert.False(PolicyCatalog.Bundled.Find(Rule)!.EnabledByDefault);
        Assert.Empty(PolicyRunner.Findings(School().Teacher("m1").Build(), D(2024, 6, 1), Rule));
    }

    [Fact]
    public void Validate_ReportWhenTheProgramEnds_Satisfied()
    {
        var finding = Judge(D(2024, 7, 1), p =>
        {
            p.CompletedWith(Ending(CompletionGround.PlanCompleted, D(2024, 5, 31)));
            Reported(p, D(2024, 6, 5));
        });

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("представлен 05.06.2024 (автор: Иванова М. П.)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal("003 §5.5", finding.Clause);
    }

    [Fact]
    public void Validate_NoDueDate_UnknownUntilTheProgramHasEnded()
    {
        var finding = Judge(D(2024, 3, 1), null);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("отчёт наставника", StringComparison.Ordinal));
        Assert.Contains("срок его представления не установлен", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProgramEndedWithoutAReport_Violated()
    {
        var finding = Judge(D(2024, 7, 1), p => p.CompletedWith(Ending(CompletionGround.PlanCompleted, D(2024, 5, 31))));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("завершена 31.05.2024, но отчёт наставника о её реализации не представлен", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("the mentor's report on it is not presented", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TermPassedWithoutACompletionRecord_EndedOnItsLastDay()
    {
        var finding = Judge(D(2024, 6, 1), null);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("завершена 31.05.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndedProgram_FindingStableAsTheDateOfValidationMovesLater()
    {
        var early = Judge(D(2024, 6, 10), p => p.TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2024, 2, 1), "болезнь", "t1")));
        var late = Judge(D(2027, 6, 10), p => p.TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2024, 2, 1), "болезнь", "t1")));

        Assert.Equal(Outcome.Violated, early.Outcome);
        Assert.Equal(early.MessageRu, late.MessageRu);
    }
}
