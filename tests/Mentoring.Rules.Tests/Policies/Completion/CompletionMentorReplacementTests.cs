using Mentoring.Domain.Petitions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionMentorReplacementTests
{
    private const string Rule = "completion.mentor-replacement";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static CaseBuilder Pair(string mentor = "m1") =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("m2", name: "Орлова Нина Павловна").Teacher("t1", name: "Петров Пётр Петрович")
            .Pair("p1", [mentor], ["t1"]);

    private static Validation.Finding Judge(CaseBuilder builder, string from = "t1", bool toCurator = true, PetitionOutcome? outcome = null, string? newMentor = null) =>
        PolicyRunner.FindingFor(
            builder.Petition("pet-1", PetitionKind.MentorReplacement, "p1", from, D(2024, 2, 1), toCurator, true, outcome, outcome is null ? null : D(2024, 2, 5), newMentor).Build(),
            AsOf,
            Rule,
            "pet-1");

    [Fact]
    public void Validate_ARight_PetitionToTheHeadAloneIsLawful()
    {
        var finding = Judge(Pair(), toCurator: false);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Ходатайство о замене наставника от 01.02.2024 (Петров П. П.) подано руководителю образовательной организации", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("addressed to the head", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptor_ARightWhoseFollowUpIsInferred_AtMostAWarning()
    {
        var policy = PolicyCatalog.Bundled.Find(Rule)!;

        Assert.Equal(RuleBasis.Inference, policy.Basis);
        Assert.Equal(Severity.Warning, policy.Severity);
    }

    [Fact]
    public void Validate_FiledByTheMentor_Violated()
    {
        var finding = Judge(Pair(), from: "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("подано не наставляемым", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusedPetition_Satisfied()
    {
        var finding = Judge(Pair(), outcome: PetitionOutcome.Refused);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("отклонено 05.02.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GrantedAndNewMentorInThePair_SatisfiedNamingHer()
    {
        var finding = Judge(Pair("m2"), outcome: PetitionOutcome.Granted, newMentor: "m2");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.EndsWith("удовлетворено; новый наставник: Орлова Н. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m2");
    }

    [Fact]
    public void Validate_GrantedButNewMentorNotInThePair_Violated() =>
        Assert.Equal(Outcome.Violated, Judge(Pair(), outcome: PetitionOutcome.Granted, newMentor: "m2").Outcome);

    [Fact]
    public void Validate_GrantedWithoutNewMentor_Unknown()
    {
        var finding = Judge(Pair(), outcome: PetitionOutcome.Granted);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("новый наставник по ходатайству pet-1", finding.Missing);
    }

    [Fact]
    public void Validate_NoPetitions_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Pair().Build(), AsOf, Rule)).Outcome);
}
