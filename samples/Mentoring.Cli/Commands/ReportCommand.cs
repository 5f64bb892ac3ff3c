using System.CommandLine;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Rules.Reporting;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Validation;

namespace Mentoring.Cli.Commands;

/// <summary>
/// <c>mentoring report &lt;file&gt;... --out report.html [--as-of] [--edition] [--roadmap id-or-file]... [--from-year] [--strict] [--fail-on]</c>:
/// one self-contained HTML page in Russian with a summary first, the findings, the roadmaps' status and the indicators
/// by year. Exit 0: written, no error-severity violation and nothing overdue; 1: written, with an error-severity
/// violation (with <c>--fail-on warning</c>, also a warning) or an overdue activity; 2: bad input, nothing written.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("file")
        {
            Description = context.T("Файлы дел (JSON) одного муниципалитета", "Case files of one municipality"),
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = context.T("Куда записать HTML", "The HTML file to write"), Required = true, HelpName = "report.html" };
        var asOf = context.AsOfOption(context.T("Дата отчёта [по умолчанию: сегодня]", "Day of reckoning [default: today]"));
        var edition = CliContext.EditionOption(context.T($"Редакция Положения [по умолчанию: {Cli.DefaultEdition}]", $"Edition id or file [default: {Cli.DefaultEdition}]"));
        var roadmaps = new Option<string[]>("--roadmap")
        {
            Description = context.T("Ещё дорожная карта: образец или таблица", "Another roadmap: a seed id or a CSV/XLSX table"),
            AllowMultipleArgumentsPerToken = false,
        };
        var redact = new Option<bool>("--redact") { Description = context.T("Убрать имена людей и свободный текст, где они могут быть", "Leave people's names, and free text that may hold them, out") };
        var fromYear = new Option<int?>("--from-year") { Description = context.T("Первый год показателей [по умолчанию: первый год данных]", "First year of the indicators [default: the data's first year]") };
        var strict = context.StrictOption();
        var failOn = context.FailOnOption();
        var language = context.LanguageOption();

        var command = new Command("report", context.T("HTML-отчёт мониторинга (на русском языке)", "The monitoring report as one HTML file (in Russian)"))
        {
            inputs, output, asOf, edition, roadmaps, fromYear, strict, failOn, language, redact,
        };
        command.SetAction(parsed => Run(
            context,
            new Request(
                parsed.GetValue(inputs) ?? [],
                parsed.GetValue(output)!,
                parsed.GetValue(asOf) ?? context.Today,
                parsed.GetValue(edition),
                parsed.GetValue(roadmaps) ?? [],
                parsed.GetValue(fromYear),
                new ValidationOptions { Strict = parsed.GetValue(strict), Redact = parsed.GetValue(redact) },
                parsed.GetValue(failOn) == "warning" ? FailOn.Warning : FailOn.Error)));
        return command;
    }

    private static int Run(CliContext context, Request request)
    {
        var asOf = request.AsOf;
        var loaded = EditionChoice.Load(request.Edition);
        var resolved = loaded.Bind(l => l.Catalog.Resolve(l.EditionId, asOf).Map(r => (l.Catalog, Edition: r)));
        if (!resolved.IsSuccess)
        {
            foreach (var line in EditionChoice.Describe(resolved.ValidationErrors, context.Language))
            {
                context.Error(line);
            }

            return ExitCodes.BadInput;
        }

        var cases = new List<MentoringCase>();
        Domain.Organizations.Municipality? municipality = null;
        var failed = false;
        foreach (var input in request.Inputs)
        {
            if (InputFiles.Problem(input) is { } missing)
            {
                context.Error($"{input}: {missing.ErrorCode}: {missing.ErrorMessage}");
                failed = true;
                continue;
            }

            var read = CaseFile.Read(input);
            if (read.Value is not { } file)
            {
                foreach (var d in read.ValidationErrors)
                {
                    context.Error($"{d.Location()!.File}:{d.Location()!.Line}:{d.Location()!.Column}: {d.ErrorCode} {d.ErrorMessage}");
                }

                failed = true;
                continue;
            }

            municipality ??= file.Municipality;
            cases.AddRange(file.Cases);
        }

        var roadmapSources = request.Roadmaps.Select(r => RoadmapSources.Load(r, context.Language)).ToArray();
        foreach (var error in roadmapSources.SelectMany(r => r.Errors))
        {
            context.Error(error);
            failed = true;
        }

        var merged = MunicipalCase.Create(municipality, cases);
        foreach (var error in merged.ValidationErrors)
        {
            context.Error($"{error.ErrorCode}: {error.ErrorMessage}");
            failed = true;
        }

        if (failed)
        {
            return ExitCodes.BadInput;
        }

        var (catalog, edition) = resolved.Value;
        var validator = new MentoringValidator(catalog);
        var all = merged.Value;
        var validation = all.Cases.Select(c => validator.Validate(c, edition, request.Options)).ToArray();
        var roadmapReports = all.Cases.SelectMany(c => c.Roadmaps).Concat(roadmapSources.SelectMany(r => r.Roadmaps))
            .Select(r => RoadmapStatusReport.Create(r, asOf).Value)
            .ToArray();
        var first = request.FromYear ?? IndicatorCalculator.FirstYear(all) ?? asOf.Year;
        var indicators = IndicatorCalculator.ComputeYears(all, first, asOf);
        if (!indicators.IsSuccess)
        {
            foreach (var error in indicators.ValidationErrors)
            {
                context.Error($"{error.ErrorCode}: {error.ErrorMessage}");
            }

            return ExitCodes.BadInput;
        }

        var html = HtmlReport.Render(new ReportInput
        {
            AsOf = asOf,
            Municipality = municipality?.Name,
            EditionId = edition.Edition.Id,
            EditionTitle = edition.Edition.TitleRu,
            Strict = request.Options.Strict,
            Redact = request.Options.Redact,
            NotChecked = ValidationRun.NotCheckedBy(catalog, edition),
            OrganizationNames = all.Cases.ToDictionary(c => c.Organization.Id.Value, c => c.Organization.Name, StringComparer.Ordinal),
            Validation = validation,
            Roadmaps = roadmapReports,
            Indicators = indicators.Value,
        });
        try
        {
            File.WriteAllText(request.Output, html);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return context.Fail(context.T($"не удалось записать {request.Output} ({exception.GetType().Name}).", $"cannot write {request.Output}: {exception.Message}"));
        }

        var errors = validation.Sum(v => v.Errors);
        var warnings = validation.Sum(v => v.Warnings);
        var unknowns = validation.Sum(v => v.Unknowns);
        var overdue = roadmapReports.Sum(r => r.Overdue.Count);
        context.Stdout.WriteLine(context.T(
            $"{request.Output}: ошибки: {errors}; предупреждения: {warnings}; не определено: {unknowns}; просрочено мероприятий: {overdue}; показатели за {first}–{asOf.Year}",
            $"{request.Output}: errors: {errors}; warnings: {warnings}; undecided: {unknowns}; overdue activities: {overdue}; indicators for {first}–{asOf.Year}"));
        return errors > 0 || (request.FailOn == FailOn.Warning && warnings > 0) || overdue != 0 ? ExitCodes.Violations : ExitCodes.Ok;
    }

    /// <summary>What the command was asked for.</summary>
    private sealed record Request(
        string[] Inputs,
        string Output,
        DateOnly AsOf,
        string? Edition,
        string[] Roadmaps,
        int? FromYear,
        ValidationOptions Options,
        FailOn FailOn);
}
