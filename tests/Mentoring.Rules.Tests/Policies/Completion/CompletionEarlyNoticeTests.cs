using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionEarlyNoticeTests
{
    private const string Rule = "completion.early-notice";
    private static readonly DateOnly AsOf = D(2025, 6, 2);

    // 10.03.2025 is a Monday; 14.03.2025 a Friday.
    private static CaseBuilder Ended(CompletionGround ground, string? initiatedBy, DateOnly end, DateOnly? notice) =>
        SchoolWithHead("h1")
            .Teacher("h1", head: true, name: "Морозов Олег Игоревич")
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович")
            .Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", D(2025, 1, 9), D(2025, 12, 31), p =>
                p.Started(D(2025, 1, 9)).TerminatedWith(Ending(ground, end, "нагрузка", initiatedBy, notice)));

    private static CaseBuilder SchoolWithHead(string headId) => School().Organization(headId);

    [Theory]
    [InlineData(12, Outcome.Violated)]
    [InlineData(13, Outcome.Satisfied)]
    public void Validate_MentorsRefusal_ThreeWorkingDaysAfterTheNotice(int endDay, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, endDay), D(2025, 3, 10)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains("отказ наставника Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("предупреждение 10.03.2025", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "noticeWorkingDays" && Equals(p.Value, 3));
    }

    [Theory]
    [InlineData(18, Outcome.Violated)]
    [InlineData(19, Outcome.Satisfied)]
    public void Validate_NoticeBeforeAWeekend_WeekendDaysDoNotCount(int endDay, Outcome expected) =>
        Assert.Equal(
            expected,
            PolicyRunner.FindingFor(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, endDay), D(2025, 3, 14)).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_EmployerCancelsWithTooShortNotice_ViolatedWithBothMessages()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "h1", D(2025, 3, 11), D(2025, 3, 10)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("TK 351.8", finding.Clause);
        Assert.Contains("отмена поручения работодателем", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("только за 1 раб. дн., а требуется не менее 3", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("gave only 1 working day(s), 3 required", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoNoticeRecorded_UnknownNotViolated()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 13), null).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("дата письменного предупреждения", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MentorsReleasePetition_ServesAsTheNotice()
    {
        var @case = Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, 13), null)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 10))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Id == "pet-1");
    }

    [Fact]
    public void Validate_MenteesInitiative_NotApplicable() =>
        Assert.Equal(
            Outcome.NotApplicable,
            PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "t1", D(2025, 3, 11), D(2025, 3, 10)).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_InitiatorNotRecordedOnParticipantsGround_Unknown() =>
        Assert.Equal(
            Outcome.Unknown,
            PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, null, D(2025, 3, 11), D(2025, 3, 10)).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_EndedBeforeTheLawCameIntoForce_NotApplicable()
    {
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 2, 28), D(2025, 2, 27)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("351.8", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 2, 28, Outcome.NotApplicable)]
    [InlineData(2025, 3, 1, Outcome.Violated)]
    public void Validate_DateOfValidationAroundTheFirstOfMarch_InForceFromThen(int year, int month, int day, Outcome expected)
    {
        // The same one-day notice: before 01.03.2025 the rule is not in force at all.
        var @case = Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 11), D(2025, 3, 10)).Build();

        var finding = Assert.Single(PolicyRunner.Findings(@case, D(year, month, day), Rule));

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData(4, Outcome.Violated)]
    [InlineData(5, Outcome.Satisfied)]
    public void Validate_EditionAsksFiveWorkingDays_BoundaryFollowsTheParameter(int workingDays, Outcome expected)
    {
        // Notice on Monday 10.03.2025: four working days end on Friday 14.03, five on Monday 17.03.
        var end = workingDays == 5 ? D(2025, 3, 17) : D(2025, 3, 14);

        var finding = PolicyRunner.FindingFor(
            Ended(CompletionGround.CuratorInitiative, null, end, D(2025, 3, 10)).Build(), AsOf, Rule, "prog-1", e => e.Set(Rule, "noticeWorkingDays", 5));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "noticeWorkingDays" && Equals(p.Value, 5) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_SeveralReleasePetitions_TheLatestFiledByTheEndingIsTheNotice()
    {
        var @case = Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, 13), null)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 3))
            .Petition("pet-2", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 7))
            .Petition("pet-3", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 14))
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("предупреждение 07.03.2025 — за 4 раб. дн.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "pet-2");
        Assert.DoesNotContain(finding.Subjects, s => s.Id is "pet-1" or "pet-3");
    }
}
