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
}
