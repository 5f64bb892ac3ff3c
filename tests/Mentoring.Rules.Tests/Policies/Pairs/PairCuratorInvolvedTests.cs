using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairCuratorInvolvedTests
{
    private const string Rule = "pair.curator-involved";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithPair(bool? curatorInvolved) =>
        School()
            .Teacher("d1", deputy: true, name: "Сидорова Анна Ивановна")
            .Teacher("m1", name: "Иванова Мария Петровна")
            .Teacher("t1", name: "Петров Павел Павлович")
            .CuratorOrder("cur-1", D(2023, 8, 28), "d1")
            .Pair("p1", ["m1"], ["t1"], curatorInvolved: curatorInvolved);

    [Fact]
    public void Validate_CuratorTookPart_SatisfiedNamingTheCurator()
    {
        var finding = PolicyRunner.FindingFor(WithPair(true).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("куратора Сидорова А. И.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ cur-1 от 28.08.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "d1");
    }

    [Fact]
    public void Validate_CuratorDidNotTakePart_Violated()
    {
        var finding = PolicyRunner.FindingFor(WithPair(false).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("без участия куратора", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("without the curator", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotRecorded_UnknownListingWhatIsMissing()
    {
        var finding = PolicyRunner.FindingFor(WithPair(null).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["участие куратора в формировании пары p1"], finding.Missing);
        Assert.Contains("участвовал ли в её формировании куратор Сидорова А. И.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CuratorAppointedAfterTheDate_CuratorNotNamed()
    {
        var @case = School().Teacher("d1").Teacher("m1").Teacher("t1").CuratorOrder("cur-1", D(2024, 1, 16), "d1").Pair("p1", ["m1"], ["t1"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.DoesNotContain("cur-1", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralCuratorOrders_NamesTheLatestOnOrBeforeTheDate()
    {
        var @case = WithPair(true)
            .Teacher("d2", deputy: true, name: "Кузнецова Ольга Игоревна")
            .CuratorOrder("cur-2", D(2023, 12, 1), "d2")
            .CuratorOrder("cur-3", D(2024, 2, 1), "d1")
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.EndsWith("сформирована с участием куратора Кузнецова О. И. (приказ № cur-2 от 01.12.2023).", finding.MessageRu, StringComparison.Ordinal);
        Assert.EndsWith("was formed with the curator Кузнецова О. И. (order No. cur-2 of 2023-12-01) taking part.", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("d2", finding.Subjects[^1].Id);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule)).Outcome);
    }
}
