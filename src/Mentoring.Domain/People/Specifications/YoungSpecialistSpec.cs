using Ardalis.Specification;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Young specialists on a day: younger than an age and with fewer whole years of pedagogical experience than a number;
/// satisfied exactly when <see cref="Teacher.IsYoungSpecialistOn"/> is true (a teacher whose birth date or career start
/// is unknown does not satisfy it).
/// </summary>
/// <remarks>003 order preamble: «учителей в возрасте до 35 лет ... в первые три года работы».</remarks>
public sealed class YoungSpecialistSpec : Specification<Teacher>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of reckoning.</param>
    /// <param name="ageUnder">The age the teacher is under; 35 in 003.</param>
    /// <param name="maxExperienceYears">The whole years of experience the teacher has fewer of; 3 in 003.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive.</exception>
    public YoungSpecialistSpec(DateOnly on, int ageUnder = 35, int maxExperienceYears = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ageUnder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExperienceYears);
        Query.Where(PeopleCriteria.TeacherYoungerThan(on, ageUnder));
        Query.Where(PeopleCriteria.ExperienceUnder(on, maxExperienceYears, ExperienceScope.Total));
    }
}
