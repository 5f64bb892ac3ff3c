using System.Globalization;
using System.Text;
using Mentoring.Domain;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Roadmaps;

namespace Mentoring.Rules.Reporting;

/// <summary>
/// Renders the monitoring report as one self-contained HTML page in Russian: inline CSS (with print rules), inline SVG
/// bar charts, no scripts and nothing loaded from the network.
/// </summary>
/// <remarks>
/// 003 §7.7 (the indicators by year, the 70 % target of the order preamble drawn as a line), the roadmaps of 000–004
/// (rule <c>roadmap.deadline</c>), and first a summary (who, the edition by its title, the counts of errors, warnings
/// and unknowns), then the findings of every organization with their sources by document title, and the rules the
/// edition does not check (readings.md, principle 2). Rule and record identifiers appear only in the details column.
/// Tables turn into stacked cards on a narrow screen. The output depends only on the input: the same input gives the same bytes.
/// </remarks>
public static class HtmlReport
{
    private const int ChartWidth = 360;
    private const int ChartHeight = 200;
    private const int Left = 44;
    private const int Right = 58;
    private const int Top = 16;
    private const int Bottom = 28;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Renders the report.</summary>
    /// <param name="input">What to show.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = new StringBuilder();
        var title = input.Title ?? "Мониторинг системы наставничества";
        html.Append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\">по состоянию на ").Append(D(input.AsOf)).Append("</p>\n</header>\n");
        Summary(html, input);
        Findings(html, input);
        NotChecked(html, input);
        Roadmaps(html, input.Roadmaps, input.Redact);
        Indicators(html, input.Indicators);
        html.Append("<footer>Отчёт сформирован автоматически по данным дел о наставничестве. Коды правил и записей приведены только в столбце «Подробности».</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Indicators(StringBuilder html, IReadOnlyList<IndicatorReport> years)
    {
        html.Append("<section id=\"indicators\">\n<h2>Показатели реализации целевой модели наставничества</h2>\n");
        if (years.Count == 0)
        {
            html.Append("<p class=\"empty\">Показатели не рассчитывались.</p>\n</section>\n");
            return;
        }

        var settings = years[0].Settings;
        html.Append("<p class=\"note\">").Append(E(Citations.Readable("003 §7.7 №1–7, order preamble", "ru"))).Append(": не менее ").Append(P(settings.Target))
            .Append(" учителей в возрасте до ").Append(settings.AgeUnder).Append(" лет в первые ").Append(settings.FirstYears)
            .Append(" года работы вовлечены в формы поддержки. Возраст и стаж — на последний день периода.</p>\n<div class=\"charts\">\n");
        foreach (var definition in IndicatorCatalog.All)
        {
            var values = years.Select(y => y[definition.Id]).ToArray();
            html.Append("<figure class=\"chart\" data-indicator=\"").Append(definition.Id).Append("\">\n");
            Chart(html, definition, values);
            html.Append("<figcaption><b>").Append(definition.Number is { } n ? $"№{n}. " : "Цель. ").Append(E(definition.TitleRu))
                .Append("</b><br><span class=\"id\">").Append(E(Citations.Readable(definition.Source, "ru"))).Append("</span></figcaption>\n</figure>\n");
        }

        html.Append("</div>\n<table class=\"stack values\">\n<caption>Значения и исходные данные</caption>\n<thead><tr><th>Показатель</th>");
        foreach (var year in years)
        {
            html.Append("<th>").Append(year.Year).Append(year.Period.End.Month != 12 || year.Period.End.Day != 31 ? $" (по {D(year.Period.End)})" : string.Empty).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var definition in IndicatorCatalog.All)
        {
            html.Append("<tr data-indicator=\"").Append(definition.Id).Append("\"><th scope=\"row\">").Append(definition.Number is { } n ? $"№{n}. " : "Цель. ").Append(E(definition.TitleRu)).Append("</th>");
            foreach (var year in years)
            {
                var v = year[definition.Id];
                html.Append("<td data-label=\"").Append(year.Year).Append("\">").Append(ValueText(v));
                if (v.Denominator is { } den)
                {
                    html.Append("<br><small>").Append(v.Numerator).Append(" из ").Append(den).Append("</small>");
                }

                if (v.TargetMet is { } met)
                {
                    html.Append(met ? "<br><span class=\"pass\">цель достигнута</span>" : "<br><span class=\"fail\">цель не достигнута</span>");
                }

                var unknown = v.ItemsWith(IndicatorItemStatus.Unknown);
                if (unknown.Count != 0)
                {
                    html.Append("<br><small class=\"missing\">нет данных: ")
                        .Append(E(string.Join(", ", unknown.Select(i => $"{i.Subject} ({i.ReasonRu})")))).Append("</small>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Chart(StringBuilder html, IndicatorDefinition definition, IndicatorValue[] values)
    {
        var plotWidth = ChartWidth - Left - Right;
        var plotHeight = ChartHeight - Top - Bottom;
        var max = definition.IsShare ? 1m : NiceMax(values.Max(v => v.Numerator));
        decimal Y(decimal value) => Top + plotHeight - (value / max * plotHeight);

        html.Append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(ChartHeight)
            .Append("\" width=\"").Append(ChartWidth).Append("\" height=\"").Append(ChartHeight).Append("\" role=\"img\" aria-label=\"")
            .Append(E(definition.TitleRu)).Append("\">\n");
        for (var i = 0; i <= 4; i++)
        {
            var tick = max * i / 4;
            var y = Y(tick);
            html.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(ChartWidth - Right).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y)).Append("\"/>")
                .Append("<text class=\"tick\" x=\"").Append(Left - 4).Append("\" y=\"").Append(N(y + 4)).Append("\" text-anchor=\"end\">")
                .Append(definition.IsShare ? $"{N(tick * 100)}%" : N(tick)).Append("</text>\n");
        }

        var slot = (decimal)plotWidth / Math.Max(values.Length, 1);
        var barWidth = Math.Min(slot * 0.6m, 56m);
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            var x = Left + (slot * i) + ((slot - barWidth) / 2);
            var center = Left + (slot * i) + (slot / 2);
            html.Append("<text class=\"year\" x=\"").Append(N(center)).Append("\" y=\"").Append(ChartHeight - 10).Append("\" text-anchor=\"middle\">")
                .Append(v.Period.Start.Year).Append("</text>");
            if (v.Value is { } value)
            {
                var top = Y(value);
                var cls = v.TargetMet switch { true => "bar pass", false => "bar fail", _ => "bar" };
                html.Append("<rect class=\"").Append(cls).Append("\" data-year=\"").Append(v.Period.Start.Year).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top))
                    .Append("\" width=\"").Append(N(barWidth)).Append("\" height=\"").Append(N(Top + plotHeight - top)).Append("\"><title>")
                    .Append(v.Period.Start.Year).Append(": ").Append(E(ValueText(v))).Append("</title></rect>")
                    .Append("<text class=\"label\" x=\"").Append(N(center)).Append("\" y=\"").Append(N(top - 4)).Append("\" text-anchor=\"middle\">")
                    .Append(E(ValueText(v))).Append("</text>\n");
            }
            else
            {
                html.Append("<text class=\"nodata\" x=\"").Append(N(center)).Append("\" y=\"").Append(N(Top + plotHeight - 6)).Append("\" text-anchor=\"middle\">нет данных</text>\n");
            }
        }

        html.Append("<line class=\"axis\" x1=\"").Append(Left).Append("\" x2=\"").Append(ChartWidth - Right).Append("\" y1=\"").Append(Top + plotHeight).Append("\" y2=\"").Append(Top + plotHeight).Append("\"/>\n");
        if (definition.HasTarget && values.Length != 0 && values[0].Target is { } target)
        {
            var y = Y(target);
            html.Append("<line class=\"target\" x1=\"").Append(Left).Append("\" x2=\"").Append(ChartWidth - Right).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y)).Append("\"/>")
                .Append("<text class=\"target-label\" x=\"").Append(ChartWidth - Right + 4).Append("\" y=\"").Append(N(y + 4)).Append("\" text-anchor=\"start\">цель ").Append(P(target)).Append("</text>\n");
        }

        html.Append("</svg>\n");
    }

    /// <summary>Free text that may hold a name: as written, or «***» when redacted.</summary>
    private static string Free(string text, bool redact) => Policies.Redaction.Text(text, redact);

    private static void Roadmaps(StringBuilder html, IReadOnlyList<RoadmapStatusReport> roadmaps, bool redact)
    {
        html.Append("<section id=\"roadmaps\">\n<h2>Дорожные карты</h2>\n");
        if (roadmaps.Count == 0)
        {
            html.Append("<p class=\"empty\">Дорожные карты не переданы.</p>\n");
        }

        foreach (var report in roadmaps)
        {
            html.Append("<h3>").Append(E(Free(report.Roadmap.Title, redact))).Append("</h3>\n<p class=\"meta\">")
                .Append("на ").Append(D(report.AsOf))
                .Append(" · просрочено: <b>").Append(report.Overdue.Count).Append("</b> · скоро срок (").Append(report.DueSoonDays).Append(" дн.): <b>").Append(report.DueSoon.Count)
                .Append("</b> · выполнено: <b>").Append(report.Done.Count).Append("</b> · впереди: ").Append(report.Upcoming.Count)
                .Append(" · без даты: ").Append(report.Continuous.Count).Append("</p>\n");
            html.Append("<table class=\"stack roadmap\">\n<thead><tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Ответственные</th><th>Состояние</th></tr></thead>\n<tbody>\n");
            foreach (var entry in report.Entries)
            {
                var (css, text) = StatusText(entry);
                html.Append("<tr class=\"").Append(css).Append("\"><td data-label=\"№\">").Append(E(entry.Activity.Number)).Append("</td><td data-label=\"Мероприятие\">").Append(E(Free(entry.Activity.Title, redact)))
                    .Append("</td><td data-label=\"Срок\">").Append(E(Policies.Redaction.Deadline(entry.Activity.Deadline, redact))).Append("</td><td data-label=\"Ответственные\">").Append(E(entry.Activity.Responsible is { } responsible ? Free(responsible, redact) : "—"))
                    .Append("</td><td data-label=\"Состояние\" class=\"status\">").Append(E(text)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static (string Css, string Text) StatusText(RoadmapStatusEntry entry) => entry.Status switch
    {
        RoadmapActivityStatus.Overdue => ("overdue", entry.MissedDue is { } missed ? $"просрочено (срок {D(missed)})" : "просрочено"),
        RoadmapActivityStatus.DueSoon => ("due-soon", entry.NextDue is { } due ? $"скоро срок: {D(due)}" : "скоро срок"),
        RoadmapActivityStatus.Done => ("done", entry.Activity.DoneOn is { } done ? $"выполнено {D(done)}" : "выполнено"),
        RoadmapActivityStatus.Upcoming => ("upcoming", entry.NextDue is { } next ? $"впереди: {D(next)}" : "впереди"),
        _ => ("continuous", "без даты (постоянно или по графику)"),
    };

    /// <summary>The summary a methodologist reads first: who, under which edition, and how many errors, warnings and unknowns.</summary>
    private static void Summary(StringBuilder html, ReportInput input)
    {
        html.Append("<section id=\"summary\">\n<h2>Итоги</h2>\n<dl class=\"facts\">\n");
        if (input.Municipality is { } municipality)
        {
            html.Append("<dt>Муниципалитет</dt><dd>").Append(E(municipality)).Append("</dd>\n");
        }

        if (input.Validation.Count != 0)
        {
            html.Append("<dt>").Append(input.Validation.Count == 1 ? "Организация" : "Организации").Append("</dt><dd>")
                .Append(E(string.Join("; ", input.Validation.Select(r => Name(input, r.OrganizationId))))).Append("</dd>\n");
        }

        if (input.EditionTitle is { } edition)
        {
            html.Append("<dt>Редакция</dt><dd>").Append(E(edition)).Append("</dd>\n");
        }

        html.Append("<dt>Проверка</dt><dd>").Append(input.Strict
            ? "строгая: непредставленный письменный документ (согласие, приказ, дополнительное соглашение) считается нарушением"
            : "обычная: непредставленный документ не считается нарушением, а показан как «не определено»").Append("</dd>\n</dl>\n");

        if (input.Validation.Count == 0)
        {
            html.Append("<p class=\"empty\">Проверка дел не проводилась.</p>\n</section>\n");
            return;
        }

        var errors = input.Validation.Sum(r => r.Errors);
        var warnings = input.Validation.Sum(r => r.Warnings);
        var unknowns = input.Validation.Sum(r => r.Unknowns);
        html.Append("<ul class=\"counts\">\n");
        Count(html, "error", errors, Plural.Ru(errors, "ошибка", "ошибки", "ошибок"), "нарушение требования при любом обоснованном прочтении");
        Count(html, "warning", warnings, Plural.Ru(warnings, "предупреждение", "предупреждения", "предупреждений"), "нарушение при одном из прочтений или выведенного требования");
        Count(html, "unknown", unknowns, "не определено", "не представлены документы или сведения");
        if (input.Roadmaps.Count != 0)
        {
            var overdue = input.Roadmaps.Sum(r => r.Overdue.Count);
            Count(html, overdue == 0 ? "done" : "error", overdue, "просрочено", Plural.Ru(overdue, "мероприятие дорожной карты", "мероприятия дорожных карт", "мероприятий дорожных карт"));
        }

        if (input.NotChecked.Count != 0)
        {
            Count(html, "muted", input.NotChecked.Count, "не проверялось", Plural.Ru(input.NotChecked.Count, "требование: не включено в редакцию", "требования: не включены в редакцию", "требований: не включены в редакцию"));
        }

        html.Append("</ul>\n<table class=\"stack by-organization\">\n<thead><tr><th>Организация</th><th>Ошибки</th><th>Предупреждения</th><th>Не определено</th><th>Выполнено</th><th>Неприменимо</th></tr></thead>\n<tbody>\n");
        foreach (var report in input.Validation)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(Name(input, report.OrganizationId))).Append("</th>");
            Cell(html, "Ошибки", report.Errors, report.Errors > 0 ? " fail" : string.Empty);
            Cell(html, "Предупреждения", report.Warnings, report.Warnings > 0 ? " warn" : string.Empty);
            Cell(html, "Не определено", report.Unknowns, string.Empty);
            Cell(html, "Выполнено", report.Count(Outcome.Satisfied), string.Empty);
            Cell(html, "Неприменимо", report.Count(Outcome.NotApplicable), string.Empty);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Count(StringBuilder html, string css, int number, string what, string note) =>
        html.Append("<li class=\"").Append(css).Append("\"><b>").Append(number).Append("</b> ").Append(E(what)).Append("<br><small>").Append(E(note)).Append("</small></li>\n");

    private static void Cell(StringBuilder html, string label, int number, string css) =>
        html.Append("<td class=\"num").Append(css).Append("\" data-label=\"").Append(label).Append("\">").Append(number).Append("</td>");

    /// <summary>The errors, warnings and unknowns of each organization: what was found, the requirement, its source, and the codes in a details column.</summary>
    private static void Findings(StringBuilder html, ReportInput input)
    {
        html.Append("<section id=\"findings\">\n<h2>Проверка по Положению</h2>\n");
        if (input.Validation.Count == 0)
        {
            html.Append("<p class=\"empty\">Проверка не проводилась.</p>\n</section>\n");
            return;
        }

        foreach (var report in input.Validation)
        {
            var shown = report.Findings.Where(f => f.Outcome is Outcome.Violated or Outcome.Unknown)
                .OrderBy(f => f.IsError ? 0 : f.Outcome == Outcome.Violated ? 1 : 2)
                .ToArray();
            html.Append("<h3>").Append(E(Name(input, report.OrganizationId))).Append("</h3>\n");
            if (shown.Length == 0)
            {
                html.Append("<p class=\"ok\">Нарушений не найдено; всё, что проверялось, определено.</p>\n");
                continue;
            }

            html.Append("<table class=\"stack findings\">\n<thead><tr><th>Итог</th><th class=\"requirement\">Требование</th><th>Что найдено</th><th class=\"source\">Источник</th><th class=\"details\">Подробности</th></tr></thead>\n<tbody>\n");
            foreach (var finding in shown)
            {
                var (css, tag) = finding.Outcome == Outcome.Unknown ? ("unknown", "не определено")
                    : finding.IsError ? ("error", "ошибка")
                    : finding.IsWarning ? ("warning", "предупреждение")
                    : ("note", "сведения");
                html.Append("<tr class=\"").Append(css).Append("\"><td data-label=\"Итог\" class=\"verdict\"><span class=\"tag\">").Append(tag).Append("</span></td>")
                    .Append("<td data-label=\"Требование\">").Append(E(finding.Policy.TitleRu)).Append("</td>")
                    .Append("<td data-label=\"Что найдено\">").Append(E(finding.MessageRu));
                if (finding.Outcome == Outcome.Unknown && finding.Missing.Count != 0)
                {
                    html.Append("<br><span class=\"missing\">Не представлено: ").Append(E(string.Join("; ", finding.Missing))).Append("</span>");
                }

                html.Append("</td><td data-label=\"Источник\" class=\"source\">").Append(E(finding.Citation("ru"))).Append("</td>")
                    .Append("<td data-label=\"Подробности\" class=\"details\"><code>").Append(E(finding.RuleId)).Append("</code>");
                foreach (var subject in finding.Subjects)
                {
                    html.Append("<br><code>").Append(E(subject.Id)).Append("</code>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The requirements the edition does not switch on: not checked, which is not the same as met (readings.md, principle 2).</summary>
    private static void NotChecked(StringBuilder html, ReportInput input)
    {
        if (input.NotChecked.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"not-checked\">\n<h2>Не проверялось в этой редакции</h2>\n")
            .Append("<p class=\"note\">Эти требования редакция не включает. Они не проверялись: отсутствие нарушений по ним ничего не означает.</p>\n")
            .Append("<table class=\"stack not-checked\">\n<thead><tr><th>Требование</th><th>Источник</th><th>Подробности</th></tr></thead>\n<tbody>\n");
        foreach (var policy in input.NotChecked)
        {
            html.Append("<tr><td data-label=\"Требование\">").Append(E(policy.TitleRu)).Append("</td><td data-label=\"Источник\" class=\"source\">")
                .Append(E(Citations.Readable(policy.Source, "ru"))).Append("</td><td data-label=\"Подробности\" class=\"details\"><code>")
                .Append(E(policy.Id)).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>An organization by its name (its identifier only when the name is not known).</summary>
    private static string Name(ReportInput input, string id) =>
        input.OrganizationNames.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id;

    private static string ValueText(IndicatorValue v) => v.Definition.IsShare
        ? v.Share is { } share ? P(share) : "нет данных"
        : v.Numerator.ToString(Invariant);

    /// <summary>The top of a count's scale: a multiple of 4 (whole-number ticks), at least 4.</summary>
    private static decimal NiceMax(int max) => Math.Max(4, (max + 3) / 4 * 4);

    private static string P(decimal share) => (Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + " %").Replace('.', ',');

    private static string N(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);

    private static string D(DateOnly date) => date.ToString("dd.MM.yyyy", Invariant);

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

    private const string Css = """
        :root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --bar: #3f6fb5; --pass: #2e7d4f; --fail: #b3261e; --warn: #b26a00; }
        * { box-sizing: border-box; }
        body { font-family: "PT Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 1120px; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
        h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
        .meta, .note, .id, .clause, footer { color: var(--muted); }
        .note { font-size: .9rem; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(360px, 100%), 1fr)); gap: 1rem; }
        figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; break-inside: avoid; }
        figcaption { font-size: .85rem; }
        .id { font-size: .75rem; }
        svg.bars { display: block; width: 100%; max-width: 480px; height: auto; font-size: 11px; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .axis { stroke: var(--ink); stroke-width: 1; }
        svg .bar { fill: var(--bar); }
        svg .bar.pass { fill: var(--pass); }
        svg .bar.fail { fill: var(--fail); }
        svg .target { stroke: var(--fail); stroke-width: 2; stroke-dasharray: 6 4; }
        svg .target-label { fill: var(--fail); font-weight: bold; }
        svg .tick, svg .year, svg .nodata { fill: var(--muted); }
        svg .label { fill: var(--ink); font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
        thead th { background: #f1f4f8; }
        td.num { text-align: right; }
        .pass, .ok { color: var(--pass); font-weight: bold; }
        .fail { color: var(--fail); font-weight: bold; }
        .missing { color: var(--warn); }
        tr.overdue td.status { color: var(--fail); font-weight: bold; }
        tr.due-soon td.status { color: var(--warn); font-weight: bold; }
        tr.done td.status { color: var(--pass); }
        .rule ul { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
        .tag { display: inline-block; font-size: .75rem; border-radius: 3px; padding: 0 .35rem; color: #fff; background: var(--fail); white-space: nowrap; }
        code { font-size: .85em; }
        td, th, dd, li, p { overflow-wrap: break-word; }
        table td, dl.facts dd { overflow-wrap: anywhere; }   /* a long unbroken word (a name, a quote) wraps rather than widens the page */
        table.findings td.verdict, table.findings td.details, table.findings th.details { white-space: nowrap; }
        table.findings th.requirement { min-width: 10rem; }
        table.findings th.source { min-width: 12rem; }
        dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: .5rem 0 1rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        ul.counts { list-style: none; padding: 0; margin: .5rem 0 1rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(200px, 100%), 1fr)); gap: .5rem; }
        ul.counts li { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; padding: .4rem .6rem; }
        ul.counts li b { font-size: 1.5rem; margin-right: .25rem; }
        ul.counts li small { color: var(--muted); }
        ul.counts li.error { border-left-color: var(--fail); }
        ul.counts li.warning { border-left-color: var(--warn); }
        ul.counts li.unknown { border-left-color: var(--bar); }
        ul.counts li.done { border-left-color: var(--pass); }
        td.num.warn { color: var(--warn); font-weight: bold; }
        td.source { font-size: .85rem; color: var(--muted); }
        td.details { font-size: .8rem; color: var(--muted); }
        tr.error .tag { background: var(--fail); }
        tr.warning .tag { background: var(--warn); }
        tr.unknown .tag { background: var(--bar); }
        tr.note .tag { background: var(--muted); }
        @media (max-width: 640px) {
          body { margin: 1rem auto; padding: 0 .75rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: .35rem; }
          table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
          table.stack thead { display: none; }
          table.stack tr { border: 1px solid var(--line); border-radius: 4px; margin-bottom: .6rem; }
          table.stack th, table.stack td { border: none; border-bottom: 1px solid var(--line); text-align: left; }
          table.stack td[data-label]::before { content: attr(data-label); display: block; font-size: .75rem; font-weight: normal; color: var(--muted); }
          td.num { text-align: left; }
          td, th, dd, li, p { overflow-wrap: anywhere; }
          table.findings td.details { white-space: normal; }
        }
        footer { margin-top: 2rem; font-size: .8rem; border-top: 1px solid var(--line); padding-top: .5rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { break-after: avoid; }
          h3, h4 { break-after: avoid; }
          tr, figure.chart { break-inside: avoid; }
          .charts { grid-template-columns: repeat(2, 1fr); }
          thead { display: table-header-group; }
          .tag { border: 1px solid var(--fail); color: var(--fail); background: none; }
          tr.warning .tag { border-color: var(--warn); color: var(--warn); }
          tr.unknown .tag { border-color: var(--bar); color: var(--bar); }
        }

        """;
}
