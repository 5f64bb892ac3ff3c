using Ardalis.Specification;
using Mentoring.Domain.Specifications;

namespace Mentoring.Domain.Programs.Specifications;

/// <summary>Personalized programs with at least one activity overdue on a day (<see cref="OverdueActivitySpec"/>).</summary>
/// <remarks>003 §3.3 (план мероприятий с указанием сроков); the same criterion as <see cref="OverdueActivitySpec"/>, inlined in a subquery.</remarks>
public sealed class ProgramWithOverdueActivitiesSpec : Specification<PersonalizedProgram>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    public ProgramWithOverdueActivitiesSpec(DateOnly asOf) =>
        Query.Where(Criteria.AnyItem<PersonalizedProgram, PlannedActivity>(p => p.Activities, ProgramCriteria.ActivityOverdue(asOf)));
}
