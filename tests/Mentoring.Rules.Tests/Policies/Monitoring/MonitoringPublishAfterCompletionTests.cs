using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Monitoring;

public sealed class MonitoringPublishAfterCompletionTests
{
    private const string Rule = "monitoring.publish-after-completion";
    private static readonly DateOnly AsOf = D(2024, 6, 15);
    private static readonly DateOnly End = D(2024, 5, 31);

    private static IReadOnlyList<Validation.Finding> Judge(Action<PersonalizedProgram> steps) =>
        PolicyRunner.Findings(
            School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).FullProgram("prog-1", "p1", D(2023, 9, 1), End, steps).Build(),
            AsOf,
            Rule);

    [Fact]
    public void Validate_PublishedWhileRunning_Violated()
    {
        var finding = Assert.Single(Judge(p => p.Started(D(2023, 9, 1)).Published(D(2024, 3, 1))));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("prog-1 опубликованы до её завершения (программа не завершена): 01.03.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("while it has not ended", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProgramCompletedAfterTheValidation_MessagesTellWhatWasJudged()
    {
        PersonalizedProgram? program = null;
        var finding = Assert.Single(Judge(p => program = p.Started(D(2023, 9, 1)).Published(D(2024, 3, 1))));

        program!.CompletedWith(Ending(CompletionGround.PlanCompleted, End));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("опубликованы до её завершения (программа не завершена)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("were published while it has not ended", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, Outcome.Violated)]
    [InlineData(31, Outcome.Satisfied)]
    public void Validate_PublishedAroundTheEnding_TheDayOfTheEndingCounts(int day, Outcome expected) =>
        Assert.Equal(
            expected,
            Assert.Single(Judge(p => p.Started(D(2023, 9, 1)).Published(D(2024, 5, day)).CompletedWith(Ending(CompletionGround.PlanCompleted, End)))).Outcome);

    [Fact]
    public void Validate_PublishedAfterCompletion_Satisfied() =>
        Assert.Equal(
            Outcome.Satisfied,
            Assert.Single(Judge(p => p.Started(D(2023, 9, 1)).CompletedWith(Ending(CompletionGround.PlanCompleted, End)).Published(D(2024, 6, 5)))).Outcome);

    [Fact]
    public void Validate_NothingPublished_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(Judge(p => p.Started(D(2023, 9, 1)))).Outcome);
}
