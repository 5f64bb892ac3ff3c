using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;
using DomainCompletion = Mentoring.Domain.Programs.Completion;

namespace Mentoring.Rules.Tests.Policies.Completion;

public sealed class CompletionEarlyNoticeTests
{
    private const string Rule = "completion.early-notice";
    private static readonly DateOnly AsOf = D(2025, 6, 2);

    // 10.03.2025 is a Monday; 14.03.2025 a Friday.
    private static CaseBuilder Ended(CompletionGround ground, string? initiatedBy, DateOnly end, DateOnly? notice, DateOnly? start = null) =>
        Ended(Ending(ground, end, "нагрузка", initiatedBy, notice), start);

    private static CaseBuilder Ended(DomainCompletion ending, DateOnly? start = null) =>
        School().Organization("h1")
            .Teacher("h1", head: true, name: "Морозов Олег Игоревич")
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович")
            .Pair("p1", ["m1"], ["t1"])
            .FullProgram("prog-1", "p1", start ?? D(2025, 1, 9), D(2030, 12, 31), p => p.Started(start ?? D(2025, 1, 9)).TerminatedWith(ending));

    private static Finding Judge(CaseBuilder builder, Action<Mentoring.Rules.Editions.EditionBuilder>? edition = null) =>
        PolicyRunner.FindingFor(builder.Build(), AsOf, Rule, "prog-1", edition);

    [Theory]
    [InlineData(12, Outcome.Violated)]
    [InlineData(13, Outcome.Satisfied)]
    public void Validate_MentorsRefusal_ThreeWorkingDaysCountedFromTheDayAfterTheNotice(int endDay, Outcome expected)
    {
        var finding = Judge(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, endDay), D(2025, 3, 10)));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("отказ наставника от наставничества; наставник: Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("предупреждение 10.03.2025", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "noticeWorkingDays" && Equals(p.Value, 3));
    }

    [Fact]
    public void Validate_EmployerCancelsWithTooShortNotice_ErrorWithAgreeingNumbers()
    {
        var finding = Judge(Ended(CompletionGround.ParticipantInitiative, "h1", D(2025, 3, 11), D(2025, 3, 10)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("отмена поручения работодателем", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("только за 1 рабочий день при пятидневной и за 1 рабочий день при шестидневной рабочей неделе, а ТК РФ, ст. 351.8 требует не менее чем за 3 рабочих дня", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("gave only 1 working day in a five-day week", finding.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WorkingWeekUnknown_ShortByTheFiveDayCountOnly_Warning()
    {
        // Notice on Friday 14.03.2025, ending Tuesday 18.03: Monday and Tuesday in a five-day week; with Saturday, three.
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 18), D(2025, 3, 14)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("за 2 рабочих дня при пятидневной рабочей неделе", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("рабочая неделя организации не указана, нарушение — только при пятидневной", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("five-day", Outcome.Violated)]
    [InlineData("six-day", Outcome.Satisfied)]
    public void Validate_WorkingWeekAsParameter_CountsThatWeek(string week, Outcome expected)
    {
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 18), D(2025, 3, 14)), e => e.Set(Rule, "workWeek", week));

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Equal(Severity.Error, finding.Severity);
        }
    }

    [Fact]
    public void Validate_WorkingDaysByTheProductionCalendar_HolidaysDoNotCount()
    {
        // Notice on Wednesday 30.04.2025, ending Tuesday 06.05.2025: 1–4 May are days off, so two working days in a
        // five-day week (a Monday-to-Friday count would have found four).
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 5, 6), D(2025, 4, 30)), e => e.Set(Rule, "workWeek", "five-day"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("только за 2 рабочих дня при пятидневной рабочей неделе", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("приблизительный", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YearOutsideTheOfficialCalendar_MessageSaysItIsApproximate()
    {
        // Monday 04.03.2030 to Thursday 07.03.2030: three working days, by the statutory holidays only.
        var finding = PolicyRunner.FindingFor(Ended(CompletionGround.CuratorInitiative, null, D(2030, 3, 7), D(2030, 3, 4)).Build(), D(2030, 6, 1), Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Производственный календарь за 2030 год приблизительный", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("The calendar for 2030 is approximate", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudentMentor_NotApplicableTheLabourCodeBindsEmployeesOnly()
    {
        var @case = School().Organization("h1").Teacher("h1", head: true).Student("s1", D(2008, 5, 1), 10).Student("s2", D(2012, 5, 1), 6)
            .Pair("p1", ["s1"], ["s2"], Mentoring.Domain.Forms.MentoringForm.StudentStudent)
            .FullProgram("prog-1", "p1", D(2025, 1, 9), D(2025, 12, 31), p => p.Started(D(2025, 1, 9))
                .TerminatedWith(Ending(CompletionGround.ParticipantInitiative, D(2025, 3, 11), "учёба", "s1", D(2025, 3, 10))), form: Mentoring.Domain.Forms.MentoringForm.StudentStudent)
            .Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("обучающийся, не работник", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndingByMutualDecision_NotUnilateralNotApplicable()
    {
        var finding = Judge(Ended(Ok(DomainCompletion.Create(CompletionGround.ParticipantInitiative, D(2025, 3, 11), "по договорённости", null, D(2025, 3, 10), byMutualDecision: true))));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("по обоюдному решению", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JudgedOnTheDayOfTheNotice_NoticeBeforeMarch2025NotApplicable()
    {
        // The ending falls after 01.03.2025, but the notice was given before the article came into force.
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 3), D(2025, 2, 27), D(2024, 9, 2)));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("предупреждение 27.02.2025 дано до вступления в силу ТК РФ, ст. 351.8", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AssignmentBeganBeforeMarch2025_NoticeFromThenJudged()
    {
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 4), D(2025, 3, 3), D(2024, 9, 2)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
    }

    [Fact]
    public void Validate_NoNoticeRecorded_UnknownNotViolated()
    {
        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, D(2025, 3, 13), null));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("дата письменного предупреждения", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MentorsReleasePetition_ServesAsTheNotice()
    {
        var finding = Judge(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, 13), null)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 10)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Id == "pet-1");
    }

    [Fact]
    public void Validate_MenteesInitiative_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge(Ended(CompletionGround.ParticipantInitiative, "t1", D(2025, 3, 11), D(2025, 3, 10))).Outcome);

    [Fact]
    public void Validate_InitiatorNotRecordedOnParticipantsGround_Unknown() =>
        Assert.Equal(Outcome.Unknown, Judge(Ended(CompletionGround.ParticipantInitiative, null, D(2025, 3, 11), D(2025, 3, 10))).Outcome);

    [Fact]
    public void Validate_EndedBeforeTheLawCameIntoForce_NotApplicable()
    {
        var finding = Judge(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 2, 28), D(2025, 2, 27)));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("ТК РФ, ст. 351.8", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, Outcome.Violated)]
    [InlineData(5, Outcome.Satisfied)]
    public void Validate_EditionAsksFiveWorkingDays_BoundaryFollowsTheParameter(int workingDays, Outcome expected)
    {
        // Notice on Monday 10.03.2025: four working days end on Friday 14.03, five on Monday 17.03 (five-day week).
        var end = workingDays == 5 ? D(2025, 3, 17) : D(2025, 3, 14);

        var finding = Judge(Ended(CompletionGround.CuratorInitiative, null, end, D(2025, 3, 10)), e => e.Set(Rule, "noticeWorkingDays", 5).Set(Rule, "workWeek", "five-day"));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "noticeWorkingDays" && Equals(p.Value, 5) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_SeveralReleasePetitions_TheLatestFiledByTheEndingIsTheNotice()
    {
        var finding = Judge(Ended(CompletionGround.ParticipantInitiative, "m1", D(2025, 3, 13), null)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 3))
            .Petition("pet-2", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 7))
            .Petition("pet-3", PetitionKind.MentorRelease, "p1", "m1", D(2025, 3, 14)));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("предупреждение 07.03.2025 — за 4 рабочих дня при любой рабочей неделе", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "pet-2");
        Assert.DoesNotContain(finding.Subjects, s => s.Id is "pet-1" or "pet-3");
    }
}
