namespace Mentoring.Domain.Programs;

/// <summary>How a program's term compares with the shortest and longest terms an edition allows.</summary>
/// <remarks>
/// Rule <c>program.duration</c> (002 §1 (понятия): «от 3 месяцев до 1 года»); the rule catalogue's revised date
/// convention and readings.md principle 7: an error only where both readings of a month are breached, a warning where
/// only one is.
/// </remarks>
public enum TermLengthOutcome
{
    /// <summary>Neither bound is breached by either reading.</summary>
    WithinBounds = 1,

    /// <summary>Shorter than the minimum by both readings (<c>end &lt; L(min)</c>): an error.</summary>
    TooShort = 2,

    /// <summary>Longer than the maximum by both readings (<c>end &gt; C(max)</c>): an error.</summary>
    TooLong = 3,

    /// <summary>Shorter than the minimum by the calendar-month reading only (<c>L(min) ≤ end &lt; C(min)</c>): a warning.</summary>
    ShortByCalendarMonthsOnly = 4,

    /// <summary>Longer than the maximum by the literal reading only (<c>L(max) &lt; end ≤ C(max)</c>): a warning.</summary>
    LongByLiteralReadingOnly = 5,
}

/// <summary>Which bound of a term's length a judgement is about.</summary>
/// <remarks>Rule <c>program.duration</c>, parameters <c>minMonths</c> and <c>maxMonths</c>.</remarks>
public enum TermBound
{
    /// <summary>The shortest term allowed (<c>minMonths</c>).</summary>
    Minimum = 1,

    /// <summary>The longest term allowed (<c>maxMonths</c>).</summary>
    Maximum = 2,
}
