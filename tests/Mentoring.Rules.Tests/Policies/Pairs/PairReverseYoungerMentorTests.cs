using Mentoring.Domain.Kinds;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairReverseYoungerMentorTests
{
    private const string Rule = "pair.reverse-younger-mentor";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Reverse(DateOnly? mentorBorn, DateOnly? menteeBorn, MentoringKind kind = MentoringKind.Reverse) =>
        School()
            .Teacher("m1", birthDate: mentorBorn, name: "Иванова Мария Петровна")
            .Teacher("t1", birthDate: menteeBorn, name: "Петров Павел Павлович")
            .Pair("p1", ["m1"], ["t1"], kinds: [kind]);

    [Fact]
    public void Validate_YoungerMentor_Satisfied()
    {
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Reverse(D(1998, 5, 1), D(1968, 2, 3)).Build(), AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_OlderMentor_ViolatedNamingBothWithBirthDates()
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1968, 2, 3), D(1998, 5, 1)).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("наставник Иванова М. П. (03.02.1968 г. р.) не моложе наставляемого Петров П. П. (01.05.1998 г. р.)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("born 1968-02-03", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, Outcome.Violated)]
    [InlineData(1, Outcome.Satisfied)]
    public void Validate_BirthDays_SameDayIsNotYounger(int daysLater, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1990, 3, 10).AddDays(daysLater), D(1990, 3, 10)).Build(), AsOf, Rule, "p1");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_MenteeBirthDateMissing_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1998, 5, 1), null).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Петров П. П."], finding.Missing);
    }

    [Fact]
    public void Validate_NotReverse_NotApplicable()
    {
        var findings = PolicyRunner.Findings(Reverse(D(1968, 2, 3), D(1998, 5, 1), MentoringKind.Traditional).Build(), AsOf, Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }
}
