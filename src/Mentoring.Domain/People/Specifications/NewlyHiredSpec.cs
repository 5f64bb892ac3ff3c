using Ardalis.Specification;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Teachers hired by the organization less than one whole year before a day (<see cref="Teacher.ExperienceYearsOn"/> with
/// <see cref="ExperienceScope.Organization"/> below 1); a teacher whose hire date is unknown does not satisfy it.
/// </summary>
/// <remarks>The category «вновь принятые на работу» of the optional rule <c>mentee.eligible-category</c>.</remarks>
public sealed class NewlyHiredSpec : Specification<Teacher>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of reckoning.</param>
    public NewlyHiredSpec(DateOnly on) => Query.Where(PeopleCriteria.ExperienceUnder(on, 1, ExperienceScope.Organization));
}
