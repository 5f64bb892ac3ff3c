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
    public void Validate_NoMentorYounger_TraditionalMislabelledWarning()
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1968, 2, 3), D(1998, 5, 1)).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("наставник Иванова М. П. — 03.02.1968 г. р.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("традиционное наставничество", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothWays_OneYoungerMentorOfOneMenteeSatisfies()
    {
        var @case = School()
            .Teacher("m1", birthDate: D(1970, 1, 1)).Teacher("m2", birthDate: D(1999, 1, 1))
            .Teacher("t1", birthDate: D(1990, 1, 1)).Teacher("t2", birthDate: D(2001, 1, 1))
            .Pair("p1", ["m1", "m2"], ["t1", "t2"], kinds: [MentoringKind.Reverse]).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_EqualBirthDates_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1990, 5, 1), D(1990, 5, 1)).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("одна дата рождения (01.05.1990)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingBirthDate_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Reverse(D(1968, 2, 3), null).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Петров П. П."], finding.Missing);
    }

    [Fact]
    public void Validate_NotReverseKind_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Reverse(D(1968, 2, 3), D(1998, 5, 1), MentoringKind.Traditional).Build(), AsOf, Rule)).Outcome);
    }
}
