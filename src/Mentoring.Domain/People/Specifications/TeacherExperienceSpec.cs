using Ardalis.Specification;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Teachers with at least a number of whole years of pedagogical experience on a day, in total or in this organization
/// (<see cref="Teacher.ExperienceYearsOn"/>); a teacher whose start date is unknown does not satisfy it.
/// </summary>
/// <remarks>
/// The rule <c>mentor.min-experience</c> (optional: «наставник назначается из числа педагогических работников, имеющих
/// стаж педагогической работы не менее N лет») judges a teacher mentor by the same count
/// (<see cref="Teacher.ExperienceYearsOn"/>, which this specification is proven to agree with).
/// </remarks>
public sealed class TeacherExperienceSpec : Specification<Teacher>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of reckoning.</param>
    /// <param name="years">The fewest whole years; 0 or less asks only that the start date be known.</param>
    /// <param name="scope">
    /// <see cref="ExperienceScope.Total"/> counts from <see cref="Teacher.PedagogicalCareerStart"/>,
    /// <see cref="ExperienceScope.Organization"/> from <see cref="Teacher.HireDate"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The scope is not defined.</exception>
    public TeacherExperienceSpec(DateOnly on, int years, ExperienceScope scope = ExperienceScope.Total)
    {
        On = on;
        Years = years;
        Scope = scope;
        Query.Where(PeopleCriteria.ExperienceAtLeast(on, years, scope));
    }

    /// <summary>The day of reckoning.</summary>
    public DateOnly On { get; }

    /// <summary>The fewest whole years.</summary>
    public int Years { get; }

    /// <summary>Where the experience counts from.</summary>
    public ExperienceScope Scope { get; }
}
