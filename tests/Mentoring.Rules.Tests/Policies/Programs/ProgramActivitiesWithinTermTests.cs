using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.ProgramParts;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramActivitiesWithinTermTests
{
    private const string Rule = "program.activities-within-term";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static Finding Judge(params Mentoring.Domain.Programs.PlannedActivity[] activities) =>
        PolicyRunner.FindingFor(
            School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).FullProgram("prog-1", "p1", D(2023, 9, 1), D(2023, 11, 30), activities: activities).Build(),
            AsOf,
            Rule,
            "prog-1");

    [Fact]
    public void Validate_ActivityAfterTheEnd_ViolatedNamingIt()
    {
        var finding = Judge(Activity("a1", D(2023, 10, 1)), Activity("a2", D(2023, 12, 15), title: "итоговая конференция"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("a2 «итоговая конференция» — до 15.12.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("a1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("a2 due 2023-12-15", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllInside_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, Judge(Activity("a1", D(2023, 10, 1)), Activity("a2", D(2023, 11, 1))).Outcome);

    [Theory]
    [InlineData(2023, 8, 31, Outcome.Violated)]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2023, 11, 30, Outcome.Satisfied)]
    [InlineData(2023, 12, 1, Outcome.Violated)]
    public void Validate_DueOnTheTermsEdges_BothEndsIncluded(int year, int month, int day, Outcome expected) =>
        Assert.Equal(expected, Judge(Activity("a1", D(year, month, day))).Outcome);

    [Fact]
    public void Validate_NoActivities_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge().Outcome);

    [Fact]
    public void Validate_ActivityAddedAfterValidation_MessageCountsThePlanAsValidated()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2023, 11, 30), activities: [Activity("a1", D(2023, 10, 1)), Activity("a2", D(2023, 11, 1))])
            .Build();
        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Succeeds(@case.Programs.Single().AddActivity(Activity("a3", D(2023, 11, 15))));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Все мероприятия программы prog-1 (2 мероприятия) в пределах срока 01.09.2023–30.11.2023.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("All 2 activities of program prog-1", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralActivitiesOutside_ViolatedNamingEachInPlanOrder()
    {
        var finding = Judge(Activity("a1", D(2023, 8, 31)), Activity("a2", D(2023, 10, 1)), Activity("a3", D(2023, 12, 1)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.EndsWith("a1 due 2023-08-31; a3 due 2023-12-01.", finding.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("a2", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Inferred_AWarningMarkedAsAnInference()
    {
        var finding = Judge(Activity("a1", D(2023, 12, 15)));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(RuleBasis.Inference, finding.Policy.Basis);
    }

    [Fact]
    public void Validate_ActivityRescheduledIntoTheTerm_DueDateInForceJudged()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2023, 11, 30), p => Succeeds(p.ApplyChange(Ok(Mentoring.Domain.Programs.ProgramChange.Create(
                Mentoring.Domain.Programs.ProgramChangeKind.PlanChange, D(2023, 9, 10), "перенос срока", [P("m1"), P("t1")], activity: Ok(Mentoring.Domain.ActivityId.Create("a1")), newDue: D(2023, 11, 20))))),
                activities: [Activity("a1", D(2023, 12, 15))])
            .Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }
}
