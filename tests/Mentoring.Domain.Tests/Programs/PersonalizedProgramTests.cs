using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;
using Mentoring.Domain.Tests.Builders;
using static Mentoring.Domain.Tests.Builders.PersonalizedProgramBuilder;

namespace Mentoring.Domain.Tests.Programs;

public class PersonalizedProgramTests
{
    private static readonly DateOnly Start = new(2023, 9, 1);

    [Fact]
    public void Create_Valid_IsDraftWithContent()
    {
        var program = new PersonalizedProgramBuilder().Build();

        Assert.Equal(ProgramStatus.Draft, program.Status);
        Assert.Equal(9, program.Term.WholeMonths);
        Assert.Equal(["дисциплина на уроке"], program.MenteeDifficulties);
        Assert.Contains(MentoringKind.Traditional, program.Kinds);
        Assert.Null(program.Completion);
        Assert.Null(program.Stage);
        Assert.False(program.IsFinished);
    }

    [Fact]
    public void Create_MissingDirectionAndForm_IsRepresentedAsNull()
    {
        var program = new PersonalizedProgramBuilder().WithDirection("  ").WithForm(null).Build();

        Assert.Null(program.Direction);
        Assert.Null(program.Form);
    }

    [Fact]
    public void Create_TwoMonthTerm_IsRepresentable() =>
        Assert.True(new PersonalizedProgramBuilder().WithTerm(Start, new DateOnly(2023, 10, 31)).WithActivities().TryBuild().IsSuccess);

    [Fact]
    public void Create_DuplicateActivityAndUnknownKindAndForm_ReportsEveryError()
    {
        var result = new PersonalizedProgramBuilder()
            .WithActivities(Activity("a-1", Start), Activity("a-1", Start.AddDays(3)))
            .WithKinds(MentoringKind.Group, (MentoringKind)77)
            .WithForm((MentoringForm)0)
            .TryBuild();

        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0005" && e.Identifier == "activities" && e.ErrorMessage.Contains("a-1"));
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0008" && e.Identifier == "kinds");
        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0008" && e.Identifier == "form");
        Assert.Equal(3, result.ValidationErrors.Count());
    }

    [Fact]
    public void Approve_Draft_BecomesApproved()
    {
        var program = new PersonalizedProgramBuilder().Build();

        Assert.True(program.Approve(new DateOnly(2023, 8, 25)).IsSuccess);
        Assert.Equal(ProgramStatus.Approved, program.Status);
        Assert.Equal(new DateOnly(2023, 8, 25), program.ApprovedOn);
    }

    [Fact]
    public void Activate_Draft_FailsWithMD0502()
    {
        var program = new PersonalizedProgramBuilder().Build();

        var error = Assert.Single(program.Activate(Start).ValidationErrors);
        Assert.Equal("MD0502", error.ErrorCode);
        Assert.Equal("status", error.Identifier);
        Assert.Equal(ProgramStatus.Draft, program.Status);
    }

    [Fact]
    public void Activate_BeforeApproval_FailsWithMD0505()
    {
        var program = new PersonalizedProgramBuilder().Build();
        program.Approve(Start);

        var error = Assert.Single(program.Activate(Start.AddDays(-1)).ValidationErrors);
        Assert.Equal("MD0505", error.ErrorCode);
        Assert.Equal("activatedOn", error.Identifier);
        Assert.Equal(ProgramStatus.Approved, program.Status);
    }

    [Fact]
    public void Approve_Twice_FailsWithMD0502()
    {
        var program = new PersonalizedProgramBuilder().Build();
        program.Approve(Start);

        Assert.Equal("MD0502", Assert.Single(program.Approve(Start).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Complete_Active_IsCompletedWithCompletion()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        var completion = Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 5, 31));

        Assert.True(program.Complete(completion).IsSuccess);
        Assert.Equal(ProgramStatus.Completed, program.Status);
        Assert.Same(completion, program.Completion);
        Assert.True(program.IsFinished);
    }

    [Fact]
    public void Complete_PlanCompletedWithActivitiesNotDone_IsRepresentable()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();

        Assert.True(program.Complete(Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 5, 31))).IsSuccess);
        Assert.False(program.AllActivitiesDone);
    }

    [Fact]
    public void Complete_Approved_FailsWithMD0502()
    {
        var program = new PersonalizedProgramBuilder().Build();
        program.Approve(Start);

        Assert.Equal("MD0502", Assert.Single(program.Complete(Completion(CompletionGround.PlanCompleted, Start)).ValidationErrors).ErrorCode);
        Assert.Null(program.Completion);
    }

    [Fact]
    public void Complete_DatedBeforeStart_FailsWithMD0505()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();

        var error = Assert.Single(program.Complete(Completion(CompletionGround.PlanCompleted, Start.AddDays(-1))).ValidationErrors);
        Assert.Equal("MD0505", error.ErrorCode);
        Assert.Equal("completion.date", error.Identifier);
        Assert.Equal(ProgramStatus.Active, program.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Terminate_ApprovedOrActiveWithEarlyGround_IsTerminated(bool active)
    {
        var program = active ? new PersonalizedProgramBuilder().BuildActive() : new PersonalizedProgramBuilder().Build();
        if (!active)
        {
            program.Approve(Start);
        }

        Assert.True(program.Terminate(Completion(CompletionGround.CuratorInitiative, new DateOnly(2024, 1, 10))).IsSuccess);
        Assert.Equal(ProgramStatus.Terminated, program.Status);
        Assert.NotNull(program.Completion);
    }

    [Fact]
    public void Terminate_PlanCompletedGround_FailsWithMD0504()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();

        var error = Assert.Single(program.Terminate(Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 1, 10))).ValidationErrors);
        Assert.Equal("MD0504", error.ErrorCode);
        Assert.Equal(ProgramStatus.Active, program.Status);
    }

    [Fact]
    public void Terminate_Draft_FailsWithMD0502() =>
        Assert.Equal("MD0502", Assert.Single(new PersonalizedProgramBuilder().Build()
            .Terminate(Completion(CompletionGround.ParticipantInitiative, Start)).ValidationErrors).ErrorCode);

    [Fact]
    public void FinishedProgram_RefusesEveryChangeWithMD0503()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        program.Complete(Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 5, 31)));
        var change = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2024, 6, 1), "продление", newEnd: new DateOnly(2024, 8, 31)).Value;

        Result[] attempts =
        [
            program.AddActivity(Activity("a-9", new DateOnly(2024, 5, 1))),
            program.MarkActivityDone(ActivityId.Create("a-1").Value, new DateOnly(2024, 6, 1)),
            program.EnterStage(ProgramStage.Outcome, new DateOnly(2024, 6, 1)),
            program.ApplyChange(change),
            program.Approve(new DateOnly(2024, 6, 1)),
            program.Terminate(Completion(CompletionGround.CuratorInitiative, new DateOnly(2024, 6, 1))),
        ];

        Assert.All(attempts, r => Assert.Equal("MD0503", Assert.Single(r.ValidationErrors).ErrorCode));
        Assert.Equal(2, program.Activities.Count);
        Assert.Empty(program.StageHistory);
        Assert.Equal(new DateOnly(2024, 5, 31), program.Term.End);
    }

    [Fact]
    public void PublishResults_FinishedProgram_IsAllowed()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        program.Complete(Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 5, 31)));

        Assert.True(program.PublishResults(new DateOnly(2024, 6, 10), "сайт ОО, раздел «Наставничество»").IsSuccess);
        Assert.Single(program.Publications);
        Assert.Empty(program.PublicationsBeforeCompletion());
    }

    [Fact]
    public void PublishResults_BeforeCompletion_IsRepresentableAndFound()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();

        Assert.True(program.PublishResults(new DateOnly(2024, 1, 10), "сайт").IsSuccess);
        Assert.Single(program.PublicationsBeforeCompletion());
    }

    [Fact]
    public void PublishResults_EmptyWhere_FailsWithMD0001() =>
        Assert.Equal("publication.where", Assert.Single(new PersonalizedProgramBuilder().Build().PublishResults(Start, " ").ValidationErrors).Identifier);

    [Fact]
    public void AddActivity_DuplicateId_FailsWithMD0005()
    {
        var program = new PersonalizedProgramBuilder().Build();

        var error = Assert.Single(program.AddActivity(Activity("a-1", Start)).ValidationErrors);
        Assert.Equal("MD0005", error.ErrorCode);
        Assert.Contains("a-1", error.ErrorMessage);
    }

    [Fact]
    public void ActivitiesOutsideTerm_ActivityAfterEnd_IsFound()
    {
        var program = new PersonalizedProgramBuilder().Build();
        program.AddActivity(Activity("late", new DateOnly(2024, 6, 1)));
        program.AddActivity(Activity("early", new DateOnly(2023, 8, 31)));

        Assert.Equal(["late", "early"], program.ActivitiesOutsideTerm().Select(a => a.Id.Value));
    }

    [Fact]
    public void MarkActivityDone_Twice_FailsWithMD0507()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        var id = ActivityId.Create("a-1").Value;

        Assert.True(program.MarkActivityDone(id, new DateOnly(2023, 10, 10)).IsSuccess);
        Assert.Equal("MD0507", Assert.Single(program.MarkActivityDone(id, new DateOnly(2023, 10, 11)).ValidationErrors).ErrorCode);
        Assert.Equal(new DateOnly(2023, 10, 10), program.Activities[0].DoneOn);
    }

    [Fact]
    public void MarkActivityDone_Unknown_FailsWithMD0508() =>
        Assert.Equal("MD0508", Assert.Single(new PersonalizedProgramBuilder().Build()
            .MarkActivityDone(ActivityId.Create("nope").Value, Start).ValidationErrors).ErrorCode);

    [Fact]
    public void AllActivitiesDone_AfterMarkingEach_IsTrue()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        program.MarkActivityDone(ActivityId.Create("a-1").Value, new DateOnly(2023, 10, 10));
        Assert.False(program.AllActivitiesDone);

        program.MarkActivityDone(ActivityId.Create("a-2").Value, new DateOnly(2024, 2, 10));
        Assert.True(program.AllActivitiesDone);
    }

    [Fact]
    public void ActivitiesOverdue_NotDoneAfterDue_IsFound()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();

        Assert.Equal(["a-1"], program.ActivitiesOverdue(new DateOnly(2023, 10, 16)).Select(a => a.Id.Value));
        Assert.Empty(program.ActivitiesOverdue(new DateOnly(2023, 10, 15)));
    }

    [Fact]
    public void EnterStage_OutOfOrder_IsRecordedAndReported()
    {
        var program = new PersonalizedProgramBuilder().Build();

        Assert.True(program.EnterStage(ProgramStage.Preparatory, Start).IsSuccess);
        Assert.True(program.EnterStage(ProgramStage.Implementation, Start.AddDays(10)).IsSuccess);
        Assert.True(program.StagesInOrder);
        Assert.Equal([ProgramStage.Design], program.SkippedStages());

        Assert.True(program.EnterStage(ProgramStage.Design, Start.AddDays(20)).IsSuccess);
        Assert.Equal(ProgramStage.Design, program.Stage);
        Assert.False(program.StagesInOrder);
        Assert.Equal(3, program.StageHistory.Count);
    }

    [Fact]
    public void EnterStage_DatedBeforePreviousEntry_FailsWithMD0505()
    {
        var program = new PersonalizedProgramBuilder().Build();
        program.EnterStage(ProgramStage.Preparatory, Start);

        var error = Assert.Single(program.EnterStage(ProgramStage.Design, Start.AddDays(-1)).ValidationErrors);
        Assert.Equal("MD0505", error.ErrorCode);
        Assert.Equal("stage.enteredOn", error.Identifier);
    }

    [Fact]
    public void EnterStage_Undefined_FailsWithMD0008() =>
        Assert.Equal("MD0008", Assert.Single(new PersonalizedProgramBuilder().Build().EnterStage((ProgramStage)9, Start).ValidationErrors).ErrorCode);

    [Fact]
    public void ApplyChange_ExtensionWithoutEveryonesConsent_ExtendsAndIsReported()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        var mentor = SampleIds.Person("mentor");
        var mentee = SampleIds.Person("mentee");
        var change = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2024, 5, 1), "продление", [mentor], newEnd: new DateOnly(2024, 8, 31)).Value;

        Assert.True(program.ApplyChange(change).IsSuccess);
        Assert.Equal(new DateOnly(2024, 8, 31), program.Term.End);
        Assert.Equal(Start, program.Term.Start);
        Assert.Equal([change], program.ChangesWithoutConsentOf([mentor, mentee]));
        Assert.Empty(program.ChangesWithoutConsentOf([mentor]));
    }

    [Fact]
    public void ApplyChange_ExtensionEndingBeforeCurrentEnd_FailsWithMD0506()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        var change = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2024, 5, 1), "сокращение", newEnd: new DateOnly(2024, 4, 30)).Value;

        var error = Assert.Single(program.ApplyChange(change).ValidationErrors);
        Assert.Equal("MD0506", error.ErrorCode);
        Assert.Equal("change.newEnd", error.Identifier);
        Assert.Empty(program.Changes);
    }

    [Fact]
    public void ApplyChange_FormChange_SetsForm()
    {
        var program = new PersonalizedProgramBuilder().BuildActive();
        var change = ProgramChange.Create(ProgramChangeKind.FormChange, new DateOnly(2024, 1, 1), "смена формы", newForm: MentoringForm.HeadTeacher).Value;

        Assert.True(program.ApplyChange(change).IsSuccess);
        Assert.Equal(MentoringForm.HeadTeacher, program.Form);
    }
}
