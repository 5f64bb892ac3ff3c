using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.RegistryParts;

namespace Mentoring.Rules.Tests.Policies.Registries;

public sealed class RegistryMentorRecordTests
{
    private const string Rule = "registry.mentor-record";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static MentorRecord Record(
        string? interests = "краеведение",
        string[]? mentees = null,
        string? menteeWorkplace = "МБОУ СОШ № 1",
        DateOnly? completionDate = null,
        string? results = null,
        string? caseLink = null,
        string? personId = null) =>
        Ok(MentorRecord.Create(
            RecordId("r1"), "Иванова Мария Петровна", "МБОУ СОШ № 1", ["методика"], "победитель конкурса", interests,
            Ok(AgeRange.Create(22, 35)), Ok(TimeResource.Create(2)), D(2023, 9, 1), mentees ?? ["Петров Пётр Петрович"],
            MentoringForm.TeacherTeacher, menteeWorkplace, completionDate, results, caseLink, personId is null ? null : P(personId)));

    private static Validation.Finding Judge(CaseBuilder builder) =>
        PolicyRunner.FindingFor(builder.Build(), AsOf, Rule, "r1");

    [Fact]
    public void Validate_RunningRecordWithOwnData_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, Judge(School().WithMentorRecords(Record())).Outcome);

    [Fact]
    public void Validate_MissingInterests_ViolatedNamingTheLinkedTeacher()
    {
        var finding = Judge(School().Teacher("m1", name: "Иванова Мария Петровна").WithMentorRecords(Record(interests: null, personId: "m1")));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("(Иванова М. П.)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains($"«{MentorRecordField.Interests.Term().NameRu}»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(MentorRecordField.Interests.Term().Code, finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Type == "MentorRecord" && f.Id == "r1");
    }

    [Fact]
    public void Validate_MenteesNamedButNoMenteesWorkplace_Violated() =>
        Assert.Equal(Outcome.Violated, Judge(School().WithMentorRecords(Record(menteeWorkplace: null))).Outcome);

    [Fact]
    public void Validate_CompletedWithoutCaseLink_Violated()
    {
        var finding = Judge(School().WithMentorRecords(Record(completionDate: D(2024, 5, 31), results: "наставляемый адаптирован")));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains($"«{MentorRecordField.CaseLink.Term().NameRu}»", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoRegistry_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), AsOf, Rule)).Outcome);
}
