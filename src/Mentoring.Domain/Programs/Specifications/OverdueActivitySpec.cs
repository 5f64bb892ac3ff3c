using Ardalis.Specification;

namespace Mentoring.Domain.Programs.Specifications;

/// <summary>
/// Activities of a personalized program overdue on a day: the planned due date (<see cref="PlannedActivity.Due"/>) has
/// passed and the activity was not done by it (not done, or done later).
/// </summary>
/// <remarks>
/// 003 §3.3 (план мероприятий с указанием сроков). <see cref="PersonalizedProgram.ActivitiesOverdue"/> filters with this
/// criterion. It reads the planned due date: a due date moved by a recorded change (<see cref="PersonalizedProgram.DueOf"/>)
/// and the production calendar's moving of a deadline off a day off are the rule <c>program.activities-on-time</c>'s concern.
/// </remarks>
public sealed class OverdueActivitySpec : Specification<PlannedActivity>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    public OverdueActivitySpec(DateOnly asOf) => Query.Where(ProgramCriteria.ActivityOverdue(asOf));
}
