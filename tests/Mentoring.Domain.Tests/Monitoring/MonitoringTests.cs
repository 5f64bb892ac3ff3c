using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Monitoring;

public class MonitoringTests
{
    private static readonly AssessmentScale TenPoints = AssessmentScale.Create("баллы", 0m, 10m).Value;

    private static Result<Assessment> Assess(decimal? score, AssessmentScale? scale, AssessmentPhase phase = AssessmentPhase.BeforeEntry) =>
        Assessment.Create(AssessmentId.Create("as-1").Value, SampleIds.Person("p-1"), phase, new DateOnly(2023, 9, 1), ProgramId.Create("prog-1").Value, score, scale, "анкета");

    [Fact]
    public void AssessmentCreate_ScoreOnScale_KeepsFields()
    {
        var assessment = Assess(7.5m, TenPoints).Value;

        Assert.Equal(7.5m, assessment.Score);
        Assert.Equal(TenPoints, assessment.Scale);
        Assert.Equal(AssessmentPhase.BeforeEntry, assessment.Phase);
        Assert.Equal("prog-1", assessment.ProgramId!.Value);
    }

    [Fact]
    public void AssessmentCreate_NoScore_IsValid() => Assert.Null(Assess(null, null).Value.Score);

    [Fact]
    public void AssessmentCreate_ScoreWithoutScale_FailsWithMD0802() =>
        Assert.Equal("MD0802", Assert.Single(Assess(5m, null).ValidationErrors).ErrorCode);

    [Fact]
    public void AssessmentCreate_ScoreOffScale_FailsWithMD0006AtScore()
    {
        var error = Assert.Single(Assess(11m, TenPoints).ValidationErrors);

        Assert.Equal("MD0006", error.ErrorCode);
        Assert.Equal("score", error.Identifier);
    }

    [Fact]
    public void AssessmentCreate_UndefinedPhaseAndOffScale_ReportsBoth() =>
        Assert.Equal(["MD0008", "MD0006"], Assess(-1m, TenPoints, (AssessmentPhase)0).ValidationErrors.Select(e => e.ErrorCode));

    [Fact]
    public void ScaleCreate_InvertedAndNameless_ReportsBoth()
    {
        var errors = AssessmentScale.Create(" ", 10m, 0m).ValidationErrors;

        Assert.Equal(["MD0001", "MD0801"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["scale.name", "scale"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void AssessmentPhases_ParseCode_GivesPhase() =>
        Assert.Equal(AssessmentPhase.AfterCompletion, AssessmentPhases.Vocabulary.Parse("after-completion").Value);

    [Fact]
    public void ReportCreate_Valid_KeepsFields()
    {
        var report = MonitoringReport.Create(SampleIds.Document("rep-2023"), SampleIds.Organization(), 2023, SampleIds.Person("curator"), new DateOnly(2024, 1, 15)).Value;

        Assert.Equal(2023, report.Year);
        Assert.Equal(new DateOnly(2024, 1, 15), report.SubmittedOn);
    }

    [Fact]
    public void ReportCreate_UnknownSubmissionDate_IsNull() =>
        Assert.Null(MonitoringReport.Create(SampleIds.Document("rep"), SampleIds.Organization(), 2023).Value.SubmittedOn);

    [Fact]
    public void ReportCreate_SubmittedBeforeYear_FailsWithMD0803()
    {
        var error = Assert.Single(MonitoringReport.Create(SampleIds.Document("rep"), SampleIds.Organization(), 2023, submittedOn: new DateOnly(2022, 12, 31)).ValidationErrors);

        Assert.Equal("MD0803", error.ErrorCode);
        Assert.Equal("submittedOn", error.Identifier);
    }

    [Fact]
    public void ReportCreate_YearOutOfRange_FailsWithMD0006() =>
        Assert.Equal("year", Assert.Single(MonitoringReport.Create(SampleIds.Document("rep"), SampleIds.Organization(), 1800).ValidationErrors).Identifier);
}
