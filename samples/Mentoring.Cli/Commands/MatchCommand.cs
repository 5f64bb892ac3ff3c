using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Editions;
using Mentoring.Importing;
using Mentoring.Rules.Matching;

namespace Mentoring.Cli.Commands;

/// <summary>
/// <c>mentoring match &lt;mentors&gt; &lt;mentees&gt; [--edition] [--as-of] [--format] [--lang] [--organization] [--reach] [--virtual]</c>:
/// proposes mentor–mentee pairs from the two registries (CSV or XLSX), or for every case of a case file (JSON, one
/// argument). Exit code 0 when every mentee gets a mentor, 1 when some are left unmatched, 2 for bad input.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("mentors-and-mentees")
        {
            Description = context.T("База наставников и база наставляемых (CSV/XLSX) или один файл дела (JSON)", "The mentor and mentee registries (CSV/XLSX), or one case file (JSON)"),
            Arity = new ArgumentArity(1, 2),
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError(context.T($"Неизвестный параметр «{token.Value}».", $"Unrecognized option '{token.Value}'."));
            }
        });
        var edition = CliContext.EditionOption(context.T($"Редакция: идентификатор или файл редакции [по умолчанию: {Cli.DefaultEdition}]", $"Edition id or edition file [default: {Cli.DefaultEdition}]"));
        var asOf = context.AsOfOption(context.T("Дата подбора [по умолчанию: сегодня]", "Day of matching [default: today]"));
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var organization = new Option<string>("--organization")
        {
            Description = context.T("Организация, которая ведёт базы (CSV/XLSX)", "The organization keeping the registries"),
            DefaultValueFactory = _ => "organization",
        };
        var reach = new Option<string>("--reach")
        {
            Description = context.T("Наставники из той же организации или муниципалитета", "Mentors of the same organization or municipality"),
            DefaultValueFactory = _ => "organization",
        };
        reach.AcceptOnlyFromAmong("organization", "municipality");
        var allowVirtual = new Option<bool>("--virtual") { Description = context.T("Разрешить виртуальное наставничество", "Allow virtual mentoring") };

        var command = new Command("match", context.T("Подобрать пары наставник – наставляемый", "Propose mentor–mentee pairs"))
        {
            inputs, edition, asOf, format, language, organization, reach, allowVirtual,
        };
        command.SetAction(parsed => Run(
            context,
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(edition),
            parsed.GetValue(asOf) ?? context.Today,
            parsed.GetValue(format) == "json",
            context.Language,
            parsed.GetValue(organization) ?? "organization",
            parsed.GetValue(reach) == "municipality" ? MatchingLocality.Municipality : MatchingLocality.Organization,
            parsed.GetValue(allowVirtual)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string? editionValue, DateOnly asOf, bool json, Language language, string organization, MatchingLocality locality, bool allowVirtual)
    {
        var resolved = EditionChoice.Load(editionValue).Bind(l => l.Catalog.Resolve(l.EditionId, asOf));
        if (!resolved.IsSuccess)
        {
            foreach (var line in EditionChoice.Describe(resolved.ValidationErrors, language))
            {
                context.Error(line);
            }

            return ExitCodes.BadInput;
        }

        var preferences = MatchingOptions.Create(locality: locality, allowVirtual: allowVirtual).Value;
        var runs = inputs.Length == 1 ? FromCaseFile(context, inputs[0], resolved.Value, preferences, language) : FromRegistries(context, inputs, organization, resolved.Value, preferences, language);
        if (runs is null)
        {
            return ExitCodes.BadInput;
        }

        if (json)
        {
            WriteJson(context.Stdout, resolved.Value, runs, language);
        }
        else
        {
            WriteText(context.Stdout, resolved.Value, runs, language);
        }

        return runs.Any(r => r.Result.Unmatched.Count != 0) ? ExitCodes.Violations : ExitCodes.Ok;
    }

    private static List<(string Name, MatchingResult Result)>? FromCaseFile(CliContext context, string path, ResolvedEdition edition, MatchingOptions preferences, Language language)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(context, language.T($"{path}: один файл — это файл дела (.json); базы наставников и наставляемых передайте двумя файлами CSV/XLSX.", $"{path}: a single file is a case file (.json); pass the mentor and mentee registries as two CSV/XLSX files."));
        }

        if (InputFiles.NotAFile(path) is { } notAFile)
        {
            return Fail(context, $"{path}: {notAFile.ErrorCode} {notAFile.ErrorMessage}");
        }

        var read = CaseFile.Read(path);
        if (read.Value is not { } cases)
        {
            foreach (var d in read.ValidationErrors)
            {
                context.Error($"{d.Location()!.File}: {d.ErrorCode} ({d.Location()!.Path}): {d.ErrorMessage}");
            }

            return null;
        }

        var runs = new List<(string, MatchingResult)>();
        foreach (var @case in cases.Cases)
        {
            var result = EditionMatching.Match(@case, edition, preferences);
            if (!result.IsSuccess)
            {
                return Fail(context, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
            }

            runs.Add(($"{@case.Organization.Id} ({@case.Organization.Name})", result.Value));
        }

        return runs;
    }

    private static List<(string Name, MatchingResult Result)>? FromRegistries(CliContext context, string[] inputs, string organization, ResolvedEdition edition, MatchingOptions preferences, Language language)
    {
        if (OrganizationId.Create(organization) is not { IsSuccess: true } org)
        {
            return Fail(context, language.T($"«{organization}» не подходит как идентификатор организации (--organization).", $"'{organization}' is not a valid organization identifier (--organization)."));
        }

        var mentors = Import(context, inputs[0], language, (stream, format, options) => RegistryImporter.ReadMentors(stream, format, org.Value, options));
        var mentees = Import(context, inputs[1], language, (stream, format, options) => RegistryImporter.ReadMentees(stream, format, org.Value, options));
        if (mentors is null || mentees is null)
        {
            return null;
        }

        var result = EditionMatching.Match(mentors, mentees, edition, preferences);
        return result.IsSuccess
            ? [(organization, result.Value)]
            : Fail(context, string.Join("; ", result.ValidationErrors.Select(e => e.ErrorMessage)));
    }

    private static T? Import<T>(CliContext context, string path, Language language, Func<Stream, TableFormat, ImportOptions, Result<T>> read)
        where T : class
    {
        TableFormat? format = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" or ".TSV" => TableFormat.Csv,
            ".XLSX" => TableFormat.Xlsx,
            _ => null,
        };
        if (format is null)
        {
            context.Error(language.T($"{path}: ожидается база в CSV или XLSX.", $"{path}: a registry in CSV or XLSX is expected."));
            return null;
        }

        // A folder, a FIFO or a device is refused by its type, never opened (a FIFO would block, /dev/zero never end).
        if (InputFiles.NotAFile(path) is { } notAFile)
        {
            context.Error($"{path}: {notAFile.ErrorCode} {notAFile.ErrorMessage}");
            return null;
        }

        using var stream = File.OpenRead(path);
        var result = read(stream, format.Value, new ImportOptions { FileName = path });
        foreach (var d in result.ValidationErrors)
        {
            var position = d.Location()!.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({d.Location()!.Line},{d.Location()!.Column})") : string.Empty;
            context.Error($"{d.Location()!.File}{position}: {d.ErrorCode} ({d.Location()!.Path}): {d.ErrorMessage}");
        }

        return result.IsSuccess ? result.Value : null;
    }

    private static List<(string, MatchingResult)>? Fail(CliContext context, string message)
    {
        context.Error(message);
        return null;
    }

    private static string Reason(CriterionScore c, Language language) => language.IsRussian ? c.ReasonRu : c.ReasonEn;

    private static void WriteText(TextWriter w, ResolvedEdition edition, List<(string Name, MatchingResult Result)> runs, Language language)
    {
        w.WriteLine(language.T(
            $"Подбор пар по редакции {edition.Edition.Id} на {edition.AsOf:dd.MM.yyyy}",
            $"Pair matching under {edition.Edition.Id} on {edition.AsOf:yyyy-MM-dd}"));
        foreach (var (name, result) in runs)
        {
            w.WriteLine();
            w.WriteLine(language.T($"Организация {name}", $"Organization {name}"));
            foreach (var group in result.Groups)
            {
                var kind = group.IsGroup ? language.T("группа", "group") : language.T("пара", "pair");
                w.WriteLine($"  {group.Mentor.Label} [{group.Mentor.Id}] — {kind}, {language.T("соответствие", "fit")} {group.Fit}");
                foreach (var pair in group.Pairs)
                {
                    w.WriteLine($"    {pair.Mentee.Label} [{pair.Mentee.Id}]: {pair.Total}/100");
                    foreach (var c in pair.Criteria)
                    {
                        w.WriteLine($"      {c.Criterion.Term().NameIn(language.Code)}: {c.Points}/{c.MaxPoints} — {Reason(c, language)}");
                    }
                }
            }

            foreach (var u in result.Unmatched)
            {
                w.WriteLine($"  {language.T("Без наставника", "Unmatched")}: {u.Mentee.Label} [{u.Mentee.Id}] — {(language.IsRussian ? u.ReasonRu : u.ReasonEn)}");
            }

            w.WriteLine(language.T(
                $"  Итого: пар {result.Assignments.Count()}, групп {result.Groups.Count(g => g.IsGroup)}, без наставника {result.Unmatched.Count}, суммарное соответствие {result.TotalFit}, недопустимых пар {result.Inadmissible.Count}.",
                $"  Total: {result.Assignments.Count()} pair(s), {result.Groups.Count(g => g.IsGroup)} group(s), {result.Unmatched.Count} unmatched, total fit {result.TotalFit}, {result.Inadmissible.Count} inadmissible pair(s)."));
        }
    }

    private static void WriteJson(TextWriter w, ResolvedEdition edition, List<(string Name, MatchingResult Result)> runs, Language language)
    {
        using var buffer = new MemoryStream();
        using (var j = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            j.WriteStartObject();
            j.WriteString("edition", edition.Edition.Id);
            j.WriteString("asOf", edition.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            j.WriteStartArray("organizations");
            foreach (var (name, result) in runs)
            {
                j.WriteStartObject();
                j.WriteString("organization", name);
                j.WriteNumber("totalFit", result.TotalFit);
                j.WriteStartArray("groups");
                foreach (var group in result.Groups)
                {
                    j.WriteStartObject();
                    j.WriteString("mentor", group.Mentor.Id);
                    j.WriteString("mentorName", group.Mentor.Name);
                    j.WriteBoolean("isGroup", group.IsGroup);
                    j.WriteStartArray("pairs");
                    foreach (var pair in group.Pairs)
                    {
                        WritePair(j, pair, language);
                    }

                    j.WriteEndArray();
                    j.WriteEndObject();
                }

                j.WriteEndArray();
                j.WriteStartArray("unmatched");
                foreach (var u in result.Unmatched)
                {
                    j.WriteStartObject();
                    j.WriteString("mentee", u.Mentee.Id);
                    j.WriteString("menteeName", u.Mentee.Name);
                    j.WriteString("reason", u.Reason == UnmatchedReason.CapacityTaken ? "capacityTaken" : "noAdmissibleMentor");
                    j.WriteString("message", language.IsRussian ? u.ReasonRu : u.ReasonEn);
                    j.WriteEndObject();
                }

                j.WriteEndArray();
                j.WriteStartArray("inadmissible");
                foreach (var f in result.Inadmissible)
                {
                    j.WriteStartObject();
                    j.WriteString("mentor", f.Mentor.Id);
                    j.WriteString("mentee", f.Mentee.Id);
                    j.WriteString("criterion", f.ExcludedBy!.Value.Term().Code);
                    j.WriteString("message", Reason(f.Exclusion!, language));
                    j.WriteEndObject();
                }

                j.WriteEndArray();
                j.WriteEndObject();
            }

            j.WriteEndArray();
            j.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WritePair(Utf8JsonWriter j, PairFit pair, Language language)
    {
        j.WriteStartObject();
        j.WriteString("mentee", pair.Mentee.Id);
        j.WriteString("menteeName", pair.Mentee.Name);
        j.WriteNumber("fit", pair.Total);
        j.WriteStartArray("criteria");
        foreach (var c in pair.Criteria)
        {
            j.WriteStartObject();
            j.WriteString("criterion", c.Criterion.Term().Code);
            j.WriteNumber("points", c.Points);
            j.WriteNumber("maxPoints", c.MaxPoints);
            j.WriteString("outcome", c.Outcome switch { CriterionOutcome.Scored => "scored", CriterionOutcome.Unknown => "unknown", _ => "excludes" });
            j.WriteString("message", Reason(c, language));
            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteEndObject();
    }
}
