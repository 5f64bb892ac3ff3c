using System.Collections.Concurrent;
using Ardalis.Specification;
using Mentoring.Domain.People;
using Mentoring.Domain.People.Specifications;

namespace Mentoring.Rules.Specifications;

/// <summary>
/// The domain's specifications as the rules ask them, built once per set of arguments: a specification compiles its
/// criterion on first use, and a rule asks the same question for every pair on the few days of appointment a case has.
/// </summary>
internal static class SharedSpecifications
{
    // Bounded: a case has few distinct days of appointment; a long-lived host validating many cases clears it now and then.
    private const int Capacity = 4096;
    private static readonly ConcurrentDictionary<(int Criterion, DateOnly On, int A, int B), ISpecification<Teacher>> Teachers = new();
    private static readonly ConcurrentDictionary<(DateOnly On, int Min, int Max), StudentAgeSpec> Students = new();

    /// <summary>The teacher has at least <paramref name="years"/> whole years of experience of the scope on the day.</summary>
    public static ISpecification<Teacher> Experience(DateOnly on, int years, ExperienceScope scope) =>
        Teacher(1, on, years, (int)scope, () => new TeacherExperienceSpec(on, years, scope));

    /// <summary>The teacher is a young specialist on the day.</summary>
    public static ISpecification<Teacher> YoungSpecialist(DateOnly on, int ageUnder, int maxYears) =>
        Teacher(2, on, ageUnder, maxYears, () => new YoungSpecialistSpec(on, ageUnder, maxYears));

    /// <summary>The teacher was hired less than a whole year before the day.</summary>
    public static ISpecification<Teacher> NewlyHired(DateOnly on) =>
        Teacher(3, on, 0, 0, () => new NewlyHiredSpec(on));

    /// <summary>The student is from <paramref name="min"/> to under <paramref name="max"/> years old on the day.</summary>
    public static StudentAgeSpec StudentAge(DateOnly on, int min, int max)
    {
        if (Students.Count > Capacity)
        {
            Students.Clear();
        }

        return Students.GetOrAdd((on, min, max), key => new StudentAgeSpec(key.On, key.Min, key.Max));
    }

    private static ISpecification<Teacher> Teacher(int criterion, DateOnly on, int a, int b, Func<ISpecification<Teacher>> create)
    {
        if (Teachers.Count > Capacity)
        {
            Teachers.Clear();
        }

        return Teachers.GetOrAdd((criterion, on, a, b), _ => create());
    }
}
