using Mentoring.Domain.Stages;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramStageOrderTests
{
    private const string Rule = "program.stage-order";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static Validation.Finding Judge(params (ProgramStage Stage, DateOnly On)[] stages) =>
        PolicyRunner.FindingFor(
            School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
                .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => p.Entered(stages)).Build(),
            AsOf,
            Rule,
            "prog-1");

    [Fact]
    public void Validate_StagesInOrder_Satisfied()
    {
        var finding = Judge((ProgramStage.Preparatory, D(2023, 9, 1)), (ProgramStage.Design, D(2023, 9, 15)), (ProgramStage.Implementation, D(2023, 10, 1)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("подготовительный (01.09.2023) → проектировочный (15.09.2023)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BackToAnEarlierStage_Violated()
    {
        var finding = Judge((ProgramStage.Preparatory, D(2023, 9, 1)), (ProgramStage.Design, D(2023, 9, 15)), (ProgramStage.Preparatory, D(2023, 10, 1)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("не по порядку", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("went back", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "p1");
    }

    [Fact]
    public void Validate_SkippedTheDesignStage_ViolatedNamingIt()
    {
        var finding = Judge((ProgramStage.Preparatory, D(2023, 9, 1)), (ProgramStage.Implementation, D(2023, 10, 1)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("пары p1 (наставник: ", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("пропущен этап «проектировочный»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("skipped the stage design", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PairsWorkStartsAtTheDesignStage_PreparatoryStageNotRequired()
    {
        var finding = Judge((ProgramStage.Design, D(2023, 9, 15)), (ProgramStage.Implementation, D(2023, 10, 1)), (ProgramStage.ReflectiveAnalytical, D(2024, 5, 1)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Descriptor_StageOrder_InferredPerPairAtMostAWarning()
    {
        var policy = PolicyCatalog.Bundled.Find(Rule)!;

        Assert.Equal(RuleBasis.Inference, policy.Basis);
        Assert.Equal(Severity.Warning, policy.Severity);
    }

    [Fact]
    public void Validate_NoStagesRecorded_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge().Outcome);

    [Fact]
    public void Validate_StageEnteredAfterValidation_MessageTellsTheStagesAsValidated()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p => p.Entered((ProgramStage.Preparatory, D(2023, 9, 1)), (ProgramStage.Design, D(2023, 9, 15))))
            .Build();
        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        ProgramParts.Succeeds(@case.Programs.Single().EnterStage(ProgramStage.Implementation, D(2023, 10, 1)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.EndsWith("подготовительный (01.09.2023) → проектировочный (15.09.2023).", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("2023-10-01", finding.MessageEn, StringComparison.Ordinal);
    }
}
