using Ardalis.Specification;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Teachers who may be appointed mentors on a day: pedagogical workers (<see cref="Teacher.IsPedagogicalWorker"/>) and,
/// when the edition asks for a minimum, with at least that many whole years of experience (<see cref="TeacherExperienceSpec"/>).
/// </summary>
/// <remarks>
/// 002 §1 (понятия: наставник — педагогический работник; rule <c>pair.mentor-is-teacher</c>); the optional rule
/// <c>mentor.min-experience</c> (its <c>years</c> and <c>scope</c>). Mentoring.Rules builds it from an edition
/// (<c>EditionSpecifications.EligibleMentors</c>).
/// </remarks>
public sealed class EligibleMentorSpec : Specification<Teacher>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of the appointment.</param>
    /// <param name="minExperienceYears">The fewest whole years of experience, or null when the edition sets none.</param>
    /// <param name="scope">Where the experience counts from.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scope is not defined.</exception>
    public EligibleMentorSpec(DateOnly on, int? minExperienceYears = null, ExperienceScope scope = ExperienceScope.Total)
    {
        On = on;
        MinExperienceYears = minExperienceYears;
        Query.Where(t => t.IsPedagogicalWorker);
        if (minExperienceYears is { } years)
        {
            Query.Where(PeopleCriteria.ExperienceAtLeast(on, years, scope));
        }
    }

    /// <summary>The day of the appointment.</summary>
    public DateOnly On { get; }

    /// <summary>The fewest whole years of experience, or null.</summary>
    public int? MinExperienceYears { get; }
}
