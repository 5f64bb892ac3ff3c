using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class CuratorAppointedTests
{
    private const string Rule = "org.curator-appointed";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Running() => School().Running(D(2023, 9, 5)).Teacher("dep", deputy: true);

    [Fact]
    public void Validate_CuratorOrder_SatisfiedNamingTheCurator()
    {
        var @case = Running().CuratorOrder("cur-1", D(2023, 9, 1), "dep").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("dep"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ cur-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "dep");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_TwoCuratorOrdersOnOneDay_TheLaterInTheCaseNamesTheCurator()
    {
        var @case = Running().Teacher("dep2", deputy: true)
            .CuratorOrder("cur-1", D(2023, 9, 1), "dep").CuratorOrder("cur-2", D(2023, 9, 1), "dep2").CuratorOrder("cur-3", D(2024, 2, 1), "dep")
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal($"Curator {@case.FindPerson(P("dep2"))!.Name.ShortName} is appointed by order No. cur-2 of 2023-09-01 (order appointing the curator).", finding.MessageEn);
        Assert.Equal([OrganizationId, "cur-2", "dep2"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_NoCuratorOrder_Violated()
    {
        var finding = PolicyRunner.FindingFor(Running().Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("нет приказа руководителя о назначении куратора", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 1, 15, Outcome.Satisfied)]
    [InlineData(2024, 1, 16, Outcome.Violated)]
    public void Validate_CuratorOrderDate_CountsFromItsDay(int year, int month, int day, Outcome expected)
    {
        var @case = Running().CuratorOrder("cur-1", D(year, month, day), "dep").Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId).Outcome);
    }

    [Fact]
    public void Validate_StudentAppointedByTheLatestOrder_Violated()
    {
        var @case = Running().Student("s1", D(2008, 1, 1), 10)
            .CuratorOrder("cur-1", D(2023, 9, 1), "dep").CuratorOrder("cur-2", D(2023, 12, 1), "s1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("обучающийся", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "cur-2");
    }

    [Fact]
    public void Validate_SignedByAnotherWorker_Violated()
    {
        var @case = Running().Organization(headId: "h1").Teacher("h1", head: true)
            .SignedCuratorOrder("cur-1", D(2023, 9, 1), "dep", signedBy: "dep").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("signed not by the head", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoMentoringInTheCase_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), AsOf, Rule)).Outcome);
    }
}
