using System.CommandLine;
using System.Globalization;
using Mentoring.Cli.Output;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary><c>mentoring validate &lt;file-or-folder&gt;... [--edition] [--as-of] [--format] [--lang] [--redact] [--strict] [--fail-on error|warning] [--all]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("file-or-folder")
        {
            Description = context.T("Файлы дел (JSON) или папки с ними (*.json)", "Case files or folders of them"),
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a file name: name a file that starts with '-' as ./-name.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError(context.T($"Неизвестный параметр «{token.Value}».", $"Unrecognized option '{token.Value}'."));
            }
        });
        var edition = CliContext.EditionOption(context.T($"Редакция: идентификатор или файл редакции [по умолчанию: {Cli.DefaultEdition}]", $"Edition id or edition file [default: {Cli.DefaultEdition}]"));
        var asOf = context.AsOfOption(context.T("Дата проверки [по умолчанию: сегодня]", "Date of validation [default: today]"));
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var redact = new Option<bool>("--redact") { Description = context.T("Убрать имена людей", "Leave people's names out") };
        var rules = new Option<string[]>("--rules")
        {
            Description = context.T("Сборка .NET с собственными правилами школы (можно несколько)", "An assembly of the school's own NRules rules (repeatable)"),
            AllowMultipleArgumentsPerToken = false,
        };
        var strict = context.StrictOption();
        var failOn = context.FailOnOption();
        var all = new Option<bool>("--all") { Description = context.T("Показать все выводы, не только нарушения (text)", "Show every finding, not only violations (text)") };

        var command = new Command("validate", context.T("Проверить дела", "Validate case files")) { inputs, edition, rules, asOf, format, language, redact, strict, failOn, all };
        command.SetAction(parsed => Run(
            context,
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(edition),
            parsed.GetValue(rules) ?? [],
            parsed.GetValue(asOf) ?? context.Today,
            OutputWriter.Create(parsed.GetValue(format), context.Language, context, parsed.GetValue(all)),
            new ValidationOptions { Redact = parsed.GetValue(redact), Strict = parsed.GetValue(strict) },
            parsed.GetValue(failOn) == "warning" ? FailOn.Warning : FailOn.Error));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string? editionValue, string[] rules, DateOnly asOf, OutputWriter output, ValidationOptions options, FailOn failOn)
    {
        var loaded = EditionChoice.Load(editionValue, rules);
        var resolved = loaded.Bind(l => l.Catalog.Resolve(l.EditionId, asOf).Map(r => (l.Catalog, Edition: r)));
        if (resolved.IsFailure)
        {
            foreach (var line in EditionChoice.Describe(resolved.Errors, output.Language))
            {
                context.Error(line);
            }

            return ExitCodes.BadInput;
        }

        var (catalog, edition) = resolved.Value;
        var validator = new MentoringValidator(catalog);
        var files = Expand(inputs);
        var results = WithProgress(context, files, output.Language, input => input.Problem is { } problem
            ? new FileResult(input.Path, [], [problem])
            : Validate(validator, edition, input.Path, options));

        foreach (var error in results.SelectMany(r => r.Errors))
        {
            context.Error(Describe(error, output.Language));
        }

        var run = new ValidationRun(edition.Edition, edition.Chain, asOf, results, ValidationRun.NotCheckedBy(catalog, edition), options.Strict, failOn);
        output.Validation(run);
        return run.ExitCode;
    }

    private static FileResult Validate(MentoringValidator validator, ResolvedEdition edition, string path, ValidationOptions options)
    {
        if (Missing(path) is { } missing)
        {
            return new FileResult(path, [], [missing]);
        }

        var read = CaseFile.Read(path);
        return read.Case is { } cases
            ? new FileResult(
                path,
                [.. cases.Cases.Select(c => validator.Validate(c, edition, options))],
                [],
                cases.Cases.GroupBy(c => c.Organization.Id.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Organization.Name, StringComparer.Ordinal))
            : new FileResult(path, [], read.Diagnostics);
    }

    /// <summary>
    /// A file that is not there, said in both languages (the reader's own message would carry the system's English
    /// exception text); null when the file exists.
    /// </summary>
    internal static DocumentDiagnostic? Missing(string path) => File.Exists(path)
        ? null
        : DocumentDiagnostic.Create(path, Error.Create("CLI002", "The file does not exist.", "Файл не найден."), 0, 0);

    /// <summary>Files as given, and each folder's <c>*.json</c> files (not its subfolders) in ordinal order.</summary>
    private static List<(string Path, DocumentDiagnostic? Problem)> Expand(string[] inputs)
    {
        var files = new List<(string, DocumentDiagnostic?)>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                files.Add((input, null));
                continue;
            }

            var inFolder = Directory.EnumerateFiles(input, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
            files.AddRange(inFolder.Select(f => (f, (DocumentDiagnostic?)null)));
            if (inFolder.Length == 0)
            {
                files.Add((input, DocumentDiagnostic.Create(input, Error.Create(
                    "CLI001", "The folder holds no *.json case file.", "В папке нет файлов дел *.json."), 0, 0)));
            }
        }

        return files;
    }

    /// <summary>Validates the files one by one; when stderr is a terminal and there is more than one file, with a progress bar there.</summary>
    private static FileResult[] WithProgress(
        CliContext context,
        List<(string Path, DocumentDiagnostic? Problem)> files,
        Language language,
        Func<(string Path, DocumentDiagnostic? Problem), FileResult> validate)
    {
        if (!context.Terminal.Error || files.Count < 2)
        {
            return [.. files.Select(validate)];
        }

        var results = new List<FileResult>(files.Count);
        Consoles.Create(context.Stderr, new Terminal(true, true) { Width = context.Terminal.Width, NoColor = context.Terminal.NoColor }).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(language.T("Проверка дел", "Validating"), maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file.Path));
                    results.Add(validate(file));
                    task.Increment(1);
                }
            });
        return [.. results];
    }

    private static string Describe(DocumentDiagnostic d, Language language)
    {
        var position = d.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({d.Line},{d.Column})") : string.Empty;
        var place = string.IsNullOrEmpty(d.Path) || d.Path == "$" ? string.Empty : $" ({d.Path})";
        return $"{d.File}{position}: {d.Code}{place}: {d.MessageIn(language.Code)}";
    }
}
