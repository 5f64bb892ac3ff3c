using System.Linq.Expressions;
using Ardalis.Specification;
using Mentoring.Domain.Specifications;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Teachers of at least one of the eligible mentee categories on a day: young specialists (<see cref="YoungSpecialistSpec"/>)
/// or newly hired (<see cref="NewlyHiredSpec"/>). <see cref="MenteeCategory.NewPost"/> rests on the teacher's history of
/// posts, which a query cannot read (<see cref="Teacher.IsNewToPostOn"/> decides it in memory), so here it adds no
/// teacher; with no category no teacher satisfies it.
/// </summary>
/// <remarks>
/// The optional rule <c>mentee.eligible-category</c> (its <c>categories</c>, <c>ageUnder</c>, <c>maxExperienceYears</c>);
/// Mentoring.Rules builds it from an edition (<c>EditionSpecifications.EligibleMentees</c>).
/// </remarks>
public sealed class EligibleMenteeSpec : Specification<Teacher>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of the appointment.</param>
    /// <param name="categories">The eligible categories.</param>
    /// <param name="ageUnder">A young specialist is younger than this; 35 in 003.</param>
    /// <param name="maxExperienceYears">A young specialist has fewer whole years of experience than this; 3 in 003.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive.</exception>
    public EligibleMenteeSpec(DateOnly on, IEnumerable<MenteeCategory> categories, int ageUnder = 35, int maxExperienceYears = 3)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ageUnder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExperienceYears);
        Categories = [.. categories.Distinct().Order()];
        var criteria = new List<Expression<Func<Teacher, bool>>>();
        if (Categories.Contains(MenteeCategory.YoungSpecialist))
        {
            var younger = PeopleCriteria.TeacherYoungerThan(on, ageUnder);
            var beginner = PeopleCriteria.ExperienceUnder(on, maxExperienceYears, ExperienceScope.Total);
            criteria.Add(Criteria.AllOf([younger, beginner]));
        }

        if (Categories.Contains(MenteeCategory.NewlyHired))
        {
            criteria.Add(PeopleCriteria.ExperienceUnder(on, 1, ExperienceScope.Organization));
        }

        Query.Where(Criteria.AnyOf(criteria));
    }

    /// <summary>The eligible categories, distinct, in order.</summary>
    public IReadOnlyList<MenteeCategory> Categories { get; }
}
