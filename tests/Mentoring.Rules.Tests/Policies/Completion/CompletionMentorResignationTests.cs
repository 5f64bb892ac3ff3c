using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionMentorResignationTests
{
    private const string Rule = "completion.mentor-resignation";
    private static readonly DateOnly AsOf = D(2024, 6, 15);
    private static readonly DateOnly Filed = D(2024, 2, 1);

    private static CaseBuilder School2(string[] mentors) =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("m2", name: "Орлова Нина Павловна").Teacher("t1", name: "Петров Пётр Петрович")
            .Pair("p1", mentors, ["t1"]);

    private static CaseBuilder Release(CaseBuilder builder, bool toCurator = true, bool toHead = true, PetitionOutcome? outcome = null) =>
        builder.Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", Filed, toCurator, toHead, outcome, outcome is null ? null : D(2024, 2, 5));

    [Fact]
    public void Validate_NotAddressedToTheHead_ViolatedNamingTheMentor()
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"]), toHead: false).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Заявление о сложении обязанностей наставника от 01.02.2024 (Иванова М. П.) не адресовано: руководителю", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("not addressed to the head", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m1" && s.Kind == SubjectKind.Person);
    }

    [Fact]
    public void Validate_PendingPetitionToBoth_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"])).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("на рассмотрении", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GrantedAndMentorReplaced_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Release(School2(["m2"]), outcome: PetitionOutcome.Granted).Build(), AsOf, Rule, "pet-1").Outcome);

    [Theory]
    [InlineData(2024, 2, 1, Outcome.Satisfied)]
    [InlineData(2024, 1, 31, Outcome.Violated)]
    public void Validate_GrantedAndProgramEnded_EndingOnOrAfterTheFilingCounts(int year, int month, int day, Outcome expected)
    {
        var builder = School2(["m1"]).FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), p =>
            p.Started(D(2023, 9, 1)).TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(year, month, day), "сложение обязанностей", "m1")));

        var finding = PolicyRunner.FindingFor(Release(builder, outcome: PetitionOutcome.Granted).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_GrantedButPairUnchanged_ViolatedNamingThePair()
    {
        var builder = School2(["m1"]).FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31));

        var finding = PolicyRunner.FindingFor(Release(builder, outcome: PetitionOutcome.Granted).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Иванова М. П. остаётся наставником пары/группы p1", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GrantedWithoutAnyProgram_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"]), outcome: PetitionOutcome.Granted).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Single(finding.Missing);
    }

    [Fact]
    public void Validate_NoPetitions_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School2(["m1"]).Build(), AsOf, Rule)).Outcome);

    [Fact]
    public void Validate_AddressedToNeither_ViolatedNamingBothAddressees()
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"]), toCurator: false, toHead: false).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.EndsWith("не адресовано: куратору, руководителю образовательной организации.", finding.MessageRu, StringComparison.Ordinal);
        Assert.EndsWith("is not addressed to the curator and the head.", finding.MessageEn, StringComparison.Ordinal);
    }
}
