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

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Validate_ARight_PetitionToTheCuratorOrTheHeadIsLawful(bool toCurator, bool toHead)
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"]), toCurator, toHead).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.StartsWith("Заявление о сложении обязанностей наставника от 01.02.2024 (Иванова М. П.) подано ", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m1" && s.Kind == SubjectKind.Person);
    }

    [Fact]
    public void Descriptor_ARightWhoseFollowUpIsInferred_AtMostAWarning()
    {
        var policy = PolicyCatalog.Bundled.Find(Rule)!;

        Assert.Equal(RuleBasis.Inference, policy.Basis);
        Assert.Equal(Severity.Warning, policy.Severity);
    }

    [Theory]
    [InlineData(2025, 3, 6, Outcome.Satisfied)]
    [InlineData(2025, 3, 7, Outcome.Violated)]
    public void Validate_TeachersRefusalFromMarch2025_NeedsNoGrantTakesEffectAfterTheNotice(int year, int month, int day, Outcome expected)
    {
        // Filed on Monday 03.03.2025, pending: a refusal under ТК РФ, ст. 351.8; the assignment ends on the third working day (06.03).
        var builder = School2(["m1"]).FullProgram("prog-1", "p1", D(2024, 9, 2), D(2025, 5, 30), p => p.Started(D(2024, 9, 2)))
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 3));

        var finding = PolicyRunner.FindingFor(builder.Build(), D(year, month, day), Rule, "pet-1");

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains("отказ от наставничества по ТК РФ, ст. 351.8, поручение прекращается 06.03.2025", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudentMentorFromMarch2025_StillNeedsTheGrant()
    {
        var builder = School().Student("s1", D(2008, 5, 1), 10).Student("s2", D(2012, 5, 1), 6)
            .Pair("p1", ["s1"], ["s2"], Mentoring.Domain.Forms.MentoringForm.StudentStudent)
            .FullProgram("prog-1", "p1", D(2024, 9, 2), D(2025, 5, 30), p => p.Started(D(2024, 9, 2)), form: Mentoring.Domain.Forms.MentoringForm.StudentStudent)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "s1", D(2025, 3, 3));

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(builder.Build(), D(2025, 4, 1), Rule, "pet-1").Outcome);
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
    [InlineData(2025, 3, 5)]
    [InlineData(2025, 3, 6)]
    [InlineData(2026, 9, 1)]
    public void Validate_RefusalWhoseProgramEndedBeforeTheNoticeRan_SaysSoOnEveryLaterDate(int year, int month, int day)
    {
        // Filed 03.03.2025 (the assignment ends 06.03.2025); the program ended on 04.03.2025: from that day on, every date
        // of validation reports the ending (principle 1), not "need not have ended yet" before 06.03 and the ending after.
        var builder = School2(["m1"]).FullProgram("prog-1", "p1", D(2024, 9, 2), D(2025, 5, 30), p =>
                p.Started(D(2024, 9, 2)).TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2025, 3, 4), "отказ наставника", "m1")))
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 3));

        var finding = PolicyRunner.FindingFor(builder.Build(), D(year, month, day), Rule, "pet-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("программа prog-1 завершена 04.03.2025", finding.MessageRu, StringComparison.Ordinal);
    }

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
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("однако наставник прежний (Иванова М. П.), а программа пары p1", finding.MessageRu, StringComparison.Ordinal);
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
    public void Validate_AddressedToNeither_UnknownNotViolated()
    {
        var finding = PolicyRunner.FindingFor(Release(School2(["m1"]), toCurator: false, toHead: false).Build(), AsOf, Rule, "pet-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не указано, подано ли оно куратору или руководителю", finding.MessageRu, StringComparison.Ordinal);
    }
}
