using Mentoring.Cli.Commands;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mentoring.Cli.Output;

/// <summary>
/// Readable tables, in Russian or English. On a terminal: box-drawn tables, headings in bold, verdicts in colour (errors
/// red, warnings yellow, undecided blue). Plain (redirected or NO_COLOR): ASCII tables, no colour, the same on every run.
/// </summary>
internal sealed class TextOutput(Language language, IAnsiConsole console, TableBorder border, bool all) : OutputWriter(language)
{
    private Language L => Language;

    public override void Validation(ValidationRun run)
    {
        foreach (var file in run.Files.Where(f => f.Errors.Count == 0))
        {
            console.WriteLine(L.T($"Файл: {file.File}", $"File: {file.File}"));
            foreach (var report in file.Reports)
            {
                Report(report, file);
            }

            console.WriteLine();
        }

        foreach (var file in run.Files.Where(f => f.Errors.Count > 0))
        {
            console.WriteLine(L.T($"Файл: {file.File} — не прочитан, ошибок: {file.Errors.Count} (см. поток ошибок)", $"File: {file.File} — not read, errors: {file.Errors.Count} (see standard error)"));
        }

        var summary = Table(L.T("Итог", "Summary"), L.T("Значение", "Value"));
        Row(summary, L.T("Редакция", "Edition"), $"{Words.Title(run.Edition, L)} ({run.EditionId}; {string.Join(" → ", run.EditionChain)})");
        Row(summary, L.T("На дату", "As of"), Words.Date(run.AsOf, L));
        Row(summary, L.T("Строгая проверка", "Strict validation"), Words.YesNo(run.Strict, L));
        Row(summary, L.T("Файлов", "Files"), Number(run.Files.Count));
        Row(summary, L.T("Не прочитано файлов", "Files not read"), Number(run.Files.Count(f => f.Errors.Count > 0)));
        Row(summary, L.T("Организаций", "Organizations"), Number(run.Organizations));
        Row(summary, L.T("Нарушения — ошибки", "Violations: errors"), Number(run.ErrorCount));
        Row(summary, L.T("Нарушения — предупреждения", "Violations: warnings"), Number(run.WarningCount));
        Row(summary, L.T("Не определено (не представлены документы или сведения)", "Undecided (documents or facts not presented)"), Number(run.Count(Outcome.Unknown)));
        Row(summary, L.T("Выполнено", "Satisfied"), Number(run.Count(Outcome.Satisfied)));
        Row(summary, L.T("Неприменимо", "Not applicable"), Number(run.Count(Outcome.NotApplicable)));
        Row(summary, L.T("Не проверяется в этой редакции", "Not checked under this edition"), Number(run.NotChecked.Count));
        Row(summary, L.T("Код выхода", "Exit code"), $"{Number(run.ExitCode)} — {ExitMeaning(run)}");
        console.Write(summary);

        if (run.NotChecked.Count > 0)
        {
            console.WriteLine(L.T(
                "Не проверяется в этой редакции (правило не включено; это не значит, что требование выполнено):",
                "Not checked under this edition (the rule is off; this does not mean the requirement is met):"));
            foreach (var policy in run.NotChecked)
            {
                console.WriteLine($"  {policy.Id} — {Words.Title(policy, L)}");
            }
        }
    }

    public override void Rules(IReadOnlyList<PolicyDescriptor> policies)
    {
        var table = Table(L.T("Правило", "Rule"), L.T("Название", "Title"), L.T("Источник", "Source"), L.T("Важность", "Severity"), L.T("По умолчанию", "On by default"));
        table.Columns[0].NoWrap();
        foreach (var p in policies)
        {
            Row(table, p.Id, Words.Title(p, L), Citations.Readable(p.Source, L.Code), Words.Name(p.Severity, L), Words.YesNo(p.EnabledByDefault, L));
        }

        console.Write(table);
        console.WriteLine(L.T($"Правил: {policies.Count}", $"Rules: {policies.Count}"));
    }

    public override void Editions(IReadOnlyList<Edition> editions)
    {
        var table = Table(L.T("Редакция", "Edition"), L.T("Название", "Title"), L.T("Источник", "Source"), L.T("Наследует", "Inherits"), L.T("Действует", "In force"), L.T("Наложения", "Overlays"));
        foreach (var e in editions)
        {
            Row(table, e.Id, Words.Title(e, L), Words.Source(e, L), e.Inherits ?? "—", Words.Range(e, L), e.Overlays.Count == 0 ? "—" : string.Join(", ", e.Overlays));
        }

        console.Write(table);
        console.WriteLine(L.T($"Редакций: {editions.Count}; по умолчанию: {Cli.DefaultEdition}", $"Editions: {editions.Count}; default: {Cli.DefaultEdition}"));
    }

    public override void Explain(RuleInfo rule)
    {
        var p = rule.Policy;
        console.WriteLine($"{p.Id} — {Words.Title(p, L)}");
        console.WriteLine(L.T($"Источник: {Citations.Readable(p.Source, L.Code)}", $"Source: {Citations.Readable(p.Source, L.Code)}"));
        if (L.IsRussian)
        {
            // The quote is the seed's Russian text: it has no English counterpart to print in English output.
            console.WriteLine($"Цитата: «{p.QuoteRu}»");
        }

        console.WriteLine(L.T(
            $"Важность: {Words.Name(p.Severity, L)}; по умолчанию: {Words.OnOff(p.EnabledByDefault, L)}{(p.EffectiveFrom is { } f ? $"; действует с {Words.Date(f, L)}" : string.Empty)}",
            $"Severity: {Words.Name(p.Severity, L)}; by default: {Words.OnOff(p.EnabledByDefault, L)}{(p.EffectiveFrom is { } g ? $"; in force from {Words.Date(g, L)}" : string.Empty)}"));

        if (p.Parameters.Count > 0)
        {
            var parameters = L.IsRussian
                ? Table("Параметр", "Вид", "По умолчанию", "Описание")
                : Table("Parameter", "Kind", "Default", "Description");
            foreach (var d in p.Parameters)
            {
                Row(parameters, d.Name, Words.Name(d.Kind, L), Words.Value(d.Default, L), L.T(d.DescriptionRu, d.Description));
            }

            console.Write(parameters);
        }

        console.WriteLine(L.T($"Редакции на {Words.Date(rule.AsOf, L)}:", $"Editions on {Words.Date(rule.AsOf, L)}:"));
        var editions = Table(L.T("Редакция", "Edition"), L.T("Правило", "Rule"), L.T("Кем задано", "Set by"), L.T("Параметры", "Parameters"));
        foreach (var e in rule.Editions)
        {
            if (!e.InForce)
            {
                Row(editions, e.Edition.Id, L.T("редакция не действует", "edition not in force"), string.Empty, string.Empty);
                continue;
            }

            Row(
                editions,
                e.Edition.Id,
                e.Enabled ? L.T("проверяется", "checked") : L.T("не проверяется", "not checked"),
                Words.SetBy(e.EnabledSource, L),
                string.Join(Environment.NewLine, e.Parameters.Select(v => $"{v.Name} = {Words.Value(v.Value, L)} ({Words.SetBy(v.Source, L)})")));
        }

        console.Write(editions);
        var switchedOn = rule.Editions.Where(e => e.Edition.Rules.TryGetValue(p.Id, out var s) && s.Enabled == true).Select(e => e.Edition.Id).ToArray();
        console.WriteLine(L.T(
            $"Явно включают правило: {(switchedOn.Length == 0 ? "ни одна редакция (действует умолчание)" : string.Join(", ", switchedOn))}",
            $"Explicitly switched on by: {(switchedOn.Length == 0 ? "no edition (the default applies)" : string.Join(", ", switchedOn))}"));
    }

    private void Report(ValidationReport report, FileResult file)
    {
        console.WriteLine(L.T(
            $"Организация: {file.Organization(report.OrganizationId)}; на {Words.Date(report.AsOf, L)}",
            $"Organization: {file.Organization(report.OrganizationId)}; as of {Words.Date(report.AsOf, L)}"));
        console.WriteLine(L.T(
            $"Ошибки: {report.Errors}; предупреждения: {report.Warnings}; не определено: {report.Unknowns}",
            $"Errors: {report.Errors}; warnings: {report.Warnings}; undecided: {report.Unknowns}"));
        var shown = report.Findings.Where(f => all || f.Outcome is Outcome.Violated or Outcome.Unknown).ToArray();
        if (shown.Length == 0)
        {
            console.WriteLine(L.T("Нарушений не найдено.", "No violations found."));
            return;
        }

        var table = Table(L.T("Правило", "Rule"), L.T("Итог", "Outcome"), L.T("Сообщение", "Message"), L.T("Субъекты", "Subjects"));
        table.Columns[0].NoWrap();
        table.Columns[1].Width(14);
        table.Columns[2].Width(72);
        table.Columns[3].Width(26);
        string? previous = null;
        foreach (var f in shown)
        {
            table.AddRow(
                new Text(f.RuleId == previous ? string.Empty : f.RuleId),
                new Text(Words.Verdict(f, L), VerdictStyle(f)),
                new Text(f.Message(L.Code)),
                new Text(string.Join(Environment.NewLine, f.Subjects.Select(s => s.Kind == SubjectKind.Person ? Words.Subject(s) : s.Id))));
            previous = f.RuleId;
        }

        console.Write(table);

        var unknown = shown.Where(f => f.Outcome == Outcome.Unknown).ToArray();
        if (unknown.Length > 0)
        {
            // What was not presented: the facts a rule needed and the case does not hold (readings.md, principle 2).
            console.WriteLine(L.T("Не представлено:", "Not presented:"));
            foreach (var f in unknown)
            {
                var what = L.IsRussian && f.Missing.Count > 0 ? string.Join("; ", f.Missing) : f.Message(L.Code);
                console.WriteLine($"  {f.RuleId}: {what}");
            }
        }

        var sources = Table(L.T("Правило", "Rule"), L.T("Источник", "Source"));
        sources.Columns[0].NoWrap();
        foreach (var policy in shown.Select(f => f.Policy).Distinct())
        {
            Row(sources, policy.Id, Citations.Readable(policy.Source, L.Code));
        }

        console.Write(sources);
    }

    private string ExitMeaning(ValidationRun run) => run.ExitCode switch
    {
        ExitCodes.BadInput => L.T("не все файлы прочитаны", "not every file was read"),
        ExitCodes.Violations when run.ErrorCount > 0 => L.T("найдены нарушения-ошибки", "errors found"),
        ExitCodes.Violations => L.T("найдены предупреждения (--fail-on warning)", "warnings found (--fail-on warning)"),
        _ when run.WarningCount > 0 => L.T("ошибок нет, есть предупреждения", "no errors; warnings only"),
        _ => L.T("нарушений нет", "no violations"),
    };

    private Table Table(params string[] headings)
    {
        var table = new Table().Border(border);
        foreach (var heading in headings)
        {
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    /// <summary>A verdict's colour on a terminal (a plain console drops it): errors red, warnings yellow, undecided blue.</summary>
    private static Style VerdictStyle(Finding finding) => finding.Outcome switch
    {
        Outcome.Violated when finding.Severity == Severity.Error => new Style(Color.Red),
        Outcome.Violated => new Style(Color.Yellow),
        Outcome.Unknown => new Style(Color.Blue),
        Outcome.Satisfied => new Style(Color.Green),
        _ => Style.Plain,
    };

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
