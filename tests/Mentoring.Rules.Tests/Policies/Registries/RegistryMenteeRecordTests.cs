using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.RegistryParts;

namespace Mentoring.Rules.Tests.Policies.Registries;

public sealed class RegistryMenteeRecordTests
{
    private const string Rule = "registry.mentee-record";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static MenteeRecord Record(
        string? mainRequest = "работа с родителями",
        string? mentorName = "Иванова Мария Петровна",
        string? mentorWorkplace = "МБОУ СОШ № 1",
        DateOnly? completionDate = null,
        string? results = null,
        string? caseLink = null,
        string? completionMark = null) =>
        Ok(MenteeRecord.Create(
            RecordId("r1"), "Петров Пётр Петрович", 1998, mainRequest, D(2023, 9, 1), mentorName, mentorName is null ? null : MentoringForm.TeacherTeacher,
            mentorWorkplace, completionDate, results, caseLink, completionMark));

    private static Validation.Finding Judge(MenteeRecord record, bool redact = false) =>
        Assert.Single(
            PolicyRunner.Validate(School().WithMenteeRecords(record).Build(), AsOf, redact: redact).Of(Rule),
            f => f.Subjects[0].Id == "r1");

    [Fact]
    public void Validate_RunningRecordWithEntryData_Satisfied()
    {
        var finding = Judge(Record());

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("заполняются позже", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingMainRequestAndMentorsWorkplace_ViolatedNamingTheColumns()
    {
        var finding = Judge(Record(mainRequest: null, mentorWorkplace: null));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Петров Пётр Петрович", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains($"«{MenteeRecordField.MainRequest.Term().NameRu}»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains($"«{MenteeRecordField.MentorWorkplace.Term().NameRu}»", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain(MenteeRecordField.CompletionDate.Term().NameRu, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(MenteeRecordField.MainRequest.Term().Code, finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(SubjectKind.RegistryRecord, finding.Subjects[0].Kind);
    }

    [Fact]
    public void Validate_UnpairedMentee_MentorColumnsNotRequiredYet() =>
        Assert.Equal(Outcome.Satisfied, Judge(Record(mentorName: null, mentorWorkplace: null)).Outcome);

    [Fact]
    public void Validate_CompletedWithoutResults_Violated()
    {
        var finding = Judge(Record(completionDate: D(2024, 5, 31), caseLink: "https://school1.ru/case", completionMark: "прошёл"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains($"«{MenteeRecordField.Results.Term().NameRu}»", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CompletedAndComplete_Satisfied() =>
        Assert.Equal(
            Outcome.Satisfied,
            Judge(Record(completionDate: D(2024, 5, 31), results: "адаптирован", caseLink: "https://school1.ru/case", completionMark: "прошёл")).Outcome);

    [Fact]
    public void Validate_Redacted_MessageDoesNotNameThePerson()
    {
        var finding = Judge(Record(mainRequest: null), redact: true);

        Assert.DoesNotContain("Петров", finding.MessageRu, StringComparison.Ordinal);
        Assert.Null(finding.Subjects[0].Name);
    }

    [Fact]
    public void Validate_NoRegistry_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), AsOf, Rule)).Outcome);
}
