using Mentoring.Domain;
using Mentoring.Domain.Monitoring;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Assessments and analytical reports, for the monitoring rules' tests.</summary>
public static class MonitoringParts
{
    public static CaseBuilder Assessment(this CaseBuilder builder, string id, string personId, AssessmentPhase phase, DateOnly date, string? programId = null)
    {
        var assessment = Ok(Domain.Monitoring.Assessment.Create(
            Ok(AssessmentId.Create(id)), P(personId), phase, date, programId is null ? null : Ok(ProgramId.Create(programId))));
        return builder.With(b => b.AddAssessments(assessment));
    }

    public static CaseBuilder Report(this CaseBuilder builder, string id, int year, DateOnly? submittedOn = null, string? authorId = null)
    {
        var report = Ok(MonitoringReport.Create(Doc(id), Org(), year, authorId is null ? null : P(authorId), submittedOn));
        return builder.With(b => b.AddReports(report));
    }
}
