using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Mentoring.Rules.Policies;

/// <summary>
/// Renders a rule's source as a person reads it: each document by its title and its act's number and date, then the
/// пункт or раздел; the Labour Code as «ТК РФ, ст. 351.8». The one place where citations are worded, in Russian and English.
/// </summary>
/// <remarks>
/// A source is written as the rule catalogue cites it, parts separated by «;»: a seed's prefix (<c>000</c>–<c>004</c>,
/// several as <c>000, 001 roadmaps</c>) followed by its places (<c>§2.3</c>, <c>§1 (понятия)</c>, <c>§2 ¶1</c>,
/// <c>§4.6 п.2</c>, <c>§7.7 №1</c>, <c>«Процесс формирования пар»</c>, <c>order п.4.2</c>, <c>roadmap 1.3</c>,
/// <c>МР stage 5 п.2</c>, <c>annex 3</c>, <c>order preamble</c>, <c>district roadmap</c>), or <c>TK 351.8</c>.
/// What it cannot read it leaves as written. The documents are named as their acts name them (readings.md,
/// "Citations"); the seeds' misprints (003's annex dated 2024, 000's blank number) never appear.
/// </remarks>
public static partial class Citations
{
    private static readonly ConcurrentDictionary<(string Source, bool Russian), string> Rendered = new();

    private static readonly Dictionary<string, Document> Documents = new(StringComparer.Ordinal)
    {
        ["000"] = new(
            "Программа поддержки наставничества по модели «педагог – педагог»",
            "Programme supporting mentoring on the «teacher – teacher» model",
            "приказ № 145-УО от 15.04.2023, Воскресенский район",
            "order No. 145-УО of 15 April 2023, Voskresensky district",
            IsAct: false),
        ["001"] = new(
            "Приказ № 633 от 26.12.2022 (г. Смоленск)",
            "Order No. 633 of 26 December 2022 (Smolensk)",
            null,
            null,
            IsAct: true),
        ["002"] = new(
            "Положение о системе наставничества педагогических работников",
            "Regulation on the mentoring system for teaching staff",
            "приказ № 191 от 02.11.2022, Краснокутский район",
            "order No. 191 of 2 November 2022, Krasnokutsky district",
            IsAct: false),
        ["003"] = new(
            "Целевая модель наставничества",
            "Target model of mentoring",
            "приказ № 140/2-н от 07.09.2021, г. Аргун",
            "order No. 140/2-н of 7 September 2021, Argun",
            IsAct: false),
        ["004"] = new(
            "Приказ № 156 от 30.08.2021 (Ивантеевский район)",
            "Order No. 156 of 30 August 2021 (Ivanteevka district)",
            null,
            null,
            IsAct: true),
    };

    // The acts alone, for a citation of several seeds' roadmaps at once.
    private static readonly Dictionary<string, (string Ru, string En)> Acts = new(StringComparer.Ordinal)
    {
        ["000"] = ("№ 145-УО от 15.04.2023 (Воскресенский район)", "No. 145-УО of 15 April 2023 (Voskresensky district)"),
        ["001"] = ("№ 633 от 26.12.2022 (г. Смоленск)", "No. 633 of 26 December 2022 (Smolensk)"),
        ["002"] = ("№ 191 от 02.11.2022 (Краснокутский район)", "No. 191 of 2 November 2022 (Krasnokutsky district)"),
        ["003"] = ("№ 140/2-н от 07.09.2021 (г. Аргун)", "No. 140/2-н of 7 September 2021 (Argun)"),
        ["004"] = ("№ 156 от 30.08.2021 (Ивантеевский район)", "No. 156 of 30 August 2021 (Ivanteevka district)"),
    };

    // The headings of 002 that a source cites in «», by their first words.
    private static readonly (string Start, string Ru, string En)[] Headings =
    [
        ("Процесс формирования пар", "раздел «Процесс формирования пар и групп»", "the section on forming pairs and groups"),
        ("Завершение", "раздел «Завершение персонализированной программы наставничества»", "the section on the completion of a personalized mentoring programme"),
        ("Изменение сроков", "раздел «Изменение сроков реализации персонализированной программы наставничества»", "the section on changing the term of a personalized mentoring programme"),
    ];

    // The notes a source adds in brackets after a place.
    private static readonly Dictionary<string, (string Ru, string En)> Notes = new(StringComparer.Ordinal)
    {
        ["понятия"] = ("понятия", "definitions"),
        ["куратор"] = ("о кураторе", "on the curator"),
        ["в группе"] = ("наставничество в группе", "group mentoring"),
        ["реверсивное"] = ("реверсивное наставничество", "reverse mentoring"),
        ["права наставника"] = ("права наставника", "the mentor's rights"),
        ["права наставляемого"] = ("права наставляемого", "the mentee's rights"),
        ["обязанности наставника"] = ("обязанности наставника", "the mentor's duties"),
        ["обязанности наставляемого"] = ("обязанности наставляемого", "the mentee's duties"),
        ["last ¶"] = ("последний абзац", "last paragraph"),
    };

    // Sources that name no seed.
    private static readonly (string Contains, string Ru, string En)[] Others =
    [
        ("каталог", "необязательное правило каталога (по положениям других организаций)", "an optional rule of the catalogue (from other organizations' regulations)"),
        ("положения других организаций", "необязательное правило (по положениям других организаций)", "an optional rule (from other organizations' regulations)"),
    ];

    /// <summary>The source as a person reads it.</summary>
    /// <param name="source">The source as the catalogue writes it, such as <c>002 §2; 003 §2.3; TK 351.8</c>.</param>
    /// <param name="language"><c>ru</c> for Russian; English otherwise.</param>
    /// <returns>The readable citation, such as «Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), раздел 2; …; ТК РФ, ст. 351.8».</returns>
    public static string Readable(string source, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        var russian = string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase);
        return Rendered.GetOrAdd((source, russian), key => Render(key.Source, key.Russian));
    }

    private static string Render(string source, bool ru) =>
        string.Join("; ", source.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => Part(part, ru)));

    private static string Part(string part, bool ru)
    {
        if (LabourCode().Match(part) is { Success: true } labour)
        {
            return ru ? $"ТК РФ, ст. {labour.Groups["article"].Value}" : $"Labour Code of the Russian Federation, art. {labour.Groups["article"].Value}";
        }

        if (Seeds().Match(part) is not { Success: true } seeds)
        {
            return Others.FirstOrDefault(o => part.Contains(o.Contains, StringComparison.OrdinalIgnoreCase)) is { Ru: not null } other ? (ru ? other.Ru : other.En) : part;
        }

        var ids = seeds.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var rest = seeds.Groups["rest"].Value.Trim();
        if (ids.Length > 1)
        {
            var acts = string.Join(", ", ids.Select(id => ru ? Acts[id].Ru : Acts[id].En));
            return rest.StartsWith("roadmap", StringComparison.Ordinal)
                ? (ru ? $"дорожные карты к приказам {acts}" : $"the roadmaps of orders {acts}")
                : (ru ? $"приказы {acts}" : $"orders {acts}") + (rest.Length == 0 ? string.Empty : ", " + rest);
        }

        var document = Documents[ids[0]];
        var places = Places(rest, document, ru);
        var label = ru ? document.TitleRu : document.TitleEn;
        if (document.ActRu is not null)
        {
            label += ru ? $" ({document.ActRu})" : $" ({document.ActEn})";
        }

        return places.Count == 0 ? label : $"{label}, {string.Join(", ", places)}";
    }

    /// <summary>The places of one seed: «раздел 2», «п. 2.3», «п. 4.2 приказа», «п. 1 образца дорожной карты» …</summary>
    private static List<string> Places(string rest, Document document, bool ru)
    {
        var places = new List<string>();
        var context = Context.Main;
        foreach (var item in ItemSeparator().Split(rest).Select(i => i.Trim()).Where(i => i.Length != 0))
        {
            var text = item;
            if (ContextWord().Match(text) is { Success: true } switched)
            {
                context = switched.Groups["context"].Value switch
                {
                    "order" => Context.Order,
                    "district roadmap" => Context.DistrictRoadmap,
                    "roadmap" or "roadmaps" => Context.Roadmap,
                    "МР" or "MR" or "sample roadmap" => Context.SampleRoadmap,
                    _ => Context.Annex,
                };
                text = text[switched.Length..].Trim();
                if (context == Context.Annex)
                {
                    places.Add(ru ? $"приложение {text}" : $"annex {text}");
                    continue;
                }
            }

            var place = Place(text, ru);
            places.Add(Within(place, context, document, ru));
        }

        return places;
    }

    private static string Within(string place, Context context, Document document, bool ru)
    {
        if (context == Context.Main || (context == Context.Order && document.IsAct))
        {
            return place.Length == 0 ? (context == Context.Order ? (ru ? "приказ" : "the order") : place) : place;
        }

        var (whole, of) = context switch
        {
            Context.Order => ru ? ("приказ", "приказа") : ("the order", "of the order"),
            Context.Roadmap => ru ? ("дорожная карта", "дорожной карты") : ("the roadmap", "of the roadmap"),
            Context.DistrictRoadmap => ru ? ("дорожная карта района", "дорожной карты района") : ("the district's roadmap", "of the district's roadmap"),
            _ => ru ? ("образец дорожной карты", "образца дорожной карты") : ("the sample roadmap", "of the sample roadmap"),
        };
        return place.Length == 0 ? whole
            : place == "preamble" || place == "преамбула" ? (ru ? "преамбула приказа" : "the order's preamble")
            : $"{place} {of}";
    }

    /// <summary>One place: «§2.3» → «п. 2.3», «§2» → «раздел 2», «stage 5 п.2» → «этап 5, п. 2», «1.3» → «п. 1.3».</summary>
    private static string Place(string text, bool ru)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text == "preamble")
        {
            return ru ? "преамбула" : "preamble";
        }

        if (HeadingText().Match(text) is { Success: true } heading)
        {
            var words = heading.Groups["heading"].Value;
            var known = Headings.FirstOrDefault(h => words.StartsWith(h.Start, StringComparison.Ordinal));
            return known.Start is null ? (ru ? $"раздел «{words}»" : $"the section «{words}»") : ru ? known.Ru : known.En;
        }

        var parts = new List<string>();
        var match = PlaceText().Match(text);
        if (!match.Success)
        {
            return text;
        }

        if (match.Groups["stage"].Success)
        {
            var stage = match.Groups["stage"].Value;
            var plural = match.Groups["stages"].Value == "stages" || stage.Contains('–', StringComparison.Ordinal) || stage.Contains('-', StringComparison.Ordinal);
            parts.Add(ru ? $"{(plural ? "этапы" : "этап")} {stage}" : $"{(plural ? "stages" : "stage")} {stage}");
        }

        if (match.Groups["section"].Success)
        {
            var section = match.Groups["section"].Value;
            var isItem = section.Contains('.', StringComparison.Ordinal);
            var range = section.Contains('–', StringComparison.Ordinal) || section.Contains('-', StringComparison.Ordinal);
            parts.Add(isItem
                ? (ru ? $"{(range ? "пп." : "п.")} {section}" : $"{(range ? "items" : "item")} {section}")
                : (ru ? $"{(range ? "разделы" : "раздел")} {section}" : $"{(range ? "sections" : "section")} {section}"));
        }

        if (match.Groups["paragraph"].Success)
        {
            parts.Add(ru ? $"абзац {match.Groups["paragraph"].Value}" : $"paragraph {match.Groups["paragraph"].Value}");
        }

        if (match.Groups["item"].Success)
        {
            var item = match.Groups["item"].Value;
            parts.Add(match.Groups["section"].Success && match.Groups["section"].Value.Contains('.', StringComparison.Ordinal)
                ? (ru ? $"подпункт {item}" : $"sub-item {item}")
                : (ru ? $"п. {item}" : $"item {item}"));
        }

        if (match.Groups["number"].Success)
        {
            var number = match.Groups["number"].Value;
            var several = number.Contains('–', StringComparison.Ordinal) || number.Contains('-', StringComparison.Ordinal);
            parts.Add(ru ? $"{(several ? "показатели" : "показатель")} № {number}" : $"{(several ? "indicators" : "indicator")} No. {number}");
        }

        if (match.Groups["note"].Success)
        {
            var note = match.Groups["note"].Value.Trim();
            var readable = Notes.TryGetValue(note, out var known) ? (ru ? known.Ru : known.En) : ru ? note : null;
            if (readable is not null)
            {
                parts.Add(note == "last ¶" ? readable : $"({readable})");
            }
        }

        var bracketed = parts.Count > 0 && parts[^1].StartsWith('(') ? parts[^1] : null;
        var body = string.Join(", ", bracketed is null ? parts : parts.GetRange(0, parts.Count - 1));
        return bracketed is null ? body : body.Length == 0 ? bracketed : $"{body} {bracketed}";
    }

    [GeneratedRegex(@"^(?:TK|ТК)(?:\s+РФ)?,?\s*(?:ст\.\s*)?(?<article>\d+(?:\.\d+)?)$")]
    private static partial Regex LabourCode();

    [GeneratedRegex(@"^(?<ids>00[0-4](?:\s*,\s*00[0-4])*)(?=\s|$)(?<rest>.*)$")]
    private static partial Regex Seeds();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?<context>district roadmap|sample roadmap|roadmaps|roadmap|order|annex|МР|MR)(?=\s|$)")]
    private static partial Regex ContextWord();

    [GeneratedRegex(@"^«(?<heading>[^»]+)»$")]
    private static partial Regex HeadingText();

    [GeneratedRegex(@"^(?:(?<stages>stages?)\s+(?<stage>[\dIVX]+(?:[–-][\dIVX]+)?)\s*)?(?:§\s*(?<section>[\dIVX]+(?:\.\d+)*(?:[–-][\dIVX]+(?:\.\d+)*)?)\s*)?(?:¶\s*(?<paragraph>\d+)\s*)?(?:(?:п\.\s*)?(?<item>\d+(?:\.\d+)*)\s*)?(?:№\s*(?<number>\d+(?:[–-]\d+)?)\s*)?(?:\((?<note>[^)]*)\))?$")]
    private static partial Regex PlaceText();

    private enum Context
    {
        Main,
        Order,
        Roadmap,
        DistrictRoadmap,
        SampleRoadmap,
        Annex,
    }

    /// <summary>A seed: its title, the act that approved it (null when the title is the act), and whether the seed is the act itself.</summary>
    private sealed record Document(string TitleRu, string TitleEn, string? ActRu, string? ActEn, bool IsAct);
}
