using Mentoring.Domain.Programs;
using Mentoring.Domain.Tests.Builders;
using Mentoring.Domain.Tests.Documents;

namespace Mentoring.Domain.Tests.Programs;

/// <summary>
/// What the program rules of issue #15 need from the model: a «корректировка плана» that reschedules an activity
/// (program.activities-on-time), the mentor's report (program.mentor-report, 003 §5.5), and an ending by mutual decision
/// (completion.early-notice, 002 «Завершение»), each in the case file too.
/// </summary>
public class ReschedulingReportAndMutualDecisionTests
{
    private static readonly PersonId Mentor = SampleIds.Person("t-1");

    private static ActivityId A(string id) => ActivityId.Create(id).Value;

    private static PersonalizedProgram Program() => PersonalizedProgram.Create(
        ProgramId.Create("prog-1").Value, SampleIds.Pair("pair-1"), ProgramTerm.Create(new DateOnly(2023, 9, 1), new DateOnly(2024, 5, 31)).Value,
        activities: [PersonalizedProgramBuilder.Activity("a-1", new DateOnly(2023, 10, 15)), PersonalizedProgramBuilder.Activity("a-2", new DateOnly(2024, 3, 1))]).Value;

    [Fact]
    public void DueOf_PlanChangeReschedulesTheActivity_LastReschedulingInForce()
    {
        var program = Program();
        Assert.True(program.ApplyChange(ProgramChange.Create(ProgramChangeKind.PlanChange, new DateOnly(2023, 10, 1), "перенос", [Mentor], activity: A("a-1"), newDue: new DateOnly(2023, 11, 15)).Value).IsSuccess);
        Assert.True(program.ApplyChange(ProgramChange.Create(ProgramChangeKind.PlanChange, new DateOnly(2023, 11, 1), "ещё перенос", [Mentor], activity: A("a-1"), newDue: new DateOnly(2023, 12, 1)).Value).IsSuccess);

        Assert.Equal(new DateOnly(2023, 12, 1), program.DueOf(program.Activities[0]));
        Assert.Equal(new DateOnly(2024, 3, 1), program.DueOf(program.Activities[1]));
    }

    [Fact]
    public void Create_ReschedulingOnAnExtension_MD0510()
    {
        var result = ProgramChange.Create(ProgramChangeKind.Extension, new DateOnly(2023, 10, 1), "перенос", newEnd: new DateOnly(2024, 6, 30), activity: A("a-1"), newDue: new DateOnly(2023, 11, 15));

        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0510");
    }

    [Fact]
    public void Create_ReschedulingWithoutTheNewDueDate_MD0509()
    {
        var result = ProgramChange.Create(ProgramChangeKind.PlanChange, new DateOnly(2023, 10, 1), "перенос", activity: A("a-1"));

        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0509" && e.Identifier == "change.newDue");
    }

    [Fact]
    public void ApplyChange_ReschedulingAnUnknownActivity_MD0508()
    {
        var result = Program().ApplyChange(ProgramChange.Create(ProgramChangeKind.PlanChange, new DateOnly(2023, 10, 1), "перенос", activity: A("a-9"), newDue: new DateOnly(2023, 11, 15)).Value);

        Assert.Contains(result.ValidationErrors, e => e.ErrorCode == "MD0508");
    }

    [Fact]
    public void RecordMentorReport_AfterTheProgramEnded_Kept()
    {
        var program = Program();
        Assert.True(program.Approve(new DateOnly(2023, 9, 1)).IsSuccess);
        Assert.True(program.Activate(new DateOnly(2023, 9, 1)).IsSuccess);
        Assert.True(program.Complete(PersonalizedProgramBuilder.Completion(CompletionGround.PlanCompleted, new DateOnly(2024, 5, 31))).IsSuccess);

        Assert.True(program.RecordMentorReport(MentorReport.Create(new DateOnly(2024, 6, 5), Mentor, "Отчёт").Value).IsSuccess);

        Assert.Equal(new DateOnly(2024, 6, 5), program.MentorReport!.SubmittedOn);
        Assert.Equal(Mentor, program.MentorReport.Author);
    }

    [Fact]
    public void Create_MutualDecisionOnTheCuratorsGround_MD0511()
    {
        Assert.Contains(Completion.Create(CompletionGround.CuratorInitiative, new DateOnly(2025, 3, 14), byMutualDecision: true).ValidationErrors, e => e.ErrorCode == "MD0511");
        Assert.True(Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), byMutualDecision: true).Value.ByMutualDecision);
    }

    [Fact]
    public void CaseFile_ReschedulingReportAndMutualDecision_ReadAndWrittenBack()
    {
        var json = CaseFiles.ExampleWith(
            "\"newEnd\": \"2024-06-14\"\n        }",
            "\"newEnd\": \"2024-06-14\"\n        },\n        { \"kind\": \"plan-change\", \"requestedOn\": \"2024-04-16\", \"description\": \"перенос открытого урока\", \"consentedBy\": [\"t-1\", \"t-2\"], \"activity\": \"a-2\", \"newDue\": \"2024-05-15\" }");
        json = json.Replace(
            "\"publications\": [{ \"publishedOn\": \"2024-06-20\", \"where\": \"сайт школы, раздел «Наставничество»\" }]\n    }",
            "\"publications\": [{ \"publishedOn\": \"2024-06-20\", \"where\": \"сайт школы, раздел «Наставничество»\" }],\n      \"mentorReport\": { \"submittedOn\": \"2024-06-17\", \"author\": \"t-1\", \"title\": \"Отчёт о реализации программы сопровождения\" }\n    }",
            StringComparison.Ordinal);

        var read = CaseFiles.ReadText(json);

        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(d => d.ToString())));
        var program = read.Value!.Cases[0].Programs.Single(p => p.Id.Value == "prog-1");
        Assert.Equal(new DateOnly(2024, 5, 15), program.DueOf(program.Activities.Single(a => a.Id.Value == "a-2")));
        Assert.Equal(new DateOnly(2024, 6, 17), program.MentorReport!.SubmittedOn);

        var written = CaseFiles.WriteText(read.Value.Cases[0]);
        Assert.Contains("\"newDue\": \"2024-05-15\"", written, StringComparison.Ordinal);
        Assert.Contains("\"mentorReport\"", written, StringComparison.Ordinal);
        var again = CaseFiles.ReadText(written).Value!.Cases[0].Programs.Single(p => p.Id.Value == "prog-1");
        Assert.Equal(program.MentorReport, again.MentorReport);
        Assert.Equal(new DateOnly(2024, 5, 15), again.DueOf(again.Activities.Single(a => a.Id.Value == "a-2")));
    }
}
