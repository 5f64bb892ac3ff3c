using System.Linq.Expressions;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.People.Specifications;

/// <summary>
/// The criteria on people, once each, as expressions: a stored date compared against a bound computed here, outside
/// the expression (<see cref="CalendarMath.LatestStartFor"/>), so that they run in memory exactly as
/// <see cref="Teacher.AgeOn"/>, <see cref="Student.AgeOn"/> and <see cref="Teacher.ExperienceYearsOn"/> count whole years,
/// and translate to SQL.
/// </summary>
internal static class PeopleCriteria
{
    /// <summary>At least <paramref name="years"/> whole years of experience of the scope on the day; false when the start is unknown.</summary>
    public static Expression<Func<Teacher, bool>> ExperienceAtLeast(DateOnly on, int years, ExperienceScope scope)
    {
        var bound = years <= 0 ? DateOnly.MaxValue : CalendarMath.LatestStartFor(on, years);
        return (scope, bound) switch
        {
            (_, null) => _ => false,
            (ExperienceScope.Total, { } b) => t => t.PedagogicalCareerStart <= b,
            (ExperienceScope.Organization, { } b) => t => t.HireDate <= b,
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown experience scope."),
        };
    }

    /// <summary>Fewer than <paramref name="years"/> whole years of experience of the scope on the day; false when the start is unknown.</summary>
    public static Expression<Func<Teacher, bool>> ExperienceUnder(DateOnly on, int years, ExperienceScope scope)
    {
        DateOnly? bound = years <= 0 ? null : CalendarMath.LatestStartFor(on, years) ?? DateOnly.MinValue;
        return (scope, bound) switch
        {
            (_, null) => _ => false,
            (ExperienceScope.Total, { } b) when b == DateOnly.MinValue => t => t.PedagogicalCareerStart != null,
            (ExperienceScope.Organization, { } b) when b == DateOnly.MinValue => t => t.HireDate != null,
            (ExperienceScope.Total, { } b) => t => t.PedagogicalCareerStart > b,
            (ExperienceScope.Organization, { } b) => t => t.HireDate > b,
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown experience scope."),
        };
    }

    /// <summary>The teacher is younger than <paramref name="ageUnder"/> on the day; false when the birth date is unknown.</summary>
    public static Expression<Func<Teacher, bool>> TeacherYoungerThan(DateOnly on, int ageUnder) =>
        ageUnder <= 0 ? _ => false
        : CalendarMath.LatestStartFor(on, ageUnder) is { } b ? t => t.BirthDate > b
        : t => t.BirthDate != null;

    /// <summary>The student's age in whole years on the day is in [<paramref name="min"/>, <paramref name="max"/>); false when the birth date is unknown.</summary>
    public static Expression<Func<Student, bool>> StudentAged(DateOnly on, int min, int max)
    {
        if (max <= 0 || max <= min)
        {
            return _ => false;
        }

        // age >= min  ⇔  birth <= latest(min);  age < max  ⇔  birth > latest(max)
        DateOnly? oldest = CalendarMath.LatestStartFor(on, max);
        if (min <= 0)
        {
            return oldest is { } o ? s => s.BirthDate > o : s => s.BirthDate != null;
        }

        if (CalendarMath.LatestStartFor(on, min) is not { } youngest)
        {
            return _ => false;
        }

        return oldest is { } old ? s => s.BirthDate <= youngest && s.BirthDate > old : s => s.BirthDate <= youngest;
    }
}
