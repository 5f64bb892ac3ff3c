using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Roadmaps;

/// <summary>
/// The deadline of a roadmap activity (срок реализации), parsed from the Russian text of a roadmap's «Сроки» column:
/// a date, a period, a month, a quarter, a recurrence, a continuous activity, a separate schedule, or several of these.
/// </summary>
/// <remarks>
/// The roadmaps of seeds 000, 001, 002 (model and district roadmaps), 003 and 004; rule <c>roadmap.deadline</c>.
/// Each occurrence of a deadline is due on its last day: the date itself, the end of the period, month or quarter,
/// the last day of each given month, or 31 December of each year for «ежегодно» without months.
/// A parenthetical remark («(далее – по необходимости)», «(по плану ГАУ ДПО СОИРО)») is kept as <see cref="Note"/>.
/// Equality is by meaning (kind, dates, months, parts, note), not by the original spelling in <see cref="Text"/>.
/// </remarks>
public sealed class Deadline : IEquatable<Deadline>
{
    private Deadline(DeadlineKind kind, DateOnly? start, DateOnly? end, IReadOnlyList<int> months, IReadOnlyList<Deadline> parts, string? note, string text)
    {
        Kind = kind;
        Start = start;
        End = end;
        Months = months;
        Parts = parts;
        Note = note;
        Text = text;
    }

    /// <summary>The shape of the deadline.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>
    /// The first day: of the period, month or quarter; the day itself for <see cref="DeadlineKind.OnDate"/>; the first
    /// occurrence's month for a recurrence that starts at a given time; null when open.
    /// </summary>
    public DateOnly? Start { get; }

    /// <summary>
    /// The last day: the due day of a single deadline; for a recurrence or a continuous activity, the last day it
    /// runs (the roadmap's end), or null when open.
    /// </summary>
    public DateOnly? End { get; }

    /// <summary>The months (1–12) of a recurrence; empty for other kinds and for «ежегодно» without months.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>The deadlines of <see cref="DeadlineKind.Several"/>; empty for other kinds.</summary>
    public IReadOnlyList<Deadline> Parts { get; }

    /// <summary>A remark that goes with the deadline («по необходимости», the schedule's description), or null.</summary>
    public string? Note { get; }

    /// <summary>The text as written in the roadmap (or a canonical text for a deadline built in code).</summary>
    public string Text { get; }

    /// <summary>True when the deadline has no date to be late for (continuous or on a separate schedule).</summary>
    public bool IsOpenEnded => Kind is DeadlineKind.Continuous or DeadlineKind.Schedule;

    /// <summary>True for deadlines that come back every year.</summary>
    public bool IsRecurring => Kind is DeadlineKind.Annually or DeadlineKind.RecurringMonths;

    /// <summary>A deadline on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The deadline.</returns>
    public static Deadline OnDate(DateOnly date) =>
        new(DeadlineKind.OnDate, date, date, [], [], null, $"{date:dd.MM.yyyy}");

    /// <summary>A deadline by a day («до …»).</summary>
    /// <param name="date">The last day.</param>
    /// <returns>The deadline.</returns>
    public static Deadline ByDate(DateOnly date) =>
        new(DeadlineKind.ByDate, null, date, [], [], null, $"до {date:dd.MM.yyyy}");

    /// <summary>A period, due by its last day.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Period(DateRange period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(DeadlineKind.Period, period.Start, period.End, [], [], null, $"{period.Start:dd.MM.yyyy}-{period.End:dd.MM.yyyy}");
    }

    /// <summary>A calendar month, due by its last day.</summary>
    /// <param name="year">The year (1 to 9999).</param>
    /// <param name="month">The month (1 to 12).</param>
    /// <returns>The deadline, or MD0006 at <c>deadline.year</c> or <c>deadline.month</c>.</returns>
    public static Result<Deadline> Month(int year, int month) =>
        ResultExtras.Combine(CheckYear(year), CheckMonth(month, "deadline.month"))
            .Then(() => new Deadline(DeadlineKind.Month, FirstOfMonth(year, month), LastOfMonth(year, month), [], [], null, $"{MonthNames[month - 1]} {year} г."));

    /// <summary>A calendar quarter, due by its last day.</summary>
    /// <param name="year">The year (1 to 9999).</param>
    /// <param name="quarter">The quarter (1 to 4).</param>
    /// <returns>The deadline, or MD0006 at <c>deadline.year</c> or <c>deadline.quarter</c>.</returns>
    public static Result<Deadline> Quarter(int year, int quarter) =>
        ResultExtras.Combine(
                CheckYear(year),
                ResultExtras.Ensure(quarter is >= 1 and <= 4, DomainErrors.General.OutOfRange("deadline.quarter", quarter, 1, 4)))
            .Then(() => new Deadline(
                DeadlineKind.Quarter,
                FirstOfMonth(year, ((quarter - 1) * 3) + 1),
                LastOfMonth(year, quarter * 3),
                [],
                [],
                null,
                $"{RomanQuarters[quarter - 1]} квартал {year} г."));

    /// <summary>Every year, by 31 December or by the end of each given month.</summary>
    /// <param name="months">The months (1 to 12), or none for «ежегодно» alone.</param>
    /// <param name="within">The years it runs (occurrences outside are dropped), or null when open.</param>
    /// <returns>The deadline, or MD0006 at <c>deadline.months</c>.</returns>
    public static Result<Deadline> Annually(IEnumerable<int>? months = null, DateRange? within = null) =>
        Recurring(DeadlineKind.Annually, months ?? [], within, null, "ежегодно");

    /// <summary>Given months of every year («июнь, декабрь»).</summary>
    /// <param name="months">The months (1 to 12), at least one.</param>
    /// <param name="within">The years it runs, or null when open.</param>
    /// <returns>The deadline, or MD0006 at <c>deadline.months</c>, MD0007 when no month is given.</returns>
    public static Result<Deadline> RecurringMonths(IEnumerable<int> months, DateRange? within = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        var list = months.ToArray();
        return list.Length == 0
            ? DomainErrors.General.Missing("deadline.months").Fail()
            : Recurring(DeadlineKind.RecurringMonths, list, within, null, string.Join(", ", list.Where(m => m is >= 1 and <= 12).Select(m => MonthNames[m - 1])));
    }

    /// <summary>A continuous activity («постоянно», «в течение года»).</summary>
    /// <param name="within">The period it runs, when known (the roadmap's period).</param>
    /// <returns>The deadline.</returns>
    public static Deadline Continuous(DateRange? within = null) =>
        new(DeadlineKind.Continuous, within?.Start, within?.End, [], [], null, "постоянно");

    /// <summary>An activity on a schedule set elsewhere («по отдельному графику»).</summary>
    /// <param name="description">The schedule as the roadmap names it; not empty.</param>
    /// <returns>The deadline, or MD0001 at <c>deadline</c>.</returns>
    public static Result<Deadline> Schedule(string? description) =>
        Texts.Required(description, "deadline").Map(d => new Deadline(DeadlineKind.Schedule, null, null, [], [], d, d));

    /// <summary>Several deadlines in one cell.</summary>
    /// <param name="parts">At least two deadlines, none of them itself several.</param>
    /// <returns>The deadline, or MD0007 at <c>deadline.parts</c> for fewer than two parts.</returns>
    public static Result<Deadline> Several(IEnumerable<Deadline> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.SelectMany(p => p.Kind == DeadlineKind.Several ? p.Parts : [p]).ToArray();
        return list.Length < 2
            ? DomainErrors.General.Missing("deadline.parts").Fail()
            : new Deadline(DeadlineKind.Several, null, null, [], list, null, string.Join(", ", list.Select(p => p.Text)));
    }

    /// <summary>The longest deadline text <see cref="Parse"/> reads, in characters; a longer one is MD0607.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>
    /// Parses the Russian text of a roadmap's «Сроки» cell.
    /// </summary>
    /// <param name="russianText">The text, such as «до 30.06.2023», «I квартал 2023 г.», «ежегодно (июнь, декабрь)».</param>
    /// <param name="roadmapPeriod">The roadmap's period: bounds «ежегодно», months without a year and continuous activities.</param>
    /// <returns>
    /// The deadline, or: MD0001 for an empty text; MD0602 for a stage («1-й этап»), which is a section heading and not a
    /// deadline; MD0603 for an impossible date; MD0604 for a period ending before it starts; MD0601 for anything else,
    /// naming the text and the forms expected.
    /// </returns>
    /// <remarks>
    /// The grammar, after lower-casing, «ё» → «е», dashes unified and the year words («г.», «год», «гг.», «годы»)
    /// dropped; a parenthetical remark becomes the <see cref="Note"/>:
    /// <list type="bullet">
    /// <item>«30.06.2023» → <see cref="DeadlineKind.OnDate"/>; «до …», «не позднее …», «в срок до …» → <see cref="DeadlineKind.ByDate"/>;</item>
    /// <item>«2023 год» (one year), «2022-2024 гг.», «сентябрь-октябрь 2022 г.», «01.09.2022-31.10.2022» → <see cref="DeadlineKind.Period"/>;</item>
    /// <item>«октябрь 2021 г.» → <see cref="DeadlineKind.Month"/>; «I квартал 2023 г.» → <see cref="DeadlineKind.Quarter"/>;</item>
    /// <item>«ежегодно», «ежегодно, май», «ежегодно (июнь, декабрь …)», and a month followed by «(далее – ежегодно)» or
    /// «(с 2023 года – ежегодно)» → <see cref="DeadlineKind.Annually"/>;</item>
    /// <item>months without a year («июнь, декабрь») → <see cref="DeadlineKind.RecurringMonths"/>;</item>
    /// <item>«постоянно…», «в течение года», «в течение учебного года», «в течение всего периода…» → <see cref="DeadlineKind.Continuous"/>;</item>
    /// <item>«по отдельному графику/плану», «в соответствии с …», «в сроки, определяемые …», «по мере …», «по необходимости» →
    /// <see cref="DeadlineKind.Schedule"/> (a real roadmap's deadline that names no date);</item>
    /// <item>several of the above separated by commas, semicolons or repeated years («до 30.06.2023, 30.06.2024, 25.12.2024»,
    /// «2023 год 2024 год») → <see cref="DeadlineKind.Several"/> (a leading «до» applies to every date).</item>
    /// </list>
    /// A stage («1-й этап», «2 этап») is refused: it heads a section of the roadmap and carries no deadline.
    /// A cell that mixes deadlines and responsible bodies (004: «До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО») is
    /// split by the importer at «/» before parsing.
    /// </remarks>
    public static Result<Deadline> Parse(string? russianText, DateRange? roadmapPeriod = null) =>
        DeadlineParser.Parse(russianText, roadmapPeriod);

    /// <summary>The due days (the last day of each occurrence) that fall within <paramref name="range"/>, in order.</summary>
    /// <param name="range">The days to look at.</param>
    /// <returns>The due days; none for a continuous deadline or one on a separate schedule.</returns>
    public IReadOnlyList<DateOnly> DueDatesWithin(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return [.. Occurrences(range.Start.PlusYears(-1), range.End).Select(o => o.Due).Where(range.Contains).Distinct()];
    }

    /// <summary>
    /// True when, as of <paramref name="asOf"/>, the latest occurrence due before that day was not done in its window:
    /// not done at all, done after its due day, or (for a recurrence) last done for an earlier occurrence.
    /// A deadline due on <paramref name="asOf"/> itself is not yet overdue, nor one whose due day is not a working day
    /// until the next working day has passed (ГК РФ, ст. 193).
    /// </summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="doneOn">The day the activity was (last) done, or null.</param>
    /// <returns>True when overdue; never for a continuous deadline or one on a separate schedule.</returns>
    public bool IsOverdue(DateOnly asOf, DateOnly? doneOn) => IsOverdue(asOf, doneOn is { } done ? [done] : []);

    /// <summary>
    /// True when, as of <paramref name="asOf"/>, the latest occurrence due before that day has no completion in its
    /// window: after the previous occurrence's due day and on or before its own. A recurring activity done for each
    /// occurrence («ежегодно», «июнь, декабрь») lists every day it was done.
    /// </summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="completions">Every day the activity was done.</param>
    /// <returns>True when overdue; never for a continuous deadline or one on a separate schedule.</returns>
    public bool IsOverdue(DateOnly asOf, IReadOnlyCollection<DateOnly> completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var past = Occurrences(asOf.PlusYears(-3), asOf).Select(o => Shifted(o.Due)).Where(due => due < asOf).ToArray();
        if (past.Length == 0)
        {
            return false;
        }

        var latest = past[^1];
        DateOnly? previousDue = past.Length > 1 ? past[^2] : null;
        return !completions.Any(done => done <= latest && (previousDue is not { } p || done > p));
    }

    /// <summary>
    /// The next due day on or after <paramref name="asOf"/>, or null when there is none: the deadline's own next day, or,
    /// while a passed day that was not a working day has moved to the next working day (ГК РФ, ст. 193), that day.
    /// </summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <returns>The next due day.</returns>
    public DateOnly? NextDueOn(DateOnly asOf)
    {
        DateOnly? nominal = null;
        foreach (var occurrence in Occurrences(asOf.PlusYears(-1), asOf.PlusYears(3)))
        {
            if (occurrence.Due >= asOf)
            {
                nominal = occurrence.Due;
                break;
            }
        }

        var legal = NextLegalDueOn(asOf);
        return nominal is { } n && (legal is null || n <= legal.Value) ? n : legal;
    }

    /// <summary>
    /// The next day an occurrence is legally due on or after <paramref name="asOf"/>: its due day moved to the next
    /// working day when it is not one (ГК РФ, ст. 193), or null.
    /// </summary>
    internal DateOnly? NextLegalDueOn(DateOnly asOf)
    {
        foreach (var occurrence in Occurrences(asOf.PlusYears(-1), asOf.PlusYears(3)))
        {
            var due = Shifted(occurrence.Due);
            if (due >= asOf)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>The due day of the occurrence before the next one on or after <paramref name="asOf"/> (used to tell whether a completion counts for the next one).</summary>
    internal DateOnly? PreviousDueBefore(DateOnly asOf)
    {
        DateOnly? previous = null;
        foreach (var occurrence in Occurrences(asOf.PlusYears(-3), asOf))
        {
            if (Shifted(occurrence.Due) < asOf)
            {
                previous = Shifted(occurrence.Due);
            }
        }

        return previous;
    }

    /// <inheritdoc />
    public bool Equals(Deadline? other) =>
        other is not null
        && Kind == other.Kind
        && Start == other.Start
        && End == other.End
        && Months.SequenceEqual(other.Months)
        && Parts.SequenceEqual(other.Parts)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Start);
        hash.Add(End);
        foreach (var month in Months)
        {
            hash.Add(month);
        }

        foreach (var part in Parts)
        {
            hash.Add(part);
        }

        hash.Add(Note, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>The Russian month names in the nominative, January first.</summary>
    internal static readonly string[] MonthNames =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>Builds a recurrence from checked parts (used by the parser).</summary>
    internal static Result<Deadline> Recurring(DeadlineKind kind, IEnumerable<int> months, DateRange? within, string? note, string text)
    {
        var list = months.Distinct().Order().ToArray();
        var checks = list.Select(m => CheckMonth(m, "deadline.months"));
        return ResultExtras.Combine(checks)
            .Then(() => new Deadline(kind, within?.Start, within?.End, list, [], note, text));
    }

    /// <summary>Builds a recurrence that starts at a given month (used by the parser for «ноябрь 2022 (далее – ежегодно)»).</summary>
    internal static Deadline AnnuallyFrom(DateOnly start, IReadOnlyList<int> months, DateOnly? end, string? note, string text) =>
        new(DeadlineKind.Annually, start, end, months, [], note, text);

    /// <summary>A copy with the original text and a note (used by the parser).</summary>
    internal Deadline As(string text, string? note) => new(Kind, Start, End, Months, Parts, note ?? Note, text);

    internal static DateOnly FirstOfMonth(int year, int month) => new(year, month, 1);

    internal static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// The day a due day is late after: the due day itself («до DATE» includes DATE; a month-only deadline is the month's
    /// last day), moved to the next working day when it is not one (ГК РФ, ст. 193; readings.md, deadlines).
    /// </summary>
    private static DateOnly Shifted(DateOnly due) => ProductionCalendar.Russia.ShiftDeadline(due).Value;

    private static Result CheckYear(int year) =>
        ResultExtras.Ensure(year is >= 1 and <= 9998, DomainErrors.General.OutOfRange("deadline.year", year, 1, 9998));

    private static Result CheckMonth(int month, string field) =>
        ResultExtras.Ensure(month is >= 1 and <= 12, DomainErrors.General.OutOfRange(field, month, 1, 12));

    /// <summary>The occurrences (window start, due day) whose due day may fall from <paramref name="from"/> to <paramref name="to"/>, in order of due day.</summary>
    private IEnumerable<(DateOnly? WindowStart, DateOnly Due)> Occurrences(DateOnly from, DateOnly to)
    {
        switch (Kind)
        {
            case DeadlineKind.OnDate or DeadlineKind.ByDate or DeadlineKind.Period or DeadlineKind.Month or DeadlineKind.Quarter:
                return End is { } due ? [(Start, due)] : [];
            case DeadlineKind.Annually or DeadlineKind.RecurringMonths:
                return RecurringOccurrences(from, to);
            case DeadlineKind.Several:
                return Parts.SelectMany(p => p.Occurrences(from, to)).OrderBy(o => o.Due).ToArray();
            default:
                return [];
        }
    }

    private IEnumerable<(DateOnly? WindowStart, DateOnly Due)> RecurringOccurrences(DateOnly from, DateOnly to)
    {
        var firstYear = Math.Max(from.Year, Start?.Year ?? 1);
        var lastYear = Math.Min(to.Year, End?.Year ?? 9998);
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (Months.Count == 0)
            {
                var occurrence = (WindowStart: (DateOnly?)new DateOnly(year, 1, 1), Due: new DateOnly(year, 12, 31));
                if (InRun(occurrence.Due))
                {
                    yield return occurrence;
                }

                continue;
            }

            foreach (var month in Months)
            {
                var occurrence = (WindowStart: (DateOnly?)FirstOfMonth(year, month), Due: LastOfMonth(year, month));
                if (InRun(occurrence.Due))
                {
                    yield return occurrence;
                }
            }
        }
    }

    private bool InRun(DateOnly due) => (Start is null || due >= Start) && (End is null || due <= LastOfMonth(End.Value.Year, End.Value.Month));
}
