using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Programs;

/// <summary>
/// The term of a personalized program (срок реализации программы): from <see cref="Start"/> to
/// <see cref="End"/>, both dates inclusive. Its length is counted in calendar months by the rule catalogue's
/// date convention.
/// </summary>
/// <remarks>
/// 002 §1 (понятия): a program lasts from three months to one year. The rule catalogue's revised date convention
/// («Date convention (program terms) — revised») reads an N-month term two ways: literally by ГК РФ ст. 191–192, ending on
/// <c>L(N) = (Start − 1 day).AddMonths(N)</c>, and by calendar months, ending on <c>C(N) = A(Start, N) − 1 day</c>
/// (<see cref="MonthTermEnds"/>). <see cref="JudgeLength"/> applies readings.md principle 7: an error only when both
/// readings are breached, a warning when one is. So 01.09.2023–30.11.2023 is exactly 3 months, 01.09.2023–31.08.2024
/// exactly 12 and 01.09.2023–01.09.2024 too long; 29.02.2024–28.02.2025 is exactly a year; 31.01.2024–29.04.2024 is short
/// of 3 months; 01.05.2023–30.07.2023 is 3 months by the literal reading only (a warning).
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
    public DateOnly EndExclusive => End.PlusDays(1);

    /// <summary>
    /// The number of whole months the term lasts by the literal reading of ГК РФ ст. 191–192 (the more generous one):
    /// the largest n with <c>L(n) = (Start − 1 day).AddMonths(n) &lt;= End</c>.
    /// </summary>
    /// <remarks>
    /// The rule catalogue's revised date convention; before it, this counted from <see cref="Start"/> with
    /// <see cref="DateOnly.AddMonths"/> and called 31.01.2024–29.04.2024 three months.
    /// </remarks>
    public int WholeMonths => CalendarMath.WholeMonths(Start.PlusDays(-1), End);

    /// <summary>The number of days, both ends counted.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Creates a term.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>The term, or <see cref="DomainErrors.General.EndBeforeStart"/> (MD0004) at <c>term.end</c>.</returns>
    public static Result<ProgramTerm> Create(DateOnly start, DateOnly end) =>
        end < start ? DomainErrors.General.EndBeforeStart("term", start, end).At("term.end").Fail() : new ProgramTerm(start, end);

    /// <summary>
    /// True when the term is not shorter than <paramref name="months"/> months by every reading, that is not too short
    /// (an error): <c>End &gt;= L(months)</c>. A term short by calendar months only still lasts at least N months here;
    /// <see cref="JudgeLength"/> tells it apart.
    /// </summary>
    /// <param name="months">The number of months, not negative.</param>
    /// <returns>True when long enough by at least the literal reading.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    /// <remarks>The rule catalogue's revised date convention (before it: <c>EndExclusive &gt;= Start.AddMonths(months)</c>).</remarks>
    public bool LastsAtLeastMonths(int months) => End >= CalendarMath.LiteralTermEnd(Start, months);

    /// <summary>
    /// True when the term is not longer than <paramref name="months"/> months by every reading, that is not too long
    /// (an error): <c>End &lt;= C(months)</c>. A term long by the literal reading only still lasts at most N months here;
    /// <see cref="JudgeLength"/> tells it apart.
    /// </summary>
    /// <param name="months">The number of months, not negative.</param>
    /// <returns>True when short enough by at least the calendar-month reading.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    /// <remarks>The rule catalogue's revised date convention (before it: <c>EndExclusive &lt;= Start.AddMonths(months)</c>).</remarks>
    public bool LastsAtMostMonths(int months) => End <= CalendarMath.CalendarTermEnd(Start, months);

    /// <summary>Where a term of <paramref name="months"/> months from this term's start ends, by both readings of a month.</summary>
    /// <param name="months">The number of months, not negative.</param>
    /// <returns><c>L(months)</c> and <c>C(months)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    /// <remarks>The rule catalogue, «Date convention (program terms) — revised».</remarks>
    public MonthTermEnds EndsAfterMonths(int months) => MonthTermEnds.Of(Start, months);

    /// <summary>
    /// Judges the term's length against an optional shortest and longest length in months, by both readings of a
    /// month: too short or too long (an error) only when both readings say so, a warning when one does.
    /// </summary>
    /// <param name="minMonths">The shortest length in months (<c>minMonths</c>, 3 by default in 002), or null for none.</param>
    /// <param name="maxMonths">The longest length in months (<c>maxMonths</c>, 12 by default in 002), or null for none.</param>
    /// <returns>The outcome, the bound and readings breached, and the dates <c>L(N)</c> and <c>C(N)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    /// <remarks>
    /// Rule <c>program.duration</c> (002 §1 (понятия)); the rule catalogue's revised date convention and readings.md
    /// principle 7. See <see cref="TermLengthJudgement"/>.
    /// </remarks>
    public TermLengthJudgement JudgeLength(int? minMonths, int? maxMonths) => TermLengthJudgement.Judge(this, minMonths, maxMonths);

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
