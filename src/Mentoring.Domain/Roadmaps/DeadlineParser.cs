using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Roadmaps;

/// <summary>Parses the Russian deadline texts of roadmaps; the grammar is documented on <see cref="Deadline.Parse"/>.</summary>
internal static partial class DeadlineParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private const string MonthPattern =
        "январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]";

    internal static Result<Deadline> Parse(string? text, DateRange? roadmapPeriod)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DomainErrors.General.Empty("deadline").Fail();
        }

        if (text.Length > Deadline.MaxTextLength)
        {
            return DomainErrors.Roadmaps.DeadlineTooLong(text.Length, Deadline.MaxTextLength).Fail();
        }

        var original = text.Trim();
        var normalized = Normalize(original);
        var notes = ParenthesesRegex().Matches(original).Select(m => SpacesRegex().Replace(m.Groups[1].Value, " ").Trim()).ToList();
        var main = ParenthesesRegex().Replace(normalized, " ");
        main = SpacesRegex().Replace(main, " ").Trim().TrimEnd('.', ',', ';').Trim();
        var note = notes.Count == 0 ? null : string.Join("; ", notes);

        return ParseMain(original, main, note, roadmapPeriod).Map(d => d.As(original, note ?? d.Note));
    }

    private static Result<Deadline> ParseMain(string original, string main, string? note, DateRange? period)
    {
        if (main.Length == 0)
        {
            return DomainErrors.Roadmaps.DeadlineNotRecognized(original).Fail();
        }

        if (StageRegex().IsMatch(main))
        {
            return DomainErrors.Roadmaps.DeadlineIsStage(original).Fail();
        }

        if (main.StartsWith("постоянно", StringComparison.Ordinal) || main.StartsWith("в течение", StringComparison.Ordinal))
        {
            var rest = main.StartsWith("постоянно", StringComparison.Ordinal) ? main["постоянно".Length..].Trim(' ', ',') : null;
            return Deadline.Continuous(period).As(original, string.IsNullOrEmpty(rest) ? null : rest);
        }

        if (ScheduleRegex().IsMatch(main))
        {
            return Deadline.Schedule(original);
        }

        if (main.StartsWith("ежегодно", StringComparison.Ordinal))
        {
            var months = MonthsIn(main + " " + note);
            return Deadline.Recurring(DeadlineKind.Annually, months, period, null, original);
        }

        var parts = SplitParts(main);
        if (parts.Count > 1)
        {
            if (parts.TrueForAll(p => BareMonthRegex().IsMatch(p)))
            {
                return Deadline.Recurring(DeadlineKind.RecurringMonths, parts.Select(p => Months[p]), period, null, original);
            }

            var byDate = ByDatePrefixRegex().IsMatch(parts[0]);
            var parsed = parts
                .Select((p, i) => ParseSingle(original, i > 0 && byDate && DateRegex().IsMatch(p) ? "до " + p : p, period))
                .ToArray();
            var failed = parsed.Where(r => !r.IsSuccess).ToArray();
            if (failed.Length != 0)
            {
                return Result<Deadline>.Invalid(failed[0].ValidationErrors);
            }

            return Deadline.Several(parsed.Select(r => r.ValueOr(null!)));
        }

        var single = ParseSingle(original, main, period);
        if (!single.IsSuccess || note is null || !note.Contains("ежегодно", StringComparison.Ordinal))
        {
            return single;
        }

        // «ноябрь 2022 (далее – ежегодно)», «декабрь 2022 (с 2023 года – ежегодно)»: the first occurrence, then every year.
        var first = single.ValueOr(null!);
        if (first.Kind == DeadlineKind.Month && first.Start is { } start)
        {
            return Deadline.AnnuallyFrom(start, [start.Month], period?.End, null, original);
        }

        return single;
    }

    private static Result<Deadline> ParseSingle(string original, string part, DateRange? period)
    {
        var text = part.Trim();
        var byDate = ByDatePrefixRegex().Match(text);
        if (byDate.Success)
        {
            var rest = text[byDate.Length..].Trim();
            var date = DateRegex().Match(rest);
            if (!date.Success || date.Length != rest.Length)
            {
                return DomainErrors.Roadmaps.DeadlineNotRecognized(original).Fail();
            }

            return ToDate(original, date).Map(Deadline.ByDate);
        }

        var dateRange = DateRangeRegex().Match(text);
        if (dateRange.Success)
        {
            var from = ToDate(original, DateRegex().Match(dateRange.Groups["from"].Value));
            var to = ToDate(original, DateRegex().Match(dateRange.Groups["to"].Value));
            if (!from.IsSuccess || !to.IsSuccess)
            {
                return Result<Deadline>.Invalid(from.ValidationErrors.Concat(to.ValidationErrors));
            }

            return ToPeriod(original, from.ValueOr(default), to.ValueOr(default));
        }

        var onDate = DateRegex().Match(text);
        if (onDate.Success && onDate.Length == text.Length)
        {
            return ToDate(original, onDate).Map(Deadline.OnDate);
        }

        var years = YearRangeRegex().Match(text);
        if (years.Success)
        {
            var from = Year(years.Groups["from"].Value);
            var to = Year(years.Groups["to"].Value);
            return !InRange(from) || !InRange(to)
                ? DomainErrors.Roadmaps.InvalidDate(original, years.Value).Fail()
                : ToPeriod(original, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31));
        }

        var year = YearRegex().Match(text);
        if (year.Success)
        {
            var y = Year(year.Groups["year"].Value);
            return InRange(y) ? Deadline.Period(DateRange.Year(y)) : DomainErrors.Roadmaps.InvalidDate(original, year.Value).Fail();
        }

        var monthRange = MonthRangeRegex().Match(text);
        if (monthRange.Success)
        {
            var y = Year(monthRange.Groups["year"].Value);
            if (!InRange(y))
            {
                return DomainErrors.Roadmaps.InvalidDate(original, monthRange.Value).Fail();
            }

            var from = Months[monthRange.Groups["from"].Value];
            var to = Months[monthRange.Groups["to"].Value];
            return ToPeriod(original, Deadline.FirstOfMonth(y, from), Deadline.LastOfMonth(y, to));
        }

        var month = MonthYearRegex().Match(text);
        if (month.Success)
        {
            return Deadline.Month(Year(month.Groups["year"].Value), Months[month.Groups["month"].Value]);
        }

        var quarter = QuarterRegex().Match(text);
        if (quarter.Success)
        {
            var q = quarter.Groups["q"].Value switch
            {
                "i" or "1" => 1,
                "ii" or "2" => 2,
                "iii" or "3" => 3,
                _ => 4,
            };
            return Deadline.Quarter(Year(quarter.Groups["year"].Value), q);
        }

        if (BareMonthRegex().IsMatch(text))
        {
            return Deadline.Recurring(DeadlineKind.RecurringMonths, [Months[text]], period, null, original);
        }

        return DomainErrors.Roadmaps.DeadlineNotRecognized(original).Fail();
    }

    private static Result<Deadline> ToPeriod(string original, DateOnly from, DateOnly to) =>
        DateRange.Create(from, to) is { IsSuccess: true } range
            ? Result<Deadline>.Success(Deadline.Period(range.Value))
            : DomainErrors.Roadmaps.PeriodInverted(original).Fail();

    private static Result<DateOnly> ToDate(string original, Match match)
    {
        var day = Year(match.Groups["d"].Value);
        var month = Year(match.Groups["m"].Value);
        var year = Year(match.Groups["y"].Value);
        return InRange(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : DomainErrors.Roadmaps.InvalidDate(original, match.Value).Fail();
    }

    /// <summary>A number of at most four ASCII digits (the patterns allow no others), or -1.</summary>
    private static int Year(string digits) =>
        digits.Length <= 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>The years a deadline may name: from 1 to 9998, so that its end, shifted to a working day, still exists.</summary>
    private static bool InRange(int year) => year is >= 1 and <= 9998;

    /// <summary>Splits a cell into its deadlines: at commas and semicolons, and between repeated «2023 2024» years.</summary>
    private static List<string> SplitParts(string main)
    {
        var parts = main.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count == 1 && RepeatedYearsRegex().IsMatch(main))
        {
            parts = [.. main.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }

        return parts;
    }

    private static IReadOnlyList<int> MonthsIn(string text) =>
        [.. MonthWordRegex().Matches(text).Select(m => Months[m.Value]).Distinct().Order()];

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.ToLowerInvariant())
        {
            builder.Append(raw switch
            {
                'ё' => 'е',
                '–' or '—' or '‑' or '−' => '-',
                '\u00a0' or '\t' or '\r' or '\n' => ' ',
                _ => raw,
            });
        }

        var result = YearWordRegex().Replace(builder.ToString(), "${y} ");
        return SpacesRegex().Replace(result, " ").Trim();
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] forms =
        [
            ["январь", "января"], ["февраль", "февраля"], ["март", "марта"], ["апрель", "апреля"], ["май", "мая"], ["июнь", "июня"],
            ["июль", "июля"], ["август", "августа"], ["сентябрь", "сентября"], ["октябрь", "октября"], ["ноябрь", "ноября"], ["декабрь", "декабря"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var form in forms[i])
            {
                months[form] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesesRegex();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*(?:гг|годы|годов|года|год|г)\b\.?|(?<y>[0-9]{4})\s*(?:гг|г)\.", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearWordRegex();

    [GeneratedRegex(@"^[0-9]+(?:-?й)?\s*этап$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex StageRegex();

    [GeneratedRegex(@"^(?:по отдельному|по специальному|по графику|по плану|в соответствии с|в сроки|по мере|по необходимости|по согласованию)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleRegex();

    [GeneratedRegex(@"^(?:до|не позднее|в срок до|срок до)\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ByDatePrefixRegex();

    [GeneratedRegex(@"(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^(?:с\s+)?(?<from>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})\s*(?:-|по)\s*(?<to>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DateRangeRegex();

    [GeneratedRegex(@"^(?<from>[0-9]{4})\s*-\s*(?<to>[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeRegex();

    [GeneratedRegex(@"^(?<year>[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"^[0-9]{4}(?:\s+[0-9]{4})+$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedYearsRegex();

    [GeneratedRegex(@"^(?<from>" + MonthPattern + @")\s*-\s*(?<to>" + MonthPattern + @")\s+(?<year>[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRangeRegex();

    [GeneratedRegex(@"^(?<month>" + MonthPattern + @")\s+(?<year>[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"^(?<q>iv|iii|ii|i|1|2|3|4)(?:-?й)?\s+квартал\s+(?<year>[0-9]{4})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(@"^(?:" + MonthPattern + @")$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex BareMonthRegex();

    [GeneratedRegex(@"\b(?:" + MonthPattern + @")\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWordRegex();
}
