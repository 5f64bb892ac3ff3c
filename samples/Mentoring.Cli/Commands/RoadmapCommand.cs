using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;
using Mentoring.Importing;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Roadmaps;

namespace Mentoring.Cli.Commands;

/// <summary>
/// <c>mentoring roadmap [&lt;file-or-seed-id&gt;] [--as-of] [--format text|json] [--due-soon-days N] [--redact]</c>: where a roadmap's
/// activities stand on a day. Without an argument it lists the seeds' roadmaps. Exit 0: nothing overdue; 1: something
/// overdue; 2: bad input.
/// </summary>
internal static class RoadmapCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string?>("file-or-seed-id")
        {
            Description = context.T("Идентификатор дорожной карты из образцов, таблица CSV/XLSX или файл дела JSON", "A seed roadmap id, a CSV/XLSX table or a case file"),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = context.AsOfOption(context.T("Дата, на которую смотреть сроки [по умолчанию: сегодня]", "Day of reckoning [default: today]"));
        var format = context.FormatOption();
        // The default is written into the description in the run's language (System.CommandLine would add an English "[default: …]").
        var dueSoon = new Option<int?>("--due-soon-days")
        {
            Description = context.T(
                $"Сколько дней вперёд считать «скоро срок» [по умолчанию: {RoadmapActivity.DefaultDueSoonDays}]",
                $"How many days ahead count as due soon [default: {RoadmapActivity.DefaultDueSoonDays}]"),
        };
        dueSoon.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError(context.T("--due-soon-days: нужно число 0 или больше.", "--due-soon-days must be 0 or more."));
            }
        });

        var language = context.LanguageOption();
        var redact = new Option<bool>("--redact") { Description = context.T("Убрать свободный текст, где могут быть имена: названия, ответственных, сроки с примечаниями", "Leave out free text that may hold names: titles, who is responsible, deadlines with remarks") };
        var command = new Command("roadmap", context.T("Сроки дорожной карты", "Roadmap deadlines: done, due soon, overdue")) { source, asOf, format, dueSoon, language, redact };
        command.SetAction(parsed => Run(context, parsed.GetValue(source), parsed.GetValue(asOf) ?? context.Today, parsed.GetValue(format) == "json", parsed.GetValue(dueSoon) ?? RoadmapActivity.DefaultDueSoonDays, parsed.GetValue(redact)));
        return command;
    }

    private static int Run(CliContext context, string? source, DateOnly asOf, bool json, int dueSoonDays, bool redact)
    {
        if (source is null)
        {
            foreach (var seed in SeedRoadmaps.All)
            {
                context.Stdout.WriteLine($"{seed.Id,-26} {seed.Seed}  {seed.Rows.Count,2}  {seed.Title}");
            }

            return ExitCodes.Ok;
        }

        var loaded = RoadmapSources.Load(source, context.Language);
        if (loaded.Errors.Count != 0)
        {
            foreach (var error in loaded.Errors)
            {
                context.Error(error);
            }

            return ExitCodes.BadInput;
        }

        var reports = loaded.Roadmaps.Select(r => RoadmapStatusReport.Create(r, asOf, dueSoonDays).Value).ToArray();
        if (json)
        {
            WriteJson(context.Stdout, reports, redact);
        }
        else
        {
            WriteText(context.Stdout, reports, redact);
        }

        return reports.Any(r => r.Overdue.Count != 0) ? ExitCodes.Violations : ExitCodes.Ok;
    }

    private static void WriteText(TextWriter output, RoadmapStatusReport[] reports, bool redact)
    {
        foreach (var report in reports)
        {
            output.WriteLine($"{report.Roadmap.Id}: {Redaction.Text(report.Roadmap.Title, redact)}");
            output.WriteLine($"на {report.AsOf:dd.MM.yyyy}: просрочено {report.Overdue.Count}, скоро срок ({report.DueSoonDays} дн.) {report.DueSoon.Count}, выполнено {report.Done.Count}, впереди {report.Upcoming.Count}, без даты {report.Continuous.Count}");
            Group(output, "Просрочено", report.Overdue, e => e.MissedDue is { } d ? $"срок {d:dd.MM.yyyy}" : string.Empty, redact);
            Group(output, "Скоро срок", report.DueSoon, e => e.NextDue is { } d ? $"до {d:dd.MM.yyyy}" : string.Empty, redact);
            Group(output, "Выполнено", report.Done, e => e.Activity.DoneOn is { } d ? $"{d:dd.MM.yyyy}" : string.Empty, redact);
            output.WriteLine();
        }
    }

    private static void Group(TextWriter output, string heading, IReadOnlyList<RoadmapStatusEntry> entries, Func<RoadmapStatusEntry, string> when, bool redact)
    {
        if (entries.Count == 0)
        {
            return;
        }

        output.WriteLine($"  {heading}:");
        foreach (var entry in entries)
        {
            var activity = entry.Activity;
            var responsible = activity.Responsible is { } r ? Redaction.Text(r, redact) : "—";
            output.WriteLine($"    {activity.Number,-5} {when(entry),-16} «{Redaction.Deadline(activity.Deadline, redact)}» {Redaction.Text(activity.Title, redact)} — {responsible}");
        }
    }

    private static void WriteJson(TextWriter output, RoadmapStatusReport[] reports, bool redact)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("roadmap", report.Roadmap.Id.Value);
                writer.WriteString("title", Redaction.Text(report.Roadmap.Title, redact));
                writer.WriteString("asOf", Iso(report.AsOf));
                writer.WriteNumber("dueSoonDays", report.DueSoonDays);
                writer.WriteStartObject("counts");
                writer.WriteNumber("overdue", report.Overdue.Count);
                writer.WriteNumber("dueSoon", report.DueSoon.Count);
                writer.WriteNumber("done", report.Done.Count);
                writer.WriteNumber("upcoming", report.Upcoming.Count);
                writer.WriteNumber("continuous", report.Continuous.Count);
                writer.WriteEndObject();
                writer.WriteStartArray("activities");
                foreach (var entry in report.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteString("number", entry.Activity.Number);
                    writer.WriteString("title", Redaction.Text(entry.Activity.Title, redact));
                    writer.WriteString("deadline", Redaction.Deadline(entry.Activity.Deadline, redact));
                    writer.WriteString("deadlineKind", entry.Activity.Deadline.Kind.Term().Code);
                    Nullable(writer, "responsible", entry.Activity.Responsible is { } responsible ? Redaction.Text(responsible, redact) : null);
                    writer.WriteString("status", StatusCode(entry.Status));
                    Nullable(writer, "nextDue", entry.NextDue is { } next ? Iso(next) : null);
                    Nullable(writer, "missedDue", entry.MissedDue is { } missed ? Iso(missed) : null);
                    Nullable(writer, "doneOn", entry.Activity.DoneOn is { } done ? Iso(done) : null);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string StatusCode(RoadmapActivityStatus status) => status switch
    {
        RoadmapActivityStatus.Done => "done",
        RoadmapActivityStatus.DueSoon => "due-soon",
        RoadmapActivityStatus.Overdue => "overdue",
        RoadmapActivityStatus.Upcoming => "upcoming",
        _ => "continuous",
    };

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Roadmaps from a seed id, a CSV/XLSX table (<see cref="RoadmapImporter"/>) or a case file's roadmaps.</summary>
internal static class RoadmapSources
{
    public sealed record Loaded(IReadOnlyList<Roadmap> Roadmaps, IReadOnlyList<string> Errors);

    public static Loaded Load(string source, Language language)
    {
        if (SeedRoadmaps.Find(source) is { } seed)
        {
            var roadmap = SeedRoadmaps.Load(seed.Id);
            return new Loaded(roadmap.IsSuccess ? [roadmap.Value] : [], [.. roadmap.ValidationErrors.Select(e => $"{e.ErrorCode}: {e.ErrorMessage}")]);
        }

        if (InputFiles.KindOf(source) == InputKind.Missing)
        {
            var seeds = string.Join(", ", SeedRoadmaps.All.Select(s => s.Id));
            return new Loaded([], [language.T($"«{source}» — это не дорожная карта из образцов ({seeds}) и не файл.", $"'{source}' is neither a seed roadmap ({seeds}) nor a file.")]);
        }

        // A folder, a FIFO or a device is refused by its type, never opened (a FIFO would block, /dev/zero never end).
        if (InputFiles.Problem(source) is { } notAFile)
        {
            return new Loaded([], [Describe(notAFile, language)]);
        }

        var extension = Path.GetExtension(source).ToUpperInvariant();
        if (extension is ".CSV" or ".XLSX")
        {
            var name = Path.GetFileNameWithoutExtension(source);
            var id = RoadmapId.Create(name);
            if (!id.IsSuccess)
            {
                return new Loaded([], [.. id.ValidationErrors.Select(e => $"{source}: {e.ErrorCode}: {e.ErrorMessage}")]);
            }

            using var stream = File.OpenRead(source);
            var imported = RoadmapImporter.Read(stream, extension == ".CSV" ? TableFormat.Csv : TableFormat.Xlsx, id.Value, name, options: new ImportOptions { FileName = source });
            return imported.Value is { } table
                ? new Loaded([table], [])
                : new Loaded([], [.. imported.ValidationErrors.Select(d => Describe(d, language))]);
        }

        var read = CaseFile.Read(source);
        if (read.Value is not { } cases)
        {
            return new Loaded([], [.. read.ValidationErrors.Select(d => Describe(d, language))]);
        }

        var roadmaps = cases.Cases.SelectMany(c => c.Roadmaps).ToArray();
        return roadmaps.Length == 0
            ? new Loaded([], [language.T($"{source}: в файле дела нет дорожной карты.", $"{source}: the case file holds no roadmap.")])
            : new Loaded(roadmaps, []);
    }

    private static string Describe(ValidationError d, Language language) =>
        $"{d.Location()!.File}:{d.Location()!.Line}:{d.Location()!.Column}: {d.ErrorCode} {d.ErrorMessage}";
}
