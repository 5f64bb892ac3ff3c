using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mentoring.Regulations.Extraction;

namespace Mentoring.Regulations;

/// <summary>
/// A draft edition read from a school's Положение: the bundled edition it inherits, each setting with the sentence and
/// place it rests on (written as the rule's <c>because</c>), and the sentences it could not map, so that a person
/// finishes the draft rather than starts it.
/// </summary>
/// <remarks>
/// The draft inherits <c>federal-2021</c> unless the text names one of the municipal acts the library bundles
/// (Краснокутский, Ивантеевский, Воскресенский район; г. Аргун; г. Смоленск). Two sentences that set one parameter to
/// different values set nothing: both are listed as unmapped. A program term stated on one side only («не менее одного
/// года») leaves the other side without a bound (<c>null</c>), as the school's text states none.
/// </remarks>
/// <example>
/// <code>
/// var draft = EditionDraft.Create(RegulationDocument.Read("polozhenie.pdf"));
/// File.WriteAllText("my-school.json", draft.ToJson());
/// var edition = EditionFile.Read("my-school.json");   // loads like any edition
/// </code>
/// </example>
public sealed partial class EditionDraft
{
    private static readonly (Regex Pattern, string Edition)[] Municipalities =
    [
        (new(@"Краснокутск", RegexOptions.CultureInvariant), "krasnokutsky-2022"),
        (new(@"Ивантеевск", RegexOptions.CultureInvariant), "ivanteevka-2021"),
        (new(@"Воскресенск[а-я]*\s+(?:муниципальн[а-я]*\s+)?район", RegexOptions.CultureInvariant), "voskresensky-2023"),
        (new(@"(?<![А-Яа-я])Аргун(?![а-я])|г\.\s*Аргун", RegexOptions.CultureInvariant), "argun-2021"),
        (new(@"(?:г\.|города|городе)\s*Смоленск", RegexOptions.CultureInvariant), "smolensk-2022"),
    ];

    private EditionDraft(RegulationDocument document, string id, string inherits, IReadOnlyList<DraftSetting> settings, IReadOnlyList<UnmappedSentence> unmapped)
    {
        Document = document;
        Id = id;
        Inherits = inherits;
        Settings = settings;
        Unmapped = unmapped;
    }

    /// <summary>The document the draft was read from.</summary>
    public RegulationDocument Document { get; }

    /// <summary>The draft edition's identifier (from the file name: <c>draft-…</c>).</summary>
    public string Id { get; }

    /// <summary>The bundled edition the draft inherits.</summary>
    public string Inherits { get; }

    /// <summary>The settings, in catalogue order of discovery.</summary>
    public IReadOnlyList<DraftSetting> Settings { get; }

    /// <summary>The sentences not mapped, in document order.</summary>
    public IReadOnlyList<UnmappedSentence> Unmapped { get; }

    /// <summary>Reads the draft from a document.</summary>
    /// <param name="document">The Положение.</param>
    /// <param name="id">The edition's identifier; by default <c>draft-</c> and the file name's Latin letters and digits.</param>
    /// <returns>The draft.</returns>
    public static EditionDraft Create(RegulationDocument document, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (findings, unmappedFound) = ClauseExtractor.Read(document.Clauses);
        var unmapped = unmappedFound.Select(u => new UnmappedSentence(u.Sentence, u.Clause, u.ReasonRu, u.ReasonEn)).ToList();

        // One value per (rule, parameter): disagreeing sentences set nothing.
        var settings = new List<DraftSetting>();
        foreach (var group in findings.GroupBy(f => (f.RuleId, f.Parameter)))
        {
            var values = group.Select(f => f.Value).Distinct(SameValue.Instance).ToList();
            if (values.Count > 1)
            {
                foreach (var f in group.DistinctBy(f => f.Sentence))
                {
                    unmapped.Add(new UnmappedSentence(f.Sentence, f.Clause, $"предложения дают разные значения параметра {f.RuleId}.{f.Parameter}", $"the sentences give different values of {f.RuleId}.{f.Parameter}"));
                }

                continue;
            }

            var first = group.First();
            settings.Add(new DraftSetting(first.RuleId, first.Parameter, first.Value, first.Sentence, first.Clause));
        }

        // A term bounded on one side only has no bound on the other.
        var min = settings.FirstOrDefault(s => s is { RuleId: "program.duration", Parameter: "minMonths" });
        var max = settings.FirstOrDefault(s => s is { RuleId: "program.duration", Parameter: "maxMonths" });
        var conflicted = unmapped.Any(u => u.ReasonEn.Contains("program.duration", StringComparison.Ordinal));
        if (!conflicted && min is not null && max is null)
        {
            settings.Add(new DraftSetting("program.duration", "maxMonths", null, min.Quote, min.Clause));
        }
        else if (!conflicted && max is not null && min is null)
        {
            settings.Add(new DraftSetting("program.duration", "minMonths", null, max.Quote, max.Clause));
        }

        // Switches only where they carry parameters that survived, or stand alone (pair.order-after-council).
        settings.RemoveAll(s => s.Parameter is null && s.RuleId is not ("pair.order-after-council" or "pair.order-states-term") && !settings.Any(o => o.RuleId == s.RuleId && o.Parameter is not null));
        var order = document.Clauses.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        unmapped = [.. unmapped.OrderBy(u => order[u.Clause])];
        return new EditionDraft(document, id ?? IdFrom(document.Origin), InheritsFrom(document), settings, unmapped);
    }

    /// <summary>The edition file (JSON, the format of docs/editions.md): the unmapped sentences are comments at its top.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://example.org/mentoring-domain/edition.schema.json");
            json.WriteCommentValue(Comment($"Черновик редакции, прочитанный из «{Document.Origin}» командой mentoring edition draft: проверьте каждую настройку по тексту."));
            foreach (var u in Unmapped)
            {
                json.WriteCommentValue(Comment($"НЕ ПЕРЕНЕСЕНО ({u.Clause.Place}; {u.ReasonRu}): «{u.Quote}»"));
            }

            // «до N лет» is read as «моложе N лет» / «менее N лет» (N excluded, docs/editions.md): a person checks it against the sentence.
            foreach (var bound in Settings.Where(b => b.Value is string words && words.Contains("до ", StringComparison.Ordinal) && !words.EndsWith("включительно", StringComparison.Ordinal)))
            {
                json.WriteCommentValue(Comment($"ПРОВЕРЬТЕ ({bound.Clause.Place}): {bound.RuleId}.{bound.Parameter} = «{bound.Value}» прочитано без включения верхней границы («до 35 лет» — моложе 35 лет); если положение включает её, напишите «… включительно»: «{bound.Quote}»"));
            }

            json.WriteString("id", Id);
            json.WriteStartObject("title");
            json.WriteString("ru", Document.Title ?? $"Положение о наставничестве ({Document.Origin})");
            json.WriteString("en", $"Mentoring regulation read from {Document.Origin} (draft)");
            json.WriteEndObject();
            json.WriteString("inherits", Inherits);
            json.WriteString("appliesFrom", "regulation-order");
            json.WriteStartObject("rules");
            foreach (var rule in Settings.GroupBy(s => s.RuleId))
            {
                json.WriteStartObject(rule.Key);
                if (rule.Any(s => s.Parameter is null))
                {
                    json.WriteBoolean("enabled", true);
                }

                var parameters = rule.Where(s => s.Parameter is not null).ToList();
                if (parameters.Count > 0)
                {
                    json.WriteStartObject("parameters");
                    foreach (var p in parameters)
                    {
                        json.WritePropertyName(p.Parameter!);
                        switch (p.Value)
                        {
                            case null: json.WriteNullValue(); break;
                            case int n: json.WriteNumberValue(n); break;
                            case bool b: json.WriteBooleanValue(b); break;
                            case IReadOnlyList<string> list:
                                json.WriteStartArray();
                                foreach (var item in list)
                                {
                                    json.WriteStringValue(item);
                                }

                                json.WriteEndArray();
                                break;
                            default: json.WriteStringValue(Convert.ToString(p.Value, CultureInfo.InvariantCulture)); break;
                        }
                    }

                    json.WriteEndObject();
                }

                var sources = rule.DistinctBy(s => s.Quote).ToList();
                json.WriteStartObject("because");
                json.WriteString("ru", string.Join("; ", sources.Select(s => $"{Document.Title ?? Document.Origin}, {s.Clause.Place}: «{Shorten(s.Quote)}»")));
                json.WriteString("en", string.Join("; ", sources.Select(s => $"School regulation ({Document.Origin}), {s.Clause.PlaceEn}: quoted in Russian (read by mentoring edition draft).")));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Comment(string text) => text.Replace("*/", "* /", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Shorten(string quote) => quote.Length <= 600 ? quote : quote[..599] + "…";

    private static string InheritsFrom(RegulationDocument document)
    {
        foreach (var clause in document.Clauses)
        {
            foreach (var (pattern, edition) in Municipalities)
            {
                if (pattern.IsMatch(clause.Text) && Regex.IsMatch(clause.Text, "приказ|управлени|положени|район|округ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                {
                    return edition;
                }
            }
        }

        return "federal-2021";
    }

    private static string IdFrom(string origin)
    {
        var name = Path.GetFileNameWithoutExtension(origin).ToLowerInvariant();
        var slug = NotId().Replace(name, "-").Trim('-', '.');
        return slug.Length == 0 ? "school-draft" : "draft-" + (slug.Length > 60 ? slug[..60].TrimEnd('-', '.') : slug);
    }

    /// <summary>Values compared by content: a list of choices equals another with the same items in the same order.</summary>
    private sealed class SameValue : IEqualityComparer<object?>
    {
        internal static readonly SameValue Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is IReadOnlyList<string> a && y is IReadOnlyList<string> b ? a.SequenceEqual(b, StringComparer.Ordinal) : object.Equals(x, y);

        public int GetHashCode(object? obj) =>
            obj is IReadOnlyList<string> list ? string.Join(",", list).GetHashCode(StringComparison.Ordinal) : obj?.GetHashCode() ?? 0;
    }

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex NotId();
}
