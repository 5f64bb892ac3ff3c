using System.CommandLine;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Rules.Reporting;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Validation;

namespace Mentoring.Cli.Commands;

/// <summary>
/// <c>mentoring report &lt;file&gt;... --out report.html [--as-of] [--edition] [--roadmap id-or-file]... [--from-year]</c>:
/// one self-contained HTML page with the findings, the roadmaps' status and the indicators by year. Exit 0: written,
/// nothing violated or overdue; 1: written, with violations or overdue activities; 2: bad input, nothing written.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("file")
        {
            Description = "Файлы дел (JSON) одного муниципалитета / case files of one municipality",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Куда записать HTML / the HTML file to write", Required = true, HelpName = "report.html" };
        var asOf = CliContext.AsOfOption("Дата отчёта / day of reckoning [default: today]");
        var edition = CliContext.EditionOption($"Редакция Положения / edition id or file [default: {Cli.DefaultEdition}]");
        var roadmaps = new Option<string[]>("--roadmap")
        {
            Description = "Ещё дорожная карта: образец или таблица / another roadmap: a seed id or a CSV/XLSX table",
            AllowMultipleArgumentsPerToken = false,
        };
        var fromYear = new Option<int?>("--from-year") { Description = "Первый год показателей / first year of the indicators [default: the data's first year]" };

        var command = new Command("report", "HTML-отчёт мониторинга / the monitoring report as one HTML file") { inputs, output, asOf, edition, roadmaps, fromYear };
        command.SetAction(parsed => Run(
            context,
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(output)!,
            parsed.GetValue(asOf) ?? context.Today,
            parsed.GetValue(edition),
            parsed.GetValue(roadmaps) ?? [],
            parsed.GetValue(fromYear)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string outputPath, DateOnly asOf, string? editionValue, string[] extraRoadmaps, int? fromYear)
    {
        var loaded = EditionChoice.Load(editionValue);
        var resolved = loaded.Bind(l => l.Catalog.Resolve(l.EditionId, asOf).Map(r => (l.Catalog, Edition: r)));
        if (resolved.IsFailure)
        {
            foreach (var line in EditionChoice.Describe(resolved.Errors, Language.Russian))
            {
                context.Stderr.WriteLine($"error: {line}");
            }

            return ExitCodes.BadInput;
        }

        var cases = new List<MentoringCase>();
        Domain.Organizations.Municipality? municipality = null;
        var failed = false;
        foreach (var input in inputs)
        {
            var read = CaseFile.Read(input);
            if (read.Case is not { } file)
            {
                foreach (var d in read.Diagnostics)
                {
                    context.Stderr.WriteLine($"error: {d.File}:{d.Line}:{d.Column}: {d.Code} {d.Message}");
                }

                failed = true;
                continue;
            }

            municipality ??= file.Municipality;
            cases.AddRange(file.Cases);
        }

        var roadmapSources = extraRoadmaps.Select(RoadmapSources.Load).ToArray();
        foreach (var error in roadmapSources.SelectMany(r => r.Errors))
        {
            context.Stderr.WriteLine($"error: {error}");
            failed = true;
        }

        var merged = MunicipalCase.Create(municipality, cases);
        foreach (var error in merged.Errors)
        {
            context.Stderr.WriteLine($"error: {error.Code}: {error.Message}");
            failed = true;
        }

        if (failed)
        {
            return ExitCodes.BadInput;
        }

        var (catalog, edition) = resolved.Value;
        var validator = new MentoringValidator(catalog);
        var all = merged.Value;
        var validation = all.Cases.Select(c => validator.Validate(c, edition)).ToArray();
        var roadmapReports = all.Cases.SelectMany(c => c.Roadmaps).Concat(roadmapSources.SelectMany(r => r.Roadmaps))
            .Select(r => RoadmapStatusReport.Create(r, asOf).Value)
            .ToArray();
        var first = fromYear ?? IndicatorCalculator.FirstYear(all) ?? asOf.Year;
        var indicators = IndicatorCalculator.ComputeYears(all, first, asOf);
        if (indicators.IsFailure)
        {
            foreach (var error in indicators.Errors)
            {
                context.Stderr.WriteLine($"error: {error.Code}: {error.Message}");
            }

            return ExitCodes.BadInput;
        }

        var html = HtmlReport.Render(new ReportInput
        {
            AsOf = asOf,
            Municipality = municipality?.Name,
            EditionId = edition.Edition.Id,
            OrganizationNames = all.Cases.ToDictionary(c => c.Organization.Id.Value, c => c.Organization.Name, StringComparer.Ordinal),
            Validation = validation,
            Roadmaps = roadmapReports,
            Indicators = indicators.Value,
        });
        try
        {
            File.WriteAllText(outputPath, html);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"cannot write {outputPath}: {exception.Message}");
        }

        context.Stdout.WriteLine($"{outputPath}: {validation.Sum(v => v.Count(Rules.Policies.Outcome.Violated))} нарушений, {roadmapReports.Sum(r => r.Overdue.Count)} просроченных мероприятий, показатели за {first}–{asOf.Year}");
        return validation.Any(v => v.HasViolations) || roadmapReports.Any(r => r.Overdue.Count != 0) ? ExitCodes.Violations : ExitCodes.Ok;
    }
}
