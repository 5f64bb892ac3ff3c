using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class CuratorFromDeputiesTests
{
    private const string Rule = "org.curator-from-deputies";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_DeputyHead_Satisfied()
    {
        var @case = School().Teacher("dep", deputy: true).CuratorOrder("cur-1", D(2023, 9, 1), "dep").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "dep");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Id == "cur-1");
        Assert.Contains(finding.Parameters, p => p.Name == "curatorMustBeDeputy" && Equals(p.Value, true));
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_OrdinaryTeacher_ViolatedNamingTheCurator()
    {
        var @case = School().Teacher("t1").CuratorOrder("cur-1", D(2023, 9, 1), "t1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("не заместитель руководителя", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("is not a deputy head", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TheHead_Violated()
    {
        var @case = School().Teacher("h1", head: true).CuratorOrder("cur-1", D(2023, 9, 1), "h1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "h1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("руководитель организации", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OutsidePerson_Violated()
    {
        var @case = School().OutsidePerson("x1", "Смирнова Ольга Ивановна").CuratorOrder("cur-1", D(2023, 9, 1), "x1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "x1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Смирнова О. И.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, Outcome.Violated)]
    [InlineData(false, Outcome.NotApplicable)]
    public void Validate_CuratorMustBeDeputyParameter_DecidesForANonDeputy(bool mustBeDeputy, Outcome expected)
    {
        var @case = School().Teacher("t1").CuratorOrder("cur-1", D(2023, 9, 1), "t1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", e => e.Set(Rule, "curatorMustBeDeputy", mustBeDeputy));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "curatorMustBeDeputy" && Equals(p.Value, mustBeDeputy) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_ReplacedCurator_OnlyTheCurrentOneIsJudged()
    {
        var @case = School().Teacher("t1").Teacher("dep", deputy: true)
            .CuratorOrder("cur-1", D(2022, 9, 1), "t1").CuratorOrder("cur-2", D(2023, 9, 1), "dep").Build();

        var finding = Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal("dep", finding.Subjects[0].Id);
    }

    [Fact]
    public void Validate_NoCuratorOrder_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Running(D(2023, 9, 1)).Build(), AsOf, Rule)).Outcome);
    }
}
