using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Programs;

/// <summary>
/// The term of a personalized program (срок реализации программы): from <see cref="Start"/> to
/// <see cref="End"/>, both dates inclusive. Its length is counted in calendar months by the rule catalogue's
/// date convention.
/// </summary>
/// <remarks>
/// 002 §1 (понятия): a program lasts from three months to one year. The date convention of the rule catalogue:
/// with <c>EndExclusive = End + 1 day</c>, the term lasts at least N months when
/// <c>EndExclusive &gt;= Start.AddMonths(N)</c> and at most M months when <c>EndExclusive &lt;= Start.AddMonths(M)</c>
/// (<see cref="DateOnly.AddMonths"/> clamps to the month's last day). So 01.09.2023–30.11.2023 is exactly 3 months,
/// 01.09.2023–31.08.2024 is 12 months, and 01.09.2023–01.09.2024 is one day longer than 12 months.
/// The term only refuses an end before its start; a two-month or a two-year term is representable, and the
/// rule <c>program.duration</c> reports it.
/// </remarks>
public sealed class ProgramTerm : IEquatable<ProgramTerm>
{
    private ProgramTerm(DateOnly start, DateOnly end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day of the program.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the program (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>The day after the last day.</summary>
    public DateOnly EndExclusive => End.AddDays(1);

    /// <summary>
    /// The number of whole calendar months the term lasts: the largest n with <c>Start.AddMonths(n) &lt;= EndExclusive</c>.
    /// </summary>
    public int WholeMonths => CalendarMath.WholeMonths(Start, EndExclusive);

    /// <summary>The number of days, both ends counted.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Creates a term.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>The term, or <see cref="DomainErrors.General.EndBeforeStart"/> (MD0004) at <c>term.end</c>.</returns>
    public static Result<ProgramTerm> Create(DateOnly start, DateOnly end) =>
        end < start ? DomainErrors.General.EndBeforeStart("term", start, end).At("term.end") : new ProgramTerm(start, end);

    /// <summary>True when the term lasts at least <paramref name="months"/> months: <c>EndExclusive &gt;= Start.AddMonths(months)</c>.</summary>
    /// <param name="months">The number of months, not negative.</param>
    /// <returns>True when long enough.</returns>
    public bool LastsAtLeastMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return EndExclusive >= Start.AddMonths(months);
    }

    /// <summary>True when the term lasts at most <paramref name="months"/> months: <c>EndExclusive &lt;= Start.AddMonths(months)</c>.</summary>
    /// <param name="months">The number of months, not negative.</param>
    /// <returns>True when short enough.</returns>
    public bool LastsAtMostMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return EndExclusive <= Start.AddMonths(months);
    }

    /// <summary>True when <paramref name="date"/> falls inside the term, both ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The term as a date range.</summary>
    /// <returns>The same days as a <see cref="DateRange"/>.</returns>
    public DateRange ToDateRange() => DateRange.Create(Start, End).ValueOr(DateRange.OneDay(Start));

    /// <summary>The same start with another end (used by extensions; the caller checks the end).</summary>
    internal ProgramTerm WithEnd(DateOnly end) => new(Start, end);

    /// <inheritdoc />
    public bool Equals(ProgramTerm? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgramTerm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"{Start:dd.MM.yyyy}–{End:dd.MM.yyyy}";
}
