using Mentoring.Domain.Forms;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Programs;

public class CompletionAndChangeTests
{
    private static readonly PersonId Mentor = SampleIds.Person("mentor");
    private static readonly PersonId Mentee = SampleIds.Person("mentee");

    [Fact]
    public void Create_WithGround_KeepsEveryField()
    {
        var completion = Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2024, 2, 1), "  переезд  ", Mentee).Value;

        Assert.Equal(CompletionGround.ParticipantInitiative, completion.Ground);
        Assert.Equal("переезд", completion.Reason);
        Assert.Equal(Mentee, completion.InitiatedBy);
        Assert.True(completion.IsEarly);
    }

    [Fact]
    public void Create_WithoutGround_FailsWithMD0501()
    {
        var error = Assert.Single(Completion.Create(null, new DateOnly(2024, 2, 1)).ValidationErrors);

        Assert.Equal("MD0501", error.ErrorCode);
        Assert.Equal("completion.ground", error.Identifier);
    }

    [Fact]
    public void Create_UndefinedGround_FailsWithMD0008()
    {
        var error = Assert.Single(Completion.Create((CompletionGround)99, new DateOnly(2024, 2, 1)).ValidationErrors);

        Assert.Equal("MD0008", error.ErrorCode);
        Assert.Equal("completion.ground", error.Identifier);
    }

    [Fact]
    public void Create_MissingReason_IsRepresentedAsNull() =>
        Assert.Null(Completion.Create(CompletionGround.CuratorInitiative, new DateOnly(2024, 2, 1), "  ").Value.Reason);

    [Theory]
    [InlineData("plan-completed", CompletionGround.PlanCompleted)]
    [InlineData("по инициативе куратора", CompletionGround.CuratorInitiative)]
    [InlineData("выполнение плана мероприятий в полном объёме", CompletionGround.PlanCompleted)]
    public void Vocabulary_Parse_CodeOrRussianName(string text, CompletionGround expected) =>
        Assert.Equal(expected, CompletionGrounds.Vocabulary.Parse(text).Value);

    [Fact]
    public void ChangeCreate_Extension_KeepsNewEndAndConsent()
    {
        var change = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2024, 5, 1), "продление", [Mentor, Mentee], newEnd: new DateOnly(2024, 8, 31)).Value;

        Assert.Equal(new DateOnly(2024, 8, 31), change.NewEnd);
        Assert.True(change.IsConsentedByAll([Mentor, Mentee]));
    }

    [Fact]
    public void ChangeCreate_ExtensionWithoutNewEndAndEmptyDescription_ReportsBothErrors()
    {
        var errors = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2024, 5, 1), " ").ValidationErrors;

        Assert.Contains(errors, e => e.ErrorCode == "MD0001" && e.Identifier == "change.description");
        Assert.Contains(errors, e => e.ErrorCode == "MD0509" && e.Identifier == "change.newEnd");
        Assert.Equal(2, errors.Count());
    }

    [Fact]
    public void ChangeCreate_FormChangeWithoutForm_FailsWithMD0509()
    {
        var error = Assert.Single(ProgramChange.Create(ProgramChangeKind.FormChange, new DateOnly(2024, 5, 1), "смена формы").ValidationErrors);

        Assert.Equal("MD0509", error.ErrorCode);
        Assert.Equal("change.newForm", error.Identifier);
    }

    [Fact]
    public void ChangeCreate_UndefinedForm_FailsWithMD0008AtNewForm()
    {
        var error = Assert.Single(ProgramChange.Create(ProgramChangeKind.FormChange, new DateOnly(2024, 5, 1), "смена", newForm: (MentoringForm)42).ValidationErrors);

        Assert.Equal("MD0008", error.ErrorCode);
        Assert.Equal("change.newForm", error.Identifier);
    }

    [Fact]
    public void ChangeCreate_UndefinedKind_FailsWithMD0008()
    {
        var error = Assert.Single(ProgramChange.Create((ProgramChangeKind)0, new DateOnly(2024, 5, 1), "что-то").ValidationErrors);

        Assert.Equal("MD0008", error.ErrorCode);
    }

    [Fact]
    public void MissingConsentOf_OnlyMentorConsented_NamesTheMentee()
    {
        var change = ProgramChange.Create(ProgramChangeKind.PlanChange, new DateOnly(2024, 5, 1), "корректировка плана", [Mentor]).Value;

        Assert.False(change.IsConsentedByAll([Mentor, Mentee]));
        Assert.Equal([Mentee], change.MissingConsentOf([Mentor, Mentee]));
    }

    [Fact]
    public void PlannedActivityCreate_EmptyTitle_FailsWithMD0001AtTitle()
    {
        var error = Assert.Single(PlannedActivity.Create(ActivityId.Create("a").Value, "", new DateOnly(2024, 1, 1)).ValidationErrors);

        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal("title", error.Identifier);
    }
}
