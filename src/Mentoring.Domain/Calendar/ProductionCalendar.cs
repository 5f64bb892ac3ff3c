using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Mentoring.Domain.Calendar;

/// <summary>
/// The Russian production calendar (производственный календарь): which days are working days, how many working days
/// lie after a notice, which day is N working days after it, and where a deadline falling on a non-working day moves.
/// Every answer says whether it is approximate.
/// </summary>
/// <remarks>
/// readings.md, «Months, days and deadlines». For the years it ships (<see cref="OfficialYears"/>, 2021–2026), the five-day
/// week follows the official calendar: the non-working holidays of ТК РФ ст. 112 ч. 1, the days off moved by ч. 2 and by
/// the government's yearly decree (ч. 5), and the Saturdays the decree makes working days; the data is an embedded file
/// (<c>Calendar/production-calendar.json</c>) that names each year's decree and where its list was checked. For any
/// other year the answer is approximate: Saturdays and Sundays, the holidays of ст. 112 ч. 1 as in force since 2013
/// (1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November), and ч. 2's move of a holiday falling on a day
/// off to the next working day, except the January holidays. The six-day week (<see cref="WorkWeek.SixDay"/>) has Sunday
/// off, the same holidays and ч. 2's move of a holiday falling on a Sunday. Counting starts the day after the notice
/// (ТК РФ ст. 14); a deadline that falls on a non-working day moves to the next working day (ГК РФ ст. 193), which is
/// for deadlines only, never for a program's length. Pre-holiday shortened days do not change a count of days and are
/// not modelled. No clock: every question names its dates.
/// </remarks>
public sealed class ProductionCalendar
{
    private const string ResourceName = "Mentoring.Domain.Calendar.production-calendar.json";

    private static readonly Lazy<ProductionCalendar> LazyRussia = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, OfficialYear> _official;
    private readonly ConcurrentDictionary<int, StatutoryYear> _statutory = new();

    private ProductionCalendar(Dictionary<int, OfficialYear> official)
    {
        _official = official;
        OfficialYears = [.. official.Keys.Order()];
    }

    /// <summary>The Russian production calendar with the official data this library ships.</summary>
    /// <remarks>ТК РФ ст. 112; the government's decrees on the transfer of days off (see <see cref="SourceOf"/>).</remarks>
    public static ProductionCalendar Russia => LazyRussia.Value;

    /// <summary>The years with official data, ascending; answers about other years are approximate.</summary>
    public IReadOnlyList<int> OfficialYears { get; }

    /// <summary>True when <paramref name="year"/> has official data.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when answers about that year are exact.</returns>
    public bool HasOfficialData(int year) => _official.ContainsKey(year);

    /// <summary>The act a year's data follows («Постановление Правительства РФ от 10.08.2023 № 1314 …»), or null for a year without official data.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The source, or null.</returns>
    public string? SourceOf(int year) => _official.TryGetValue(year, out var data) ? data.Source : null;

    /// <summary>True when <paramref name="day"/> is a working day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="week">The working week.</param>
    /// <returns>The answer, approximate when the day's year has no official data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="week"/> is not defined.</exception>
    /// <remarks>ТК РФ ст. 111–112; the year's decree on the transfer of days off.</remarks>
    public CalendarAnswer<bool> IsWorkingDay(DateOnly day, WorkWeek week = WorkWeek.FiveDay)
    {
        CheckWeek(week);
        return new CalendarAnswer<bool>(Working(day, week), !HasOfficialData(day.Year));
    }

    /// <summary>
    /// The number of working days after <paramref name="notice"/> up to and including <paramref name="through"/>:
    /// counting starts the day after the notice.
    /// </summary>
    /// <param name="notice">The day of the notice (not counted).</param>
    /// <param name="through">The last day counted (the day the assignment ends, for a notice).</param>
    /// <param name="week">The working week.</param>
    /// <returns>The count, 0 when <paramref name="through"/> is not after <paramref name="notice"/>; approximate when a counted day lies in a year without official data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="week"/> is not defined.</exception>
    /// <remarks>ТК РФ ст. 14 (a period counts from the day after the event) and ст. 351.8 (notice in working days; rule <c>completion.early-notice</c>).</remarks>
    public CalendarAnswer<int> CountWorkingDays(DateOnly notice, DateOnly through, WorkWeek week = WorkWeek.FiveDay)
    {
        CheckWeek(week);
        var count = 0;
        var approximate = false;
        for (var day = notice; day < through;)
        {
            day = day.PlusDays(1);
            approximate |= !HasOfficialData(day.Year);
            if (Working(day, week))
            {
                count++;
            }
        }

        return new CalendarAnswer<int>(count, approximate);
    }

    /// <summary>
    /// The day that is <paramref name="workingDays"/> working days after <paramref name="notice"/>: the last day of a
    /// period of that many working days that starts the day after the notice.
    /// </summary>
    /// <param name="notice">The day of the notice (not counted).</param>
    /// <param name="workingDays">The number of working days, not negative; 0 gives <paramref name="notice"/> itself.</param>
    /// <param name="week">The working week.</param>
    /// <returns>The day, approximate when a day passed over lies in a year without official data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative or <paramref name="week"/> is not defined.</exception>
    /// <remarks>ТК РФ ст. 14 and ст. 351.8 (three working days' notice; rule <c>completion.early-notice</c>).</remarks>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly notice, int workingDays, WorkWeek week = WorkWeek.FiveDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        CheckWeek(week);
        var day = notice;
        var approximate = false;
        for (var left = workingDays; left > 0 && day < DateOnly.MaxValue;)
        {
            // The calendar's last day ends the count: a notice given near 9999-12-31 runs out at it.
            day = day.PlusDays(1);
            approximate |= !HasOfficialData(day.Year);
            if (Working(day, week))
            {
                left--;
            }
        }

        return new CalendarAnswer<DateOnly>(day, approximate);
    }

    /// <summary>
    /// Where a deadline moves by ГК РФ ст. 193: a deadline whose last day is a non-working day ends on the next working
    /// day; a deadline on a working day stays.
    /// </summary>
    /// <param name="deadline">The last day of the deadline.</param>
    /// <param name="week">The working week.</param>
    /// <returns>The day the deadline ends, approximate when a day looked at lies in a year without official data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="week"/> is not defined.</exception>
    /// <remarks>
    /// ГК РФ ст. 193; readings.md, «Deadlines» (for deadlines, never for measuring a program's length): 30.06.2024 was a
    /// Sunday, so a report due then was due 01.07.2024.
    /// </remarks>
    public CalendarAnswer<DateOnly> ShiftDeadline(DateOnly deadline, WorkWeek week = WorkWeek.FiveDay)
    {
        CheckWeek(week);
        var day = deadline;
        var approximate = !HasOfficialData(day.Year);
        while (!Working(day, week) && day < DateOnly.MaxValue)
        {
            day = day.PlusDays(1);
            approximate |= !HasOfficialData(day.Year);
        }

        return new CalendarAnswer<DateOnly>(day, approximate);
    }

    /// <summary>True when <paramref name="day"/> is a non-working holiday of ТК РФ ст. 112 ч. 1 as in force since 2013.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for 1–8 January, 23 February, 8 March, 1 May, 9 May, 12 June and 4 November.</returns>
    internal static bool IsStatutoryHoliday(DateOnly day) => (day.Month, day.Day) switch
    {
        (1, <= 8) or (2, 23) or (3, 8) or (5, 1) or (5, 9) or (6, 12) or (11, 4) => true,
        _ => false,
    };

    /// <summary>Reads a calendar from its JSON form (the embedded file's shape).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidDataException">The data is malformed: a bad date, a repeated year, a working day that is not a Saturday or Sunday.</exception>
    internal static ProductionCalendar Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var years = new Dictionary<int, OfficialYear>();
        foreach (var entry in document.RootElement.GetProperty("years").EnumerateArray())
        {
            var year = entry.GetProperty("year").GetInt32();
            var nonWorking = new HashSet<DateOnly>();
            foreach (var item in entry.GetProperty("nonWorking").EnumerateArray())
            {
                var text = item.GetString() ?? string.Empty;
                var parts = text.Split("..");
                var first = Day(year, parts[0]);
                var last = parts.Length == 2 ? Day(year, parts[1]) : first;
                if (parts.Length > 2 || last < first)
                {
                    throw new InvalidDataException($"Production calendar {year}: bad range '{text}'.");
                }

                for (var number = first.DayNumber; number <= last.DayNumber; number++)
                {
                    nonWorking.Add(DateOnly.FromDayNumber(number));
                }
            }

            var working = new HashSet<DateOnly>();
            foreach (var item in entry.GetProperty("working").EnumerateArray())
            {
                var day = Day(year, item.GetString() ?? string.Empty);
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || nonWorking.Contains(day))
                {
                    throw new InvalidDataException($"Production calendar {year}: {day:yyyy-MM-dd} is listed as a transferred working day.");
                }

                working.Add(day);
            }

            var source = entry.GetProperty("source").GetString() ?? throw new InvalidDataException($"Production calendar {year}: no source.");
            if (!years.TryAdd(year, new OfficialYear(source, nonWorking, working)))
            {
                throw new InvalidDataException($"Production calendar: year {year} is listed twice.");
            }
        }

        return new ProductionCalendar(years);
    }

    private static ProductionCalendar LoadEmbedded()
    {
        using var stream = typeof(ProductionCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static DateOnly Day(int year, string monthDay)
    {
        var parts = monthDay.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            || month is < 1 or > 12
            || dayOfMonth < 1
            || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            throw new InvalidDataException($"Production calendar {year}: bad day '{monthDay}'.");
        }

        return new DateOnly(year, month, dayOfMonth);
    }

    private static void CheckWeek(WorkWeek week)
    {
        if (week is not (WorkWeek.FiveDay or WorkWeek.SixDay))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, "Unknown working week.");
        }
    }

    private bool Working(DateOnly day, WorkWeek week)
    {
        if (week == WorkWeek.SixDay)
        {
            return day.DayOfWeek != DayOfWeek.Sunday && !IsStatutoryHoliday(day) && !Statutory(day.Year).SixDayMoved.Contains(day);
        }

        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (_official.TryGetValue(day.Year, out var official))
        {
            return weekend ? official.Working.Contains(day) : !official.NonWorking.Contains(day);
        }

        return !weekend && !IsStatutoryHoliday(day) && !Statutory(day.Year).FiveDayMoved.Contains(day);
    }

    private StatutoryYear Statutory(int year) => _statutory.GetOrAdd(year, static y => new StatutoryYear(
        Moved(y, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday),
        Moved(y, d => d.DayOfWeek == DayOfWeek.Sunday)));

    /// <summary>
    /// The days off moved by ТК РФ ст. 112 ч. 2: a holiday (other than the January ones) that falls on a day off moves
    /// the day off to the next working day after the holiday.
    /// </summary>
    private static HashSet<DateOnly> Moved(int year, Func<DateOnly, bool> dayOff)
    {
        var moved = new HashSet<DateOnly>();
        for (var number = new DateOnly(year, 2, 1).DayNumber; number <= new DateOnly(year, 12, 31).DayNumber; number++)
        {
            var day = DateOnly.FromDayNumber(number);
            if (!IsStatutoryHoliday(day) || !dayOff(day))
            {
                continue;
            }

            var next = day.PlusDays(1);
            while ((dayOff(next) || IsStatutoryHoliday(next) || moved.Contains(next)) && next < DateOnly.MaxValue)
            {
                next = next.PlusDays(1);
            }

            moved.Add(next);
        }

        return moved;
    }

    private sealed class OfficialYear(string source, HashSet<DateOnly> nonWorking, HashSet<DateOnly> working)
    {
        public string Source { get; } = source;

        public HashSet<DateOnly> NonWorking { get; } = nonWorking;

        public HashSet<DateOnly> Working { get; } = working;
    }

    private sealed class StatutoryYear(HashSet<DateOnly> fiveDayMoved, HashSet<DateOnly> sixDayMoved)
    {
        public HashSet<DateOnly> FiveDayMoved { get; } = fiveDayMoved;

        public HashSet<DateOnly> SixDayMoved { get; } = sixDayMoved;
    }
}
