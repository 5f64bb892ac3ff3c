using Mentoring.Cli.Commands;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mentoring.Cli.Output;

/// <summary>Readable tables, in Russian or English; plain and deterministic when not on a terminal.</summary>
internal sealed class TextOutput(Language language, IAnsiConsole console, bool all) : OutputWriter(language)
{
    private Language L => Language;

    public override void Validation(ValidationRun run)
    {
        foreach (var file in run.Files.Where(f => f.Errors.Count == 0))
        {
            console.WriteLine(L.T($"Файл: {file.File}", $"File: {file.File}"));
            foreach (var report in file.Reports)
            {
                Report(report);
            }

            console.WriteLine();
        }

        foreach (var file in run.Files.Where(f => f.Errors.Count > 0))
        {
            console.WriteLine(L.T($"Файл: {file.File} — не прочитан, ошибок: {file.Errors.Count} (см. stderr)", $"File: {file.File} — not read, {file.Errors.Count} error(s) (see stderr)"));
        }

        var summary = Table(L.T("Итог", "Summary"), L.T("Значение", "Value"));
        Row(summary, L.T("Редакция", "Edition"), $"{run.EditionId} ({string.Join(" → ", run.EditionChain)})");
        Row(summary, L.T("На дату", "As of"), Words.Date(run.AsOf));
        Row(summary, L.T("Файлов", "Files"), Number(run.Files.Count));
        Row(summary, L.T("Не прочитано файлов", "Files not read"), Number(run.Files.Count(f => f.Errors.Count > 0)));
        Row(summary, L.T("Организаций", "Organizations"), Number(run.Organizations));
        foreach (var outcome in new[] { Outcome.Violated, Outcome.Unknown, Outcome.Satisfied, Outcome.NotApplicable })
        {
            Row(summary, Words.Name(outcome, L), Number(run.Count(outcome)));
        }

        Row(summary, L.T("Код выхода", "Exit code"), Number(run.ExitCode));
        console.Write(summary);
    }

    public override void Rules(IReadOnlyList<PolicyDescriptor> policies)
    {
        var table = Table(L.T("Правило", "Rule"), L.T("Название", "Title"), L.T("Пункт", "Clause"), L.T("Важность", "Severity"), L.T("По умолчанию", "On by default"));
        table.Columns[0].NoWrap();
        foreach (var p in policies)
        {
            Row(table, p.Id, Words.Title(p, L), p.Source, Words.Name(p.Severity, L), Words.YesNo(p.EnabledByDefault, L));
        }

        console.Write(table);
        console.WriteLine(L.T($"Правил: {policies.Count}", $"Rules: {policies.Count}"));
    }

    public override void Editions(IReadOnlyList<Edition> editions)
    {
        var table = Table(L.T("Редакция", "Edition"), L.T("Название", "Title"), L.T("Источник", "Source"), L.T("Наследует", "Inherits"), L.T("Действует", "In force"), L.T("Наложения", "Overlays"));
        foreach (var e in editions)
        {
            Row(table, e.Id, Words.Title(e, L), Words.Source(e), e.Inherits ?? "—", Words.Range(e, L), e.Overlays.Count == 0 ? "—" : string.Join(", ", e.Overlays));
        }

        console.Write(table);
        console.WriteLine(L.T($"Редакций: {editions.Count}; по умолчанию: {Cli.DefaultEdition}", $"Editions: {editions.Count}; default: {Cli.DefaultEdition}"));
    }

    public override void Explain(RuleInfo rule)
    {
        var p = rule.Policy;
        console.WriteLine($"{p.Id} — {Words.Title(p, L)}");
        console.WriteLine(L.T($"Пункт: {p.Source}", $"Clause: {p.Source}"));
        console.WriteLine(L.T($"Цитата: «{p.QuoteRu}»", $"Quote (Russian): «{p.QuoteRu}»"));
        console.WriteLine(L.T(
            $"Важность: {Words.Name(p.Severity, L)}; по умолчанию: {Words.OnOff(p.EnabledByDefault, L)}{(p.EffectiveFrom is { } f ? $"; действует с {Words.Date(f)}" : string.Empty)}",
            $"Severity: {Words.Name(p.Severity, L)}; by default: {Words.OnOff(p.EnabledByDefault, L)}{(p.EffectiveFrom is { } g ? $"; in force from {Words.Date(g)}" : string.Empty)}"));

        if (p.Parameters.Count > 0)
        {
            var parameters = Table(L.T("Параметр", "Parameter"), L.T("Вид", "Kind"), L.T("По умолчанию", "Default"), L.T("Описание", "Description"));
            foreach (var d in p.Parameters)
            {
                Row(parameters, d.Name, d.Kind.ToString(), Words.Value(d.Default), d.Description);
            }

            console.Write(parameters);
        }

        console.WriteLine(L.T($"Редакции на {Words.Date(rule.AsOf)}:", $"Editions on {Words.Date(rule.AsOf)}:"));
        var editions = Table(L.T("Редакция", "Edition"), L.T("Правило", "Rule"), L.T("Кем задано", "Set by"), L.T("Параметры", "Parameters"));
        foreach (var e in rule.Editions)
        {
            if (!e.InForce)
            {
                Row(editions, e.Edition.Id, L.T("редакция не действует", "edition not in force"), string.Empty, string.Empty);
                continue;
            }

            Row(editions, e.Edition.Id, Words.OnOff(e.Enabled, L), e.EnabledSource, string.Join(Environment.NewLine, e.Parameters.Select(v => v.ToString())));
        }

        console.Write(editions);
        var switchedOn = rule.Editions.Where(e => e.Edition.Rules.TryGetValue(p.Id, out var s) && s.Enabled == true).Select(e => e.Edition.Id).ToArray();
        console.WriteLine(L.T(
            $"Явно включают правило: {(switchedOn.Length == 0 ? "ни одна редакция (действует умолчание)" : string.Join(", ", switchedOn))}",
            $"Explicitly switched on by: {(switchedOn.Length == 0 ? "no edition (the default applies)" : string.Join(", ", switchedOn))}"));
    }

    private void Report(ValidationReport report)
    {
        console.WriteLine(L.T(
            $"Организация {report.OrganizationId}: редакция {report.EditionId}, на {Words.Date(report.AsOf)}",
            $"Organization {report.OrganizationId}: edition {report.EditionId}, as of {Words.Date(report.AsOf)}"));
        var shown = report.Findings.Where(f => all || f.Outcome is Outcome.Violated or Outcome.Unknown).ToArray();
        if (shown.Length == 0)
        {
            console.WriteLine(L.T("Нарушений не найдено.", "No violations found."));
            return;
        }

        var table = Table(L.T("Правило", "Rule"), L.T("Итог", "Outcome"), L.T("Важность", "Severity"), L.T("Пункт", "Clause"), L.T("Сообщение", "Message"), L.T("Субъекты", "Subjects"));
        table.Columns[0].NoWrap();
        table.Columns[3].Width(18);
        table.Columns[4].Width(60);
        table.Columns[5].Width(24);
        string? previous = null;
        foreach (var f in shown)
        {
            Row(table, f.RuleId == previous ? string.Empty : f.RuleId, Words.Name(f.Outcome, L), Words.Name(f.Severity, L), f.Clause, f.Message(L.Code), string.Join(Environment.NewLine, f.Subjects.Select(s => s.Kind == SubjectKind.Person ? Words.Subject(s) : s.Id)));
            previous = f.RuleId;
        }

        console.Write(table);
    }

    private static Table Table(params string[] headings)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var heading in headings)
        {
            table.AddColumn(new TableColumn(new Text(heading)));
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
