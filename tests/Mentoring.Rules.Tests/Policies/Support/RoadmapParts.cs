using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Roadmaps and their activities, for the roadmap rules' tests.</summary>
public static class RoadmapParts
{
    public static RoadmapActivity Step(string number, string deadlineText, DateOnly? doneOn = null, string title = "Подготовка отчета", string? responsible = "Управление") =>
        Ok(RoadmapActivity.Create(number, title, Ok(Deadline.Parse(deadlineText)), responsible: responsible, doneOn: doneOn));

    public static CaseBuilder Roadmap(this CaseBuilder builder, string id, string title, DateRange? period, params RoadmapActivity[] activities)
    {
        var roadmap = Ok(Domain.Roadmaps.Roadmap.Create(Ok(RoadmapId.Create(id)), title, activities, period: period));
        return builder.With(b => b.AddRoadmaps(roadmap));
    }
}
