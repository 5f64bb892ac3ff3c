using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Mentoring.Domain;

namespace Mentoring.Rules.Editions;

/// <summary>How a lower bound of years is worded.</summary>
public enum LowerBoundKind
{
    /// <summary>«не менее N лет», «от N лет», «не моложе N лет»: N itself is inside.</summary>
    AtLeast = 1,

    /// <summary>«более N лет», «свыше N лет», «старше N лет»: N itself is outside.</summary>
    MoreThan = 2,
}

/// <summary>How an upper bound of years is worded.</summary>
public enum UpperBoundKind
{
    /// <summary>«не более N лет», «не старше N лет», «до N лет включительно»: N itself is inside.</summary>
    AtMost = 1,

    /// <summary>«менее N лет», «моложе N лет», «до N лет»: N itself is outside.</summary>
    Under = 2,
}

/// <summary>What a bound of years measures, for its wording («моложе 35 лет» of an age, «менее 3 лет» of experience).</summary>
public enum YearsMeasure
{
    /// <summary>A person's age.</summary>
    Age = 1,

    /// <summary>A length of time, such as pedagogical experience (стаж).</summary>
    Duration = 2,
}

/// <summary>
/// A bound of years as a Положение words it: «стаж не более 3 лет», «до 35 лет», «не старше 35 лет», «от 1 до 3 лет».
/// It keeps the words — lower or upper, N itself inside or outside — and an absent side is no limit. An edition writes
/// it as the phrase (Russian or English) or as an object, beside the plain numbers the parameters have always taken.
/// </summary>
/// <remarks>
/// <para>
/// Years are whole years (полных лет), as the library counts every age and experience
/// (<see cref="Mentoring.Domain.People.Teacher.AgeOn"/>, <see cref="Mentoring.Domain.People.Teacher.ExperienceYearsOn"/>):
/// «не старше 35 лет» admits a teacher of 35 until the 36th birthday, «не более 3 лет» of experience admits 3 whole
/// years. For experience a stricter reading exists (3 years and 2 months is «более 3 лет»); readings.md, principle 7
/// (benefit of the doubt) keeps the reading under which a teacher is inside, which is whole years.
/// </para>
/// <para>
/// «до N лет» excludes N («до 35 лет» is «моложе 35 лет»; «от 1 до 3 лет» is 1 ≤ years &lt; 3), as ГК РФ, ст. 26 and
/// 28 use such ranges and as readings.md reads «от 10 до 18 лет» (<c>pair.student-age</c>); «до N лет включительно»
/// includes it. A draft edition quotes the sentence beside the value, so a person checks the reading.
/// </para>
/// </remarks>
[JsonConverter(typeof(YearsBoundJsonConverter))]
public sealed partial class YearsBound : IEquatable<YearsBound>
{
    /// <summary>The largest number of years a bound may name.</summary>
    public const int MaxYears = 150;

    /// <summary>The object form's fields: the lower side, then the upper side.</summary>
    internal static readonly string[] ObjectFields = ["atLeast", "from", "moreThan", "atMost", "under"];

    // One place for the words of a bound: Russian (with the words of an age), and English.
    private static readonly (string Word, LowerBoundKind Kind)[] LowerRu =
        [("не менее", LowerBoundKind.AtLeast), ("не меньше", LowerBoundKind.AtLeast), ("не моложе", LowerBoundKind.AtLeast), ("не младше", LowerBoundKind.AtLeast), ("от", LowerBoundKind.AtLeast),
         ("более", LowerBoundKind.MoreThan), ("больше", LowerBoundKind.MoreThan), ("свыше", LowerBoundKind.MoreThan), ("старше", LowerBoundKind.MoreThan)];

    private static readonly (string Word, UpperBoundKind Kind)[] UpperRu =
        [("не более", UpperBoundKind.AtMost), ("не больше", UpperBoundKind.AtMost), ("не старше", UpperBoundKind.AtMost), ("не свыше", UpperBoundKind.AtMost),
         ("до", UpperBoundKind.Under), ("менее", UpperBoundKind.Under), ("меньше", UpperBoundKind.Under), ("моложе", UpperBoundKind.Under), ("младше", UpperBoundKind.Under)];

    private static readonly (string Word, LowerBoundKind Kind)[] LowerEn =
        [("at least", LowerBoundKind.AtLeast), ("not less than", LowerBoundKind.AtLeast), ("no less than", LowerBoundKind.AtLeast), ("from", LowerBoundKind.AtLeast),
         ("more than", LowerBoundKind.MoreThan), ("over", LowerBoundKind.MoreThan), ("older than", LowerBoundKind.MoreThan)];

    private static readonly (string Word, UpperBoundKind Kind)[] UpperEn =
        [("at most", UpperBoundKind.AtMost), ("not more than", UpperBoundKind.AtMost), ("no more than", UpperBoundKind.AtMost), ("not older than", UpperBoundKind.AtMost),
         ("under", UpperBoundKind.Under), ("less than", UpperBoundKind.Under), ("younger than", UpperBoundKind.Under)];

    private static readonly string[] Units = ["лет", "года", "год", "years", "year"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["ноль"] = 0, ["нуля"] = 0, ["один"] = 1, ["одного"] = 1, ["два"] = 2, ["двух"] = 2, ["три"] = 3, ["трех"] = 3,
        ["четыре"] = 4, ["четырех"] = 4, ["пять"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шести"] = 6, ["семь"] = 7, ["семи"] = 7,
        ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десяти"] = 10,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private YearsBound(LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper)
    {
        LowerKind = lowerKind;
        Lower = lower;
        UpperKind = upperKind;
        Upper = upper;
    }

    /// <summary>How the lower side is worded, or null when there is no lower bound.</summary>
    public LowerBoundKind? LowerKind { get; }

    /// <summary>The number of the lower side as the text gives it, or null.</summary>
    public int? Lower { get; }

    /// <summary>How the upper side is worded, or null when there is no upper bound.</summary>
    public UpperBoundKind? UpperKind { get; }

    /// <summary>The number of the upper side as the text gives it, or null.</summary>
    public int? Upper { get; }

    /// <summary>The fewest whole years inside the bound (0 when there is no lower side).</summary>
    public int Least => LowerKind switch
    {
        LowerBoundKind.AtLeast => Lower!.Value,
        LowerBoundKind.MoreThan => Lower!.Value + 1,
        _ => 0,
    };

    /// <summary>The most whole years inside the bound, or null when there is no upper side.</summary>
    public int? Most => UpperKind switch
    {
        UpperBoundKind.AtMost => Upper,
        UpperBoundKind.Under => Upper - 1,
        _ => null,
    };

    /// <summary>The whole years just above the bound (<see cref="Most"/> + 1): «до 35 лет» → 35, «не старше 35 лет» → 36.</summary>
    public int? UnderEquivalent => Most + 1;

    /// <summary>«не менее N лет».</summary>
    /// <param name="years">N, from 0 to <see cref="MaxYears"/>.</param>
    /// <returns>The bound.</returns>
    public static YearsBound AtLeast(int years) => Side(years, LowerBoundKind.AtLeast, null);

    /// <summary>«более N лет».</summary>
    /// <param name="years">N, from 0 to <see cref="MaxYears"/>.</param>
    /// <returns>The bound.</returns>
    public static YearsBound MoreThan(int years) => Side(years, LowerBoundKind.MoreThan, null);

    /// <summary>«не более N лет».</summary>
    /// <param name="years">N, from 0 to <see cref="MaxYears"/>.</param>
    /// <returns>The bound.</returns>
    public static YearsBound AtMost(int years) => Side(years, null, UpperBoundKind.AtMost);

    /// <summary>«менее N лет», «до N лет»: what a plain number of <c>ageUnder</c> or <c>maxExperienceYears</c> means.</summary>
    /// <param name="years">N, from 1 to <see cref="MaxYears"/>.</param>
    /// <returns>The bound.</returns>
    public static YearsBound Under(int years) => Side(years, null, UpperBoundKind.Under);

    /// <summary>A bound of one or two sides, checked: at least one side, numbers from 0 to <see cref="MaxYears"/>, and some whole number of years inside.</summary>
    /// <param name="lowerKind">How the lower side is worded, or null for none.</param>
    /// <param name="lower">The lower number (with <paramref name="lowerKind"/>).</param>
    /// <param name="upperKind">How the upper side is worded, or null for none.</param>
    /// <param name="upper">The upper number (with <paramref name="upperKind"/>).</param>
    /// <returns>The bound, or MR0103 saying what is wrong.</returns>
    public static Result<YearsBound> Create(LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper) =>
        Check(lowerKind, lower, upperKind, upper) is { } problem
            ? Result<YearsBound>.Invalid(Error(problem.En, problem.Ru, $"{lower}/{upper}"))
            : new YearsBound(lowerKind, lowerKind is null ? null : lower, upperKind, upperKind is null ? null : upper);

    /// <summary>
    /// Reads a bound from the words of a Положение, in Russian («не более 3 лет», «до 35 лет», «не старше 35 лет»,
    /// «от 1 до 3 лет», «до 35 лет включительно», «более 1 года и менее 5 лет») or in English («at most 3 years», «under
    /// 35 years», «at least 1 year and under 3 years»). Numbers in figures or in words up to ten, with «(трех)» in
    /// brackets allowed; the unit «лет»/«года»/«год» may be left out.
    /// </summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The bound, or MR0103 saying why the phrase cannot be read.</returns>
    public static Result<YearsBound> Parse(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var (bound, en, ru) = Read(phrase);
        return bound is not null ? Result<YearsBound>.Success(bound) : Result<YearsBound>.Invalid(Error(en!, ru!, phrase));
    }

    /// <summary>Reads a bound from its object form: <c>{"atMost": 3}</c>, <c>{"under": 35}</c>, <c>{"from": 1, "under": 3}</c> (<c>from</c> is <c>atLeast</c>).</summary>
    /// <param name="json">A JSON object with at most one of <c>atLeast</c>/<c>from</c>/<c>moreThan</c> and one of <c>atMost</c>/<c>under</c>.</param>
    /// <returns>The bound, or MR0103 saying what is wrong.</returns>
    public static Result<YearsBound> FromJson(JsonElement json)
    {
        var (bound, en, ru) = ReadObject(json);
        return bound is not null ? Result<YearsBound>.Success(bound) : Result<YearsBound>.Invalid(Error(en!, ru!, json.ValueKind == JsonValueKind.Undefined ? string.Empty : json.GetRawText()));
    }

    /// <summary>Whether a count of whole years is inside the bound.</summary>
    /// <param name="wholeYears">The whole years (an age, an experience).</param>
    /// <returns>True when inside.</returns>
    public bool Contains(int wholeYears) => wholeYears >= Least && (Most is not { } most || wholeYears <= most);

    /// <summary>The bound in Russian, with the words of its measure: «моложе 35 лет», «не более 3 лет», «от 1 до 3 лет».</summary>
    /// <param name="measure">What it measures.</param>
    /// <returns>The phrase; <see cref="Parse"/> reads it back to an equal bound.</returns>
    public string ToRussian(YearsMeasure measure = YearsMeasure.Duration)
    {
        var age = measure == YearsMeasure.Age;
        string? lower = LowerKind switch
        {
            LowerBoundKind.AtLeast => age ? "не моложе" : "не менее",
            LowerBoundKind.MoreThan => age ? "старше" : "более",
            _ => null,
        };
        string? upper = UpperKind switch
        {
            UpperBoundKind.AtMost => age ? "не старше" : "не более",
            UpperBoundKind.Under => age ? "моложе" : "менее",
            _ => null,
        };
        if (LowerKind == LowerBoundKind.AtLeast && UpperKind is { } kind)
        {
            var to = $"от {Lower} до {Upper} {YearsRu(Upper!.Value)}";
            return kind == UpperBoundKind.AtMost ? to + " включительно" : to;
        }

        return (lower, upper) switch
        {
            ({ } l, { } u) => $"{l} {Lower} {YearsRu(Lower!.Value)} и {u} {Upper} {YearsRu(Upper!.Value)}",
            ({ } l, null) => $"{l} {Lower} {YearsRu(Lower!.Value)}",
            _ => $"{upper} {Upper} {YearsRu(Upper!.Value)}",
        };
    }

    /// <summary>The bound in English: «under 35 years», «at most 3 years», «at least 1 year and under 3 years».</summary>
    /// <returns>The phrase; <see cref="Parse"/> reads it back to an equal bound.</returns>
    public string ToEnglish()
    {
        string? lower = LowerKind switch
        {
            LowerBoundKind.AtLeast => $"at least {Plural.EnWithNumber(Lower!.Value, "year", "years")}",
            LowerBoundKind.MoreThan => $"more than {Plural.EnWithNumber(Lower!.Value, "year", "years")}",
            _ => null,
        };
        string? upper = UpperKind switch
        {
            UpperBoundKind.AtMost => $"at most {Plural.EnWithNumber(Upper!.Value, "year", "years")}",
            UpperBoundKind.Under => $"under {Plural.EnWithNumber(Upper!.Value, "year", "years")}",
            _ => null,
        };
        return lower is null ? upper! : upper is null ? lower : $"{lower} and {upper}";
    }

    /// <summary>The object form, as an edition file writes it: <c>{"from": 1, "under": 3}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var parts = new List<string>(2);
        if (LowerKind is { } lower)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"\"{(lower == LowerBoundKind.AtLeast ? "atLeast" : "moreThan")}\": {Lower}"));
        }

        if (UpperKind is { } upper)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"\"{(upper == UpperBoundKind.AtMost ? "atMost" : "under")}\": {Upper}"));
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>The object form (<see cref="ToJson"/>): neutral between the languages, for reports and <see cref="ParameterValue.Display"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToJson();

    /// <inheritdoc />
    public bool Equals(YearsBound? other) =>
        other is not null && LowerKind == other.LowerKind && Lower == other.Lower && UpperKind == other.UpperKind && Upper == other.Upper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YearsBound);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LowerKind, Lower, UpperKind, Upper);

    /// <summary>A bound from an edition's value, the phrase or the object, with the reason in English and Russian when it cannot be read.</summary>
    internal static (YearsBound? Bound, string? En, string? Ru) ReadValue(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? Read(json.GetString()!) : ReadObject(json);

    /// <summary>«без ограничения», «без ограничения возраста», «no limit»: the words of an absent bound.</summary>
    internal static bool IsNoLimit(string phrase)
    {
        var text = Normalize(phrase);
        return text is "без ограничения" or "без ограничений" or "без ограничения возраста" or "без ограничения по возрасту" or "независимо от возраста" or "no limit" or "none";
    }

    /// <summary>The Russian genitive after a bound's word: «1 года», «3 лет», «21 года».</summary>
    internal static string YearsRu(int n) => Plural.Ru(n, "года", "лет", "лет");

    private static YearsBound Side(int years, LowerBoundKind? lower, UpperBoundKind? upper)
    {
        var created = Create(lower, lower is null ? null : years, upper, upper is null ? null : years);
        return created.IsSuccess
            ? created.Value
            : throw new ArgumentOutOfRangeException(nameof(years), years, created.ValidationErrors.First().ErrorMessage);
    }

    private static (string En, string Ru)? Check(LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper)
    {
        if (lowerKind is null && upperKind is null)
        {
            return ("a bound needs a lower or an upper side", "у границы нет ни нижней, ни верхней части");
        }

        if ((lowerKind is not null && lower is not (>= 0 and <= MaxYears)) || (upperKind is not null && upper is not (>= 0 and <= MaxYears)))
        {
            return (string.Create(CultureInfo.InvariantCulture, $"the years must be whole numbers from 0 to {MaxYears}"), string.Create(CultureInfo.InvariantCulture, $"число лет должно быть целым, от 0 до {MaxYears}"));
        }

        if (lowerKind is not null && !Enum.IsDefined(lowerKind.Value) || upperKind is not null && !Enum.IsDefined(upperKind.Value))
        {
            return ("the kind of a side is not defined", "вид границы не определён");
        }

        var least = lowerKind == LowerBoundKind.MoreThan ? lower + 1 : lowerKind is null ? 0 : lower;
        var most = upperKind == UpperBoundKind.Under ? upper - 1 : upper;
        return upperKind is not null && most < least
            ? ("no whole number of years is inside the bound (the lower side is above the upper)", "ни одно целое число лет не попадает в границы (нижняя граница выше верхней)")
            : null;
    }

    private static ValidationError Error(string en, string ru, string found) => DomainErrors.Create(
        "MR0103",
        $"The bound of years cannot be read ({en}): {found}.",
        $"Границу в годах прочитать нельзя ({ru}): {found}.",
        "bound");

    private static (YearsBound? Bound, string? En, string? Ru) Read(string phrase)
    {
        var text = Normalize(phrase);
        if (text.Length == 0)
        {
            return (null, "the phrase is empty", "текст пуст");
        }

        if (text.Length > 200)
        {
            return (null, "the phrase is longer than 200 characters", "текст длиннее 200 символов");
        }

        var range = RangeRu().Match(text);
        if (range.Success)
        {
            if (Number(range.Groups["a"].Value) is not { } a || Number(range.Groups["b"].Value) is not { } b)
            {
                return (null, "a number is not a whole number of years", "число лет не целое или не прочитано");
            }

            return Made(LowerBoundKind.AtLeast, a, range.Groups["incl"].Success ? UpperBoundKind.AtMost : UpperBoundKind.Under, b);
        }

        var parts = text.Split([" и ", " and "], StringSplitOptions.TrimEntries);
        if (parts.Length > 2)
        {
            return (null, "a bound has at most two sides", "у границы не более двух частей");
        }

        LowerBoundKind? lowerKind = null;
        UpperBoundKind? upperKind = null;
        int? lower = null;
        int? upper = null;
        foreach (var part in parts)
        {
            var side = SideOf(part);
            if (side.Error is { } error)
            {
                return (null, error.En, error.Ru);
            }

            if (side.Lower is { } l)
            {
                if (lowerKind is not null)
                {
                    return (null, "two lower sides", "две нижние границы");
                }

                (lowerKind, lower) = (l, side.Years);
            }
            else
            {
                if (upperKind is not null)
                {
                    return (null, "two upper sides", "две верхние границы");
                }

                (upperKind, upper) = (side.Upper, side.Years);
            }
        }

        return Made(lowerKind, lower, upperKind, upper);
    }

    private static (YearsBound?, string?, string?) Made(LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper)
    {
        var created = Create(lowerKind, lower, upperKind, upper);
        if (created.IsSuccess)
        {
            return (created.Value, null, null);
        }

        var problem = Check(lowerKind, lower, upperKind, upper)!.Value;
        return (null, problem.En, problem.Ru);
    }

    private static (LowerBoundKind? Lower, UpperBoundKind? Upper, int Years, (string En, string Ru)? Error) SideOf(string part)
    {
        var inclusive = part.EndsWith(" включительно", StringComparison.Ordinal) || part.EndsWith(" inclusive", StringComparison.Ordinal);
        if (inclusive)
        {
            part = part[..part.LastIndexOf(' ')];
        }

        foreach (var (word, kind) in LowerRu.Concat(LowerEn).OrderByDescending(w => w.Word.Length))
        {
            if (part.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return inclusive
                    ? (null, null, 0, ("«включительно» (inclusive) belongs to an upper side", "«включительно» относится к верхней границе"))
                    : Years(part[(word.Length + 1)..]) is { } n ? (kind, null, n, null) : (null, null, 0, NotANumber);
            }
        }

        foreach (var (word, kind) in UpperRu.Concat(UpperEn).OrderByDescending(w => w.Word.Length))
        {
            if (part.StartsWith(word + " ", StringComparison.Ordinal))
            {
                var upper = inclusive ? UpperBoundKind.AtMost : kind;
                return Years(part[(word.Length + 1)..]) is { } n ? (null, upper, n, null) : (null, null, 0, NotANumber);
            }
        }

        return (null, null, 0, (
            "expected words such as «не более 3 лет», «до 35 лет», «не старше 35 лет», «от 1 до 3 лет», \"at most 3 years\", \"under 35 years\"",
            "ожидаются слова вида «не более 3 лет», «до 35 лет», «не старше 35 лет», «от 1 до 3 лет»"));
    }

    private static readonly (string En, string Ru) NotANumber = ("the years are not a whole number in figures or in words", "число лет не записано целым числом цифрами или словами");

    /// <summary>«3 лет», «3-х лет», «трех лет», «3 (трех) лет», «3»: the number, or null.</summary>
    private static int? Years(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Units.Contains(words[^1], StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 2 && words[1].StartsWith('(') && words[1].EndsWith(')'))
        {
            var first = Number(words[0]);
            return first is not null && first == Number(words[1][1..^1]) ? first : null;
        }

        return words.Count == 1 ? Number(words[0]) : null;
    }

    private static int? Number(string token)
    {
        var match = Figure().Match(token);
        if (match.Success)
        {
            return int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        return NumberWords.TryGetValue(token, out var word) ? word : null;
    }

    private static string Normalize(string phrase) =>
        Spaces().Replace(phrase.ToLowerInvariant().Replace('ё', 'е').Replace('\u00A0', ' '), " ").Trim().TrimEnd('.', ';').Trim();

    private static (YearsBound? Bound, string? En, string? Ru) ReadObject(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (null, "expected an object", "ожидается объект");
        }

        LowerBoundKind? lowerKind = null;
        UpperBoundKind? upperKind = null;
        int? lower = null;
        int? upper = null;
        foreach (var property in json.EnumerateObject())
        {
            if (!ObjectFields.Contains(property.Name, StringComparer.Ordinal))
            {
                var hint = property.Name is "to" or "upTo" or "until"
                    ? (" (write \"under\" for «до N лет», \"atMost\" for «не более N лет» or «до N лет включительно»)", " (для «до N лет» пишите \"under\", для «не более N лет» или «до N лет включительно» — \"atMost\")")
                    : (string.Empty, string.Empty);
                return (null, $"unknown field '{property.Name}'; known: {string.Join(", ", ObjectFields)}{hint.Item1}", $"неизвестное поле «{property.Name}»; допустимые: {string.Join(", ", ObjectFields)}{hint.Item2}");
            }

            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var n))
            {
                return (null, $"'{property.Name}' must be a whole number of years", $"«{property.Name}» должно быть целым числом лет");
            }

            var isLower = property.Name is "atLeast" or "from" or "moreThan";
            if (isLower ? lowerKind is not null : upperKind is not null)
            {
                return (null, isLower ? "two lower sides" : "two upper sides", isLower ? "две нижние границы" : "две верхние границы");
            }

            if (isLower)
            {
                (lowerKind, lower) = (property.Name == "moreThan" ? LowerBoundKind.MoreThan : LowerBoundKind.AtLeast, n);
            }
            else
            {
                (upperKind, upper) = (property.Name == "atMost" ? UpperBoundKind.AtMost : UpperBoundKind.Under, n);
            }
        }

        return Made(lowerKind, lower, upperKind, upper);
    }

    [GeneratedRegex(@"^от (?<a>\S+)(?: (?:лет|года?|years?))? до (?<b>\S+)(?: \(\S+\))?(?: (?:лет|года?|years?))?(?<incl> включительно)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeRu();

    [GeneratedRegex(@"^(\d{1,3})(?:-?(?:х|ти|и|ми|ух|ех))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

/// <summary>Writes a bound in its object form (<c>{"atMost": 3}</c>) and reads it back, so that <see cref="EditionBuilder.Set(string, string, object?)"/> takes a <see cref="YearsBound"/>.</summary>
internal sealed class YearsBoundJsonConverter : JsonConverter<YearsBound>
{
    public override YearsBound? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var read = document.RootElement.ValueKind == JsonValueKind.String
            ? YearsBound.Parse(document.RootElement.GetString()!)
            : YearsBound.FromJson(document.RootElement);
        return read.IsSuccess ? read.Value : throw new JsonException(read.ValidationErrors.First().ErrorMessage);
    }

    public override void Write(Utf8JsonWriter writer, YearsBound value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.LowerKind is { } lower)
        {
            writer.WriteNumber(lower == LowerBoundKind.AtLeast ? "atLeast" : "moreThan", value.Lower!.Value);
        }

        if (value.UpperKind is { } upper)
        {
            writer.WriteNumber(upper == UpperBoundKind.AtMost ? "atMost" : "under", value.Upper!.Value);
        }

        writer.WriteEndObject();
    }
}
