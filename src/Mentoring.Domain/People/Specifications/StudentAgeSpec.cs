using Ardalis.Specification;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// Students whose age in whole years on a day (<see cref="Student.AgeOn"/>) is at least <c>min</c> and under <c>max</c>:
/// 10 to 18 by default («от 10 до 18 лет»: a student of 18 is out of it). A student whose birth date is unknown does not
/// satisfy it. Birthdays count as <see cref="Student.AgeOn"/> counts them: one born on 29 February turns a year older on
/// 28 February of a common year.
/// </summary>
/// <remarks>
/// 003 §1.3 («всех участников образовательной деятельности в возрасте от 10 до 18 лет»); the rule
/// <c>pair.student-age</c> (its <c>studentAgeMin</c>, <c>studentAgeMax</c>) judges a known birth date by the same count
/// (<see cref="Student.AgeOn"/>, which this specification is proven to agree with).
/// The bounds are birth dates computed when the specification is made, so that the query compares the stored birth
/// date and translates to SQL.
/// </remarks>
public sealed class StudentAgeSpec : Specification<Student>
{
    /// <summary>The default youngest age (inclusive), 003 §1.3.</summary>
    public const int DefaultMin = 10;

    /// <summary>The default age a student is under (exclusive), 003 §1.3.</summary>
    public const int DefaultMax = 18;

    /// <summary>Creates the specification.</summary>
    /// <param name="on">The day of reckoning.</param>
    /// <param name="min">The youngest age in whole years (inclusive).</param>
    /// <param name="max">The age in whole years a student is under (exclusive); nothing satisfies it when not above <paramref name="min"/>.</param>
    public StudentAgeSpec(DateOnly on, int min = DefaultMin, int max = DefaultMax)
    {
        On = on;
        Min = min;
        Max = max;
        Query.Where(PeopleCriteria.StudentAged(on, min, max));
    }

    /// <summary>The day of reckoning.</summary>
    public DateOnly On { get; }

    /// <summary>The youngest age (inclusive).</summary>
    public int Min { get; }

    /// <summary>The age a student is under (exclusive).</summary>
    public int Max { get; }
}
