using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Organizations;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Organizations.RecordsParts;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Registries;

public sealed class MentorTrainedTests
{
    private const string Rule = "mentor.trained";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder TwoPairs() =>
        School().Teacher("m1").Teacher("m2").Teacher("t1").Teacher("t2")
            .Pair("p1", ["m1"], ["t1"], formedOn: D(2023, 9, 1)).Pair("p2", ["m2"], ["t2"], formedOn: D(2023, 9, 1));

    [Fact]
    public void Validate_Clause003Section1_6_EveryMentorTrained_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(TwoPairs().Records(trainings: [Trained("m1", D(2023, 10, 5)), Trained("m2", D(2023, 11, 1))]).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_NoTrainingRecorded_UnknownNeverAnError()
    {
        var finding = PolicyRunner.FindingFor(TwoPairs().Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не представлены", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("(mentors in the case: 2)", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SomeMentorUntrained_WarningNamingTheMentor()
    {
        var @case = TwoPairs().Records(trainings: [Trained("m1", D(2023, 10, 5))]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(@case.FindPerson(P("m2"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m2");
    }

    [Fact]
    public void Validate_TrainingAfterTheDateOfValidation_NotCounted()
    {
        var finding = PolicyRunner.FindingFor(TwoPairs().Records(trainings: [Trained("m1", D(2023, 10, 5)), Trained("m2", D(2024, 2, 1))]).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(School().Build(), AsOf, Rule, OrganizationId).Outcome);
}
