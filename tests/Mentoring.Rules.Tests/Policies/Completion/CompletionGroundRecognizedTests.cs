using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionGroundRecognizedTests
{
    private const string Rule = "completion.ground";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static CaseBuilder Ended(CompletionGround ground, string? initiatedBy, bool early = true) =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Teacher("c1", deputy: true, name: "Кузнецова Ольга Сергеевна")
            .Teacher("x1", name: "Смирнов Иван Ильич")
            .Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p =>
            {
                p.Started(D(2023, 9, 1));
                var ending = Ending(ground, D(2024, 2, 1), "переезд", initiatedBy);
                _ = early ? p.TerminatedWith(ending) : p.CompletedWith(ending);
            });

    [Fact]
    public void Validate_PlanCompleted_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Ended(CompletionGround.PlanCompleted, null, early: false).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_MenteesInitiative_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "t1").Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParticipantGroundButOutsiderInitiated_ViolatedNamingHim()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "x1").Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("инициатор Смирнов И. И. не является ни наставником, ни наставляемым", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("01.02.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("2024-02-01", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "x1");
    }

    [Fact]
    public void Validate_InitiatorNotRecorded_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, null).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("инициатор", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CuratorsInitiativeWithoutCuratorOrder_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.CuratorInitiative, "c1").Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("приказ о назначении куратора", finding.Missing);
    }

    [Theory]
    [InlineData(2024, 2, 1, Outcome.Satisfied)]
    [InlineData(2024, 2, 2, Outcome.Violated)]
    public void Validate_CuratorsInitiative_CuratorMustBeAppointedByTheEnding(int year, int month, int day, Outcome expected)
    {
        var @case = Ended(CompletionGround.CuratorInitiative, "c1").CuratorOrder("ord-7", D(year, month, day), "c1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains("Кузнецова О. С.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CuratorsInitiativeByAnotherTeacher_Violated()
    {
        var @case = Ended(CompletionGround.CuratorInitiative, "x1").CuratorOrder("ord-7", D(2023, 8, 30), "c1").Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }

    [Fact]
    public void Validate_ProgramStillRunning_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31)).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }

    [Fact]
    public void Validate_SeveralCuratorOrders_JudgedOnTheEndingByTheOrderInForceThatDay()
    {
        var @case = Ended(CompletionGround.CuratorInitiative, "c1")
            .CuratorOrder("ord-1", D(2023, 9, 1), "x1")
            .CuratorOrder("ord-2", D(2023, 10, 1), "c1")
            .CuratorOrder("ord-3", D(2024, 1, 10), "c1")
            .CuratorOrder("ord-4", D(2024, 3, 1), "x1")
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("of 2024-01-10)", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "ord-3");
        Assert.DoesNotContain(finding.Subjects, s => s.Id is "ord-1" or "ord-2" or "ord-4");
    }

    [Fact]
    public void Validate_CuratorReplacedBeforeTheEnding_Violated()
    {
        var @case = Ended(CompletionGround.CuratorInitiative, "c1")
            .CuratorOrder("ord-1", D(2023, 9, 1), "c1")
            .CuratorOrder("ord-2", D(2024, 1, 10), "x1")
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не является куратором по приказу, действующему на эту дату", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MutualDecision_SatisfiedWithoutASingleInitiator()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => p.Started(D(2023, 9, 1))
                .TerminatedWith(Ok(Mentoring.Domain.Programs.Completion.Create(CompletionGround.ParticipantInitiative, D(2024, 2, 1), "переезд", byMutualDecision: true))))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("по обоюдному решению наставника и наставляемого", finding.MessageRu, StringComparison.Ordinal);
    }
}
