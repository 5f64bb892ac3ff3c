using Ardalis.Specification;

namespace Mentoring.Domain.Roadmaps.Specifications;

/// <summary>
/// Roadmap activities overdue on a day (<see cref="RoadmapActivity.IsOverdue"/>): an occurrence of the deadline due
/// before the day was not done in its window. <see cref="Roadmap.OverdueOn"/> filters with it.
/// </summary>
/// <remarks>
/// 004 (дорожная карта: сроки мероприятий); the rule <c>roadmap.deadline</c>. Evaluated in memory only: a roadmap's
/// deadlines are the texts the roadmap writes («ежегодно (сентябрь, май)», «II квартал 2022», «в течение года»), whose
/// occurrences the model computes and a database query cannot, so Mentoring.EntityFrameworkCore does not map roadmaps.
/// </remarks>
public sealed class OverdueRoadmapActivitySpec : Specification<RoadmapActivity>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    public OverdueRoadmapActivitySpec(DateOnly asOf) => Query.Where(a => a.IsOverdue(asOf));
}
