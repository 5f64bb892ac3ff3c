using Ardalis.Specification;

namespace Mentoring.Domain.Programs.Specifications;

/// <summary>
/// Personalized programs not finished (neither <see cref="ProgramStatus.Completed"/> nor <see cref="ProgramStatus.Terminated"/>)
/// whose term (<see cref="PersonalizedProgram.Term"/>) ends within a number of days of a day: on that day or up to
/// <c>days</c> days after it, both ends included. Ordered by the end of the term.
/// </summary>
/// <remarks>003 §3.3 (срок реализации программы), §6 (завершение: отчёт наставника, оценка результатов).</remarks>
public sealed class ProgramEndingWithinSpec : Specification<PersonalizedProgram>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="from">The day of reckoning.</param>
    /// <param name="days">The number of days, 0 for programs ending that day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the window leaves the calendar.</exception>
    public ProgramEndingWithinSpec(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, DateOnly.MaxValue.DayNumber - from.DayNumber);
        Query.Where(ProgramCriteria.EndingBetween(from, from.AddDays(days)));
    }
}
