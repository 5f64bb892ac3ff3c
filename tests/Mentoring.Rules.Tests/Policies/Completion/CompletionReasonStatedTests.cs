using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionReasonStatedTests
{
    private const string Rule = "completion.reason-stated";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static IReadOnlyList<Validation.Finding> Judge(CompletionGround ground, string? reason) =>
        PolicyRunner.Findings(
            School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
                .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p =>
                {
                    p.Started(D(2023, 9, 1));
                    var ending = Ending(ground, D(2024, 2, 1), reason, "t1");
                    _ = ground.IsEarly() ? p.TerminatedWith(ending) : p.CompletedWith(ending);
                })
                .Build(),
            AsOf,
            Rule);

    [Fact]
    public void Validate_EarlyEndingWithoutReason_Violated()
    {
        var finding = Assert.Single(Judge(CompletionGround.CuratorInitiative, null));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("prog-1 завершена досрочно 01.02.2024", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("причина не указана", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("without a stated reason", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("prog-1", finding.Subjects[0].Id);
    }

    [Fact]
    public void Validate_EarlyEndingWithReason_SatisfiedQuotingIt()
    {
        var finding = Assert.Single(Judge(CompletionGround.ParticipantInitiative, "переезд наставляемого"));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("переезд наставляемого", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlanCompleted_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(Judge(CompletionGround.PlanCompleted, null)).Outcome);
}
