using System.Text;

namespace Mentoring.Regulations;

/// <summary>
/// Renders a <see cref="ConformityReport"/> as one self-contained HTML page in the style of the monitoring report
/// (Mentoring.Rules' <c>HtmlReport</c>): inline CSS with print rules, no scripts, nothing loaded from the network, tables
/// that turn into stacked cards on a narrow screen, provision identifiers only in the details column, every text escaped.
/// The same report gives the same bytes.
/// </summary>
internal static class ConformityHtml
{
    public static string Render(ConformityReport report, bool russian)
    {
        string T(string ru, string en) => russian ? ru : en;

        // The quotes stay as the documents wrote them: in an English page they are marked as Russian.
        var quoteLang = russian ? string.Empty : " lang=\"ru\"";
        var html = new StringBuilder();
        var title = T("Соответствие Положения примерному положению", "The regulation against the federal model");
        var document = report.Document.Title ?? report.Document.Origin;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(russian ? "ru" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(": ").Append(E(report.Document.Origin)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\"").Append(report.Document.Title is null ? string.Empty : quoteLang).Append('>').Append(E(document)).Append("</p>\n</header>\n");

        // The summary: which document, against what, and the counts.
        html.Append("<section id=\"summary\">\n<h2>").Append(T("Итоги", "Summary")).Append("</h2>\n<dl class=\"facts\">\n");
        if (report.Document.Title is { } documentTitle)
        {
            html.Append("<dt>").Append(T("Положение", "Regulation")).Append("</dt><dd").Append(quoteLang).Append('>').Append(E(documentTitle)).Append("</dd>\n");
        }

        html.Append("<dt>").Append(T("Файл", "File")).Append("</dt><dd>").Append(E(report.Document.Origin)).Append("</dd>\n")
            .Append("<dt>").Append(T("Образец", "Model")).Append("</dt><dd>")
            .Append(T(
                "Примерное положение о системе наставничества педагогических работников; ТК РФ, ст. 351.8 (с 01.03.2025)",
                "The federal model regulation on the mentoring of teachers; the Labour Code, art. 351.8 (from 01.03.2025)"))
            .Append("</dd>\n</dl>\n<ul class=\"counts\">\n");
        Count(html, "done", report.Items.Count(i => i.Status == ConformityStatus.Present), Status(ConformityStatus.Present, russian), T("Положение говорит то же, что образец", "the regulation says what the model says"));
        Count(html, "warning", report.Items.Count(i => i.Status == ConformityStatus.Different), Status(ConformityStatus.Different, russian), T("Положение говорит об этом по-другому", "the regulation says something else"));
        Count(html, "error", report.Items.Count(i => i.Status == ConformityStatus.Absent), Status(ConformityStatus.Absent, russian), T("в тексте Положения не найдено", "not found in the regulation's text"));
        html.Append("</ul>\n<p class=\"note\">")
            .Append(T(
                "Итог найден по словам текста: это подсказка проверяющему, а не заключение. Цитаты приведены так, как они записаны в документах.",
                "Each status is found from the words of the text: a hint for the reviewer, not a conclusion. The quotes are as the documents wrote them."))
            .Append("</p>\n</section>\n");

        // One row per provision of the model, in the report's order.
        html.Append("<section id=\"provisions\">\n<h2>").Append(T("Положения образца", "The model's provisions")).Append("</h2>\n")
            .Append("<table class=\"stack conformity\">\n<thead><tr><th>").Append(T("Итог", "Status")).Append("</th><th class=\"provision\">").Append(T("Положение образца", "Provision"))
            .Append("</th><th class=\"quote\">").Append(T("В Положении организации", "In the school's regulation"))
            .Append("</th><th class=\"quote\">").Append(T("В образце", "In the model"))
            .Append("</th><th class=\"details\">").Append(T("Подробности", "Details")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var item in report.Items)
        {
            var css = item.Status.ToString().ToLowerInvariant();
            html.Append("<tr class=\"").Append(css).Append("\" data-provision=\"").Append(E(item.Id)).Append("\">")
                .Append("<td data-label=\"").Append(T("Итог", "Status")).Append("\" class=\"verdict\"><span class=\"tag\">").Append(E(Status(item.Status, russian))).Append("</span></td>")
                .Append("<td data-label=\"").Append(T("Положение образца", "Provision")).Append("\">").Append(E(russian ? item.TitleRu : item.TitleEn)).Append("</td>")
                .Append("<td data-label=\"").Append(T("В Положении организации", "In the school's regulation")).Append("\">");
            if (item.SchoolQuote is { } quote && item.SchoolClause is { } clause)
            {
                html.Append("<blockquote").Append(quoteLang).Append(">«").Append(E(quote)).Append("»</blockquote><div class=\"clause\">")
                    .Append(E(russian ? clause.Place : clause.PlaceEn)).Append("</div>");
            }
            else
            {
                html.Append("<span class=\"missing\">").Append(T("не найдено", "not found")).Append("</span>");
            }

            if ((russian ? item.NoteRu : item.NoteEn) is { } note)
            {
                html.Append("<div class=\"note\">").Append(T("Примечание", "Note")).Append(": ").Append(E(note)).Append("</div>");
            }

            html.Append("</td><td data-label=\"").Append(T("В образце", "In the model")).Append("\" class=\"source\"><blockquote").Append(quoteLang).Append(">«").Append(E(item.ModelQuote))
                .Append("»</blockquote><div class=\"clause\"").Append(quoteLang).Append('>').Append(E(item.ModelSource)).Append("</div></td>")
                .Append("<td data-label=\"").Append(T("Подробности", "Details")).Append("\" class=\"details\"><code>").Append(E(item.Id)).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n<footer>")
            .Append(T(
                "Отчёт сформирован автоматически по тексту Положения. Коды положений образца приведены только в столбце «Подробности».",
                "Generated from the regulation's text. The provisions' codes appear only in the Details column."))
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Status(ConformityStatus status, bool russian) => status switch
    {
        ConformityStatus.Present => russian ? "есть" : "present",
        ConformityStatus.Different => russian ? "иначе" : "different",
        _ => russian ? "нет" : "absent",
    };

    private static void Count(StringBuilder html, string css, int number, string what, string note) =>
        html.Append("<li class=\"").Append(css).Append("\"><b>").Append(number).Append("</b> ").Append(E(what)).Append("<br><small>").Append(E(note)).Append("</small></li>\n");

    private static string E(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    // The monitoring report's palette, type, tables, tags, counts, narrow-screen cards and print rules (Mentoring.Rules, HtmlReport).
    private const string Css = """
        :root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --bar: #3f6fb5; --pass: #2e7d4f; --fail: #b3261e; --warn: #b26a00; }
        * { box-sizing: border-box; }
        body { font-family: "PT Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 1120px; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
        .meta, .note, .clause, footer { color: var(--muted); }
        .note { font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
        thead th { background: #f1f4f8; }
        .missing { color: var(--warn); }
        .tag { display: inline-block; font-size: .75rem; border-radius: 3px; padding: 0 .35rem; color: #fff; background: var(--fail); white-space: nowrap; }
        code { font-size: .85em; }
        td, th, dd, li, p, blockquote { overflow-wrap: break-word; }
        blockquote { margin: 0 0 .2rem; padding-left: .5rem; border-left: 3px solid var(--line); }
        table.conformity td, table.conformity blockquote, dl.facts dd { overflow-wrap: anywhere; }
        .clause { font-size: .8rem; }
        td .note { font-size: .85rem; margin-top: .2rem; }
        table.conformity td.verdict, table.conformity td.details, table.conformity th.details { white-space: nowrap; }
        table.conformity th.provision { min-width: 10rem; }
        table.conformity th.quote { width: 33%; }
        dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: .5rem 0 1rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        ul.counts { list-style: none; padding: 0; margin: .5rem 0 1rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(200px, 100%), 1fr)); gap: .5rem; }
        ul.counts li { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; padding: .4rem .6rem; }
        ul.counts li b { font-size: 1.5rem; margin-right: .25rem; }
        ul.counts li small { color: var(--muted); }
        ul.counts li.error { border-left-color: var(--fail); }
        ul.counts li.warning { border-left-color: var(--warn); }
        ul.counts li.done { border-left-color: var(--pass); }
        td.source { font-size: .85rem; color: var(--muted); }
        td.details { font-size: .8rem; color: var(--muted); }
        tr.present .tag { background: var(--pass); }
        tr.different .tag { background: var(--warn); }
        tr.absent .tag { background: var(--fail); }
        @media (max-width: 640px) {
          body { margin: 1rem auto; padding: 0 .75rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: .35rem; }
          table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
          table.stack thead { display: none; }
          table.stack tr { border: 1px solid var(--line); border-radius: 4px; margin-bottom: .6rem; }
          table.stack th, table.stack td { border: none; border-bottom: 1px solid var(--line); text-align: left; }
          table.stack td[data-label]::before { content: attr(data-label); display: block; font-size: .75rem; font-weight: normal; color: var(--muted); }
          td, th, dd, li, p, blockquote { overflow-wrap: anywhere; }
          table.conformity td.details { white-space: normal; }
        }
        footer { margin-top: 2rem; font-size: .8rem; border-top: 1px solid var(--line); padding-top: .5rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .tag { border: 1px solid var(--fail); color: var(--fail); background: none; }
          tr.present .tag { border-color: var(--pass); color: var(--pass); }
          tr.different .tag { border-color: var(--warn); color: var(--warn); }
        }

        """;
}
