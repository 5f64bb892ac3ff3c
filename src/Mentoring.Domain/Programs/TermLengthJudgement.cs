using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Programs;

/// <summary>
/// A program term judged against an optional shortest and longest length in months, by both readings of a month:
/// the <see cref="Outcome"/>, the <see cref="Bound"/> it concerns, the readings it breaches and the dates
/// <c>L(N)</c> and <c>C(N)</c> a message names.
/// </summary>
/// <remarks>
/// Rule <c>program.duration</c> (002 §1 (понятия): a program lasts «от 3 месяцев до 1 года»). The rule catalogue,
/// «Date convention (program terms) — revised», and readings.md principle 7: too short (error) when
/// <c>end &lt; L(min)</c>; too long (error) when <c>end &gt; C(max)</c>; a warning when <c>L(min) ≤ end &lt; C(min)</c>
/// or <c>L(max) &lt; end ≤ C(max)</c>; otherwise within bounds. When several apply (only with a minimum above or equal
/// to the maximum) the first in this order is reported: too short, too long, short by calendar months, long by the
/// literal reading.
/// </remarks>
public sealed class TermLengthJudgement
{
    private TermLengthJudgement(ProgramTerm term, MonthTermEnds? minimum, MonthTermEnds? maximum, TermLengthOutcome outcome)
    {
        Term = term;
        Minimum = minimum;
        Maximum = maximum;
        Outcome = outcome;
    }

    /// <summary>The term judged.</summary>
    public ProgramTerm Term { get; }

    /// <summary>The ends of a term of the shortest length from the term's start, or null when there is no minimum.</summary>
    public MonthTermEnds? Minimum { get; }

    /// <summary>The ends of a term of the longest length from the term's start, or null when there is no maximum.</summary>
    public MonthTermEnds? Maximum { get; }

    /// <summary>The outcome.</summary>
    public TermLengthOutcome Outcome { get; }

    /// <summary>True for <see cref="TermLengthOutcome.TooShort"/> and <see cref="TermLengthOutcome.TooLong"/>: every reading is breached (an error).</summary>
    public bool IsViolation => Outcome is TermLengthOutcome.TooShort or TermLengthOutcome.TooLong;

    /// <summary>True when one reading is breached and the other is not (a warning).</summary>
    public bool IsWarning => Outcome is TermLengthOutcome.ShortByCalendarMonthsOnly or TermLengthOutcome.LongByLiteralReadingOnly;

    /// <summary>True when no bound is breached by any reading.</summary>
    public bool IsWithinBounds => Outcome == TermLengthOutcome.WithinBounds;

    /// <summary>The bound breached, or null when the term is within bounds.</summary>
    public TermBound? Bound => Outcome switch
    {
        TermLengthOutcome.TooShort or TermLengthOutcome.ShortByCalendarMonthsOnly => TermBound.Minimum,
        TermLengthOutcome.TooLong or TermLengthOutcome.LongByLiteralReadingOnly => TermBound.Maximum,
        _ => null,
    };

    /// <summary>
    /// The ends (<c>L(N)</c> and <c>C(N)</c>) of the bound breached, for the message; null when the term is within bounds.
    /// </summary>
    public MonthTermEnds? Ends => Bound switch
    {
        TermBound.Minimum => Minimum,
        TermBound.Maximum => Maximum,
        _ => null,
    };

    /// <summary>
    /// The readings breached: both for an error, <see cref="MonthReading.CalendarMonths"/> for a term short by calendar
    /// months only, <see cref="MonthReading.Literal"/> for a term long by the literal reading only, none within bounds.
    /// </summary>
    public IReadOnlyList<MonthReading> BreachedReadings => Outcome switch
    {
        TermLengthOutcome.TooShort or TermLengthOutcome.TooLong => [MonthReading.Literal, MonthReading.CalendarMonths],
        TermLengthOutcome.ShortByCalendarMonthsOnly => [MonthReading.CalendarMonths],
        TermLengthOutcome.LongByLiteralReadingOnly => [MonthReading.Literal],
        _ => [],
    };

    /// <summary>Judges a term against the bounds.</summary>
    /// <param name="term">The term.</param>
    /// <param name="minMonths">The shortest length in months, not negative, or null for none.</param>
    /// <param name="maxMonths">The longest length in months, not negative, or null for none.</param>
    /// <returns>The judgement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    internal static TermLengthJudgement Judge(ProgramTerm term, int? minMonths, int? maxMonths)
    {
        ArgumentNullException.ThrowIfNull(term);
        var minimum = minMonths is { } min ? MonthTermEnds.Of(term.Start, min) : null;
        var maximum = maxMonths is { } max ? MonthTermEnds.Of(term.Start, max) : null;
        var end = term.End;

        var outcome = (minimum, maximum) switch
        {
            ({ } shortest, _) when end < shortest.Literal => TermLengthOutcome.TooShort,
            (_, { } longest) when end > longest.CalendarMonths => TermLengthOutcome.TooLong,
            ({ } shortest, _) when end < shortest.CalendarMonths => TermLengthOutcome.ShortByCalendarMonthsOnly,
            (_, { } longest) when end > longest.Literal => TermLengthOutcome.LongByLiteralReadingOnly,
            _ => TermLengthOutcome.WithinBounds,
        };

        return new TermLengthJudgement(term, minimum, maximum, outcome);
    }

    /// <inheritdoc />
    public override string ToString() => Ends is { } ends
        ? $"{Term}: {Outcome} ({Bound} {ends.Months} months: {ends.Literal:dd.MM.yyyy} literal, {ends.CalendarMonths:dd.MM.yyyy} calendar months)"
        : $"{Term}: {Outcome}";
}
