using Mentoring.Rules.Policies;
using Mentoring.Rules.Policies.Pairs;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.PairParts;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairProfileMatchesRequestTests
{
    private const string Rule = "pair.profile-matches-request";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithPair(string[] competences, string? request) =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна", competences: competences)
            .Teacher("t1", name: "Петров Павел Павлович")
            .Pair("p1", ["m1"], ["t1"])
            .MenteeRegistry(MenteeRow("r1", person: "t1", request: request, mentorName: "Иванова Мария Петровна"));

    [Fact]
    public void Validate_CompetenceSharesAStemWithTheRequest_SatisfiedNamingTheStem()
    {
        var finding = PolicyRunner.FindingFor(WithPair(["Математика", "ИКТ"], "методика преподавания математики в 5 классе").Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Петров П. П. — «матем»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Type == "MentoringPair" && f.Id == "p1");
    }

    [Fact]
    public void Validate_NoWordInCommon_ViolatedNamingTheMentee()
    {
        var finding = PolicyRunner.FindingFor(WithPair(["история", "обществознание"], "методика преподавания математики").Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("не соответствуют запросу наставляемого Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoRequestInTheRegistry_Unknown()
    {
        var finding = PolicyRunner.FindingFor(WithPair(["математика"], null).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["основной запрос наставляемого Петров П. П. в базе наставляемых"], finding.Missing);
    }

    [Fact]
    public void Validate_MentorWithoutCompetences_Unknown()
    {
        var finding = PolicyRunner.FindingFor(WithPair([], "математика").Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["компетенции наставника Иванова М. П."], finding.Missing);
    }

    [Fact]
    public void Validate_CompetencesFromTheMentorRegistry_Satisfied()
    {
        var @case = WithPair([], "подготовка к ОГЭ по химии").MentorRegistry(MentorRow("mr1", "m1", "химия", "биология")).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_OneMenteeUnmatchedAnotherWithoutRequest_Violated()
    {
        var @case = School()
            .Teacher("m1", competences: ["физика"]).Teacher("t1").Teacher("t2")
            .Pair("g1", ["m1"], ["t1", "t2"])
            .MenteeRegistry(MenteeRow("r1", person: "t1", request: "литература"), MenteeRow("r2", person: "t2"))
            .Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "g1").Outcome);
    }

    [Fact]
    public void Validate_TwoMentorsTeacherAndRegistryCompetences_SatisfiedListingEachMentorsStemsInTurn()
    {
        var @case = School()
            .Teacher("m1", name: "Иванова Мария Петровна", competences: ["физика"])
            .Teacher("m2", name: "Сидорова Анна Ивановна")
            .Teacher("t1", name: "Петров Павел Павлович")
            .Pair("p1", ["m1", "m2"], ["t1"])
            .MentorRegistry(MentorRow("mr1", "m2", "математика", "физика"))
            .MenteeRegistry(MenteeRow("r1", person: "t1", request: "математика и физика"))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.EndsWith(": компетенции наставника соответствуют запросу (Петров П. П. — «физик», «матем»).", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MessagesReadAfterAnotherValidation_NameTheirOwnCase()
    {
        var first = PolicyRunner.FindingFor(WithPair(["Математика"], "математика").Build(), AsOf, Rule, "p1");
        var other = School()
            .Teacher("m1", name: "Сидорова Анна Ивановна", competences: ["химия"])
            .Teacher("t1", name: "Кузнецов Илья Олегович")
            .Pair("p1", ["m1"], ["t1"])
            .MenteeRegistry(MenteeRow("r1", person: "t1", request: "химия"))
            .Build();
        var second = PolicyRunner.FindingFor(other, AsOf, Rule, "p1");

        Assert.Equal(
            "Пара p1 (наставник: Иванова М. П.; наставляемый: Петров П. П.): компетенции наставника соответствуют запросу (Петров П. П. — «матем»).",
            first.MessageRu);
        Assert.Equal(
            "Пара p1 (наставник: Сидорова А. И.; наставляемый: Кузнецов И. О.): компетенции наставника соответствуют запросу (Кузнецов И. О. — «хими»).",
            second.MessageRu);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule)).Outcome);
    }

    [Theory]
    [InlineData("Математика", "по математике", true)]
    [InlineData("Русский язык", "английский язык", false)]
    [InlineData("работа с родителями", "работа с документами", false)]
    [InlineData("ЁЛКИ", "елки", true)]
    [InlineData("ИКТ", "применение ИКТ на уроке", true)]
    [InlineData("подготовка к ОГЭ", "подготовка к ЕГЭ", false)]
    [InlineData("химия", "химии", true)]
    [InlineData("урок", "для уроков", true)]
    [InlineData("цифровые технологии", "освоение цифровой образовательной среды", true)]
    public void Shared_CaseInsensitiveStemsAndAbbreviations_MatchAsDocumented(string competence, string request, bool expected)
    {
        Assert.Equal(expected, ProfileMatch.Shared(request, [competence]).Count != 0);
    }
}
