using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mentoring.Regulations.Extraction;

namespace Mentoring.Regulations;

/// <summary>
/// A school's Положение against the federal model (seed 002, edition <c>federal-2021</c>): for each provision a school's
/// Положение must carry — the mentor's written consent, the program's term, the curator, the pairing order, completion
/// grounds, publication on the website, and from 01.03.2025 the Labour Code's art. 351.8 — whether it is present,
/// absent or different, with the school's and the model's words.
/// </summary>
/// <example>
/// <code>
/// var report = ConformityReport.Create(RegulationDocument.Read("polozhenie.docx"));
/// Console.WriteLine(report.ToText(russian: true));
/// </code>
/// </example>
public sealed class ConformityReport
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private ConformityReport(RegulationDocument document, IReadOnlyList<ConformityItem> items)
    {
        Document = document;
        Items = items;
    }

    /// <summary>The school's Положение.</summary>
    public RegulationDocument Document { get; }

    /// <summary>The model's provisions in a fixed order, each with its status.</summary>
    public IReadOnlyList<ConformityItem> Items { get; }

    /// <summary>Checks a Положение against the federal model.</summary>
    /// <param name="document">The school's Положение.</param>
    /// <returns>The report.</returns>
    public static ConformityReport Create(RegulationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = Sentences.Of(document.Clauses).Select(s => (Text: s.Sentence, Lower: s.Sentence.ToLowerInvariant().Replace('ё', 'е'), s.Clause)).ToList();
        (string, RegulationClause)? Find(params string[] patterns)
        {
            foreach (var s in sentences)
            {
                if (patterns.All(p => Regex.IsMatch(s.Lower, p, Options)))
                {
                    return (s.Text, s.Clause);
                }
            }

            return null;
        }

        var items = new List<ConformityItem>();
        void Add(string id, string ru, string en, string source, string model, ConformityStatus status, (string Text, RegulationClause Clause)? school, string? noteRu = null, string? noteEn = null) =>
            items.Add(new ConformityItem(id, ru, en, source, model, school is null ? ConformityStatus.Absent : status, school?.Text, school?.Clause, noteRu, noteEn));

        // The mentor's written consent.
        var written = Find("наставник", "назнач|закрепл", "письменн[а-я]*\\s+(?:[а-я]+\\s+)?согласи|согласи[а-я]*\\s+в письменной форме");
        var other = Find("наставник", "назнач|закрепл", "обоюдн[а-я]*\\s+(?:[а-я]+\\s+)?согласи|(?<!письменного )(?<!письменному )согласи", "^(?!.*продлен)(?!.*срок)");
        Add("consent", "Согласие педагога на назначение наставником", "The teacher's consent to be appointed mentor", "Примерное положение, разд. 2",
            "Педагогический работник назначается наставником с его письменного согласия приказом руководителя образовательной организации.",
            written is not null ? ConformityStatus.Present : ConformityStatus.Different, written ?? other,
            written is null && other is not null ? "согласие не названо письменным" : null, written is null && other is not null ? "the consent is not said to be written" : null);

        // The program's term.
        var (findings, _) = ClauseExtractor.Read(document.Clauses);
        var term = findings.Where(f => f.RuleId == "program.duration").ToList();
        var modelTerm = term.Any(f => f is { Parameter: "minMonths", Value: 3 }) && term.Any(f => f is { Parameter: "maxMonths", Value: 12 });
        var termSentence = term.Count > 0 ? (term[0].Sentence, term[0].Clause) : Find("срок|продолжительн", "программ[а-я]*\\s+наставничеств|наставничеств[а-я]*\\s+(?:устанавлива|осуществля|реализу)", "месяц|год|лет|период");
        Add("term", "Срок персонализированной программы наставничества", "The term of the personalized program", "Примерное положение, разд. 1",
            "Персонализированная программа наставничества – это краткосрочная персонализированная программа (от 3 месяцев до 1 года)…",
            modelTerm ? ConformityStatus.Present : ConformityStatus.Different, termSentence,
            !modelTerm && termSentence is not null ? "срок отличается от «от 3 месяцев до 1 года»" : null, !modelTerm && termSentence is not null ? "the term differs from 3 to 12 months" : null);

        // The curator from the deputy heads.
        var deputy = Find("куратор", "из числа\\s+заместител");
        var curator = Find("куратор");
        Add("curator", "Куратор из числа заместителей руководителя", "A curator from the deputy heads", "Примерное положение, разд. 2",
            "Куратор реализации программ наставничества: назначается руководителем образовательной организации из числа заместителей руководителя.",
            deputy is not null ? ConformityStatus.Present : ConformityStatus.Different, deputy ?? curator,
            deputy is null && curator is not null ? "куратор не назначается из числа заместителей руководителя" : null, deputy is null && curator is not null ? "the curator is not appointed from the deputy heads" : null);

        // The pairing order with the participants' written consent.
        var order = Find("приказ", "закрепл|прикрепл|назнач", "наставническ[а-я]*\\s+пар|пар[а-я]*\\s*/\\s*групп|наставник[а-я]*\\s+(?:и|за)\\s+наставляем|наставник[а-я]*\\s+закрепля", "письменн[а-я]*\\s+(?:[а-я]+\\s+)?согласи");
        var orderOther = Find("приказ", "закрепл|прикрепл|назнач", "наставническ[а-я]*\\s+пар|пар[а-я]*\\s*/\\s*групп|наставник[а-я]*\\s+(?:и|за)\\s+наставляем|наставник[а-я]*\\s+закрепля");
        Add("pairing-order", "Приказ о закреплении пар с письменного согласия участников", "The pairing order with the participants' written consent", "Примерное положение, разд. 2",
            "Руководитель образовательной организации издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью.",
            order is not null ? ConformityStatus.Present : ConformityStatus.Different, order ?? orderOther,
            order is null && orderOther is not null ? "не сказано о письменном согласии участников" : null, order is null && orderOther is not null ? "the participants' written consent is not mentioned" : null);

        // Completion grounds.
        var completion = Find("заверш|прекращ", "программ|наставничеств", "в случае|досрочно|основани");
        Add("completion", "Основания завершения программы наставничества", "The grounds on which a program ends", "Примерное положение, разд. 4",
            "Завершение персонализированной программы наставничества происходит в случае: завершения плана мероприятий персонализированной программы наставничества в полном объеме; по инициативе наставника или наставляемого и/или обоюдному решению (по уважительным обстоятельствам); по инициативе куратора…",
            ConformityStatus.Present, completion);

        // Publication on the website.
        var website = Find("сайт", "наставничеств|программ|размещ|публику");
        Add("website", "Раздел о наставничестве на сайте организации", "A section on mentoring on the school's website", "Примерное положение, разд. 5",
            "Для размещения информации о реализации персонализированной программы наставничества педагогических работников на официальном сайте образовательной организации создается специальный раздел (рубрика).",
            ConformityStatus.Present, website);

        // TK 351.8: the employment contract or its addendum, from 01.03.2025.
        var labour = Find("351\\.8") ?? Find("трудов[а-я]*\\s+договор|дополнительн[а-я]*\\s+соглашени", "наставни");
        Add("tk-351.8", "Наставничество в трудовом договоре или дополнительном соглашении (ТК РФ, ст. 351.8, с 01.03.2025)", "Mentoring in the employment contract or its addendum (Labour Code art. 351.8, from 01.03.2025)", "ТК РФ, ст. 351.8 (Федеральный закон от 09.11.2024 № 381-ФЗ)",
            "В трудовом договоре или дополнительном соглашении к трудовому договору … указываются содержание, сроки и форма выполнения такой работы.",
            ConformityStatus.Present, labour, labour is null ? "обязательно для всех работодателей с 01.03.2025" : null, labour is null ? "binding on every employer from 01.03.2025" : null);

        return new ConformityReport(document, items);
    }

    /// <summary>The report as text: one block per provision with its status and both quotes.</summary>
    /// <param name="russian">Russian (true) or English headings and statuses; the quotes stay as written.</param>
    /// <returns>The text.</returns>
    public string ToText(bool russian = true)
    {
        var text = new StringBuilder();
        text.AppendLine(russian ? $"Соответствие примерному положению: {Document.Title ?? Document.Origin}" : $"Conformity with the federal model: {Document.Title ?? Document.Origin}");
        foreach (var item in Items)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"[{Status(item.Status, russian)}] {(russian ? item.TitleRu : item.TitleEn)}");
            if (item.SchoolQuote is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(russian ? "Положение" : "School")} ({(russian ? item.SchoolClause!.Place : item.SchoolClause!.PlaceEn)}): «{item.SchoolQuote}»");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {(russian ? "Образец" : "Model")} ({item.ModelSource}): «{item.ModelQuote}»");
            if ((russian ? item.NoteRu : item.NoteEn) is { } note)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(russian ? "Примечание" : "Note")}: {note}");
            }
        }

        var counts = Items.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());
        text.AppendLine();
        text.AppendLine(russian
            ? $"Итого: есть — {counts.GetValueOrDefault(ConformityStatus.Present)}, иначе — {counts.GetValueOrDefault(ConformityStatus.Different)}, нет — {counts.GetValueOrDefault(ConformityStatus.Absent)}."
            : $"Total: present {counts.GetValueOrDefault(ConformityStatus.Present)}, different {counts.GetValueOrDefault(ConformityStatus.Different)}, absent {counts.GetValueOrDefault(ConformityStatus.Absent)}.");
        return text.ToString();
    }

    /// <summary>
    /// The report as one self-contained HTML page in the style of the monitoring report (<c>mentoring report</c>): a summary
    /// with the counts, then one row per provision of the model with its status, the school's quote and place (пункт,
    /// page), the model's quote and source; inline CSS with print rules, no scripts, nothing loaded from the network.
    /// </summary>
    /// <param name="russian">Russian (true) or English headings, statuses and notes; the page's <c>lang</c> follows. The quotes stay as written (marked <c>lang="ru"</c> in an English page).</param>
    /// <returns>The HTML document; the same report gives the same text.</returns>
    public string ToHtml(bool russian = true) => ConformityHtml.Render(this, russian);

    /// <summary>The report as JSON: <c>{ "document", "title", "items": [ { "id", "status", "title": {ru, en}, "school": {quote, place, page}, "model": {source, quote}, "note" } ] }</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("document", Document.Origin);
            json.WriteString("title", Document.Title);
            json.WriteStartArray("items");
            foreach (var item in Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("status", item.Status.ToString().ToLowerInvariant());
                json.WriteStartObject("title");
                json.WriteString("ru", item.TitleRu);
                json.WriteString("en", item.TitleEn);
                json.WriteEndObject();
                if (item.SchoolQuote is not null)
                {
                    json.WriteStartObject("school");
                    json.WriteString("quote", item.SchoolQuote);
                    json.WriteString("place", item.SchoolClause!.Place);
                    json.WriteNumber("page", item.SchoolClause.Page);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("school");
                }

                json.WriteStartObject("model");
                json.WriteString("source", item.ModelSource);
                json.WriteString("quote", item.ModelQuote);
                json.WriteEndObject();
                if (item.NoteRu is not null)
                {
                    json.WriteStartObject("note");
                    json.WriteString("ru", item.NoteRu);
                    json.WriteString("en", item.NoteEn);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Status(ConformityStatus status, bool russian) => status switch
    {
        ConformityStatus.Present => russian ? "есть" : "present",
        ConformityStatus.Different => russian ? "иначе" : "different",
        _ => russian ? "нет" : "absent",
    };
}
