using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.Result;
using Mentoring.Cli.Output;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
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
        if (!resolved.IsSuccess)
        {
            foreach (var line in EditionChoice.Describe(resolved.ValidationErrors, output.Language))
            {
                context.Error(line);
            }

            output.Failure([.. resolved.ValidationErrors.Select(JsonError.From)], ExitCodes.BadInput);
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

    /// <summary>
    /// One file: refused by its type when it is not a regular file (never opened), read, and each organization
    /// validated; a failure inside the validation of one organization is that organization's error (CLI007), and the
    /// others are still reported.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "One input's failure is reported for that input; the other inputs are still validated (issue #14).")]
    private static FileResult Validate(MentoringValidator validator, ResolvedEdition edition, string path, ValidationOptions options)
    {
        if (InputFiles.Problem(path) is { } problem)
        {
            return new FileResult(path, [], [problem]);
        }

        Result<MunicipalCase> read;
        try
        {
            read = CaseFile.Read(path);
        }
        catch (Exception e)
        {
            return new FileResult(path, [], [Failed(path, "CLI005", "The file cannot be read", "Файл не удалось прочитать", e)]);
        }

        if (!read.IsSuccess)
        {
            return new FileResult(path, [], [.. read.ValidationErrors]);
        }

        var cases = read.Value;

        var reports = new List<ValidationReport>(cases.Cases.Count);
        var errors = new List<ValidationError>();
        foreach (var @case in cases.Cases)
        {
            try
            {
                reports.Add(validator.Validate(@case, edition, options));
            }
            catch (Exception e)
            {
                errors.Add(Failed(
                    path,
                    "CLI007",
                    $"The validation of organization {@case.Organization.Id} failed",
                    $"Проверка организации {@case.Organization.Id} не выполнена",
                    e));
            }
        }

        return new FileResult(
            path,
            reports,
            errors,
            cases.Cases.GroupBy(c => c.Organization.Id.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Organization.Name, StringComparer.Ordinal));
    }

    /// <summary>An input's failure as its error: the exception named by its type (its text is the system's, in English).</summary>
    private static ValidationError Failed(string path, string code, string en, string ru, Exception e) =>
        DocumentLocation.Locate(DomainErrors.Create(code, $"{en}: {e.GetType().Name}: {e.Message}", $"{ru}: внутренняя ошибка ({e.GetType().Name})."), path, 0, 0);

    /// <summary>
    /// A file that is not there, said in both languages (the reader's own message would carry the system's English
    /// exception text); null when the file exists.
    /// </summary>
    internal static ValidationError? Missing(string path) => File.Exists(path)
        ? null
        : DocumentLocation.Locate(DomainErrors.Create("CLI002", "The file does not exist.", "Файл не найден."), path, 0, 0);

    /// <summary>
    /// Files as given, and each folder's <c>*.json</c> files (not its subfolders) in ordinal order; a folder that cannot
    /// be listed (CLI005) or holds no case file (CLI001) is an error of that input, and the other inputs go on.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "One input's failure is reported for that input; the other inputs are still validated (issue #14).")]
    private static List<(string Path, ValidationError? Problem)> Expand(string[] inputs)
    {
        var files = new List<(string, ValidationError?)>();
        foreach (var input in inputs)
        {
            if (InputFiles.KindOf(input) != InputKind.Folder)
            {
                files.Add((input, null));
                continue;
            }

            string[] inFolder;
            try
            {
                inFolder = Directory.EnumerateFiles(input, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
            }
            catch (Exception e)
            {
                files.Add((input, DocumentLocation.Locate(DomainErrors.Create(
                    "CLI005",
                    $"The folder cannot be read: {e.GetType().Name}: {e.Message}",
                    $"Папку не удалось прочитать ({(e is UnauthorizedAccessException ? "нет доступа" : "ошибка ввода-вывода")})."), input, 0, 0)));
                continue;
            }

            files.AddRange(inFolder.Select(f => (f, (ValidationError?)null)));
            if (inFolder.Length == 0)
            {
                files.Add((input, DocumentLocation.Locate(DomainErrors.Create(
                    "CLI001", "The folder holds no *.json case file.", "В папке нет файлов дел *.json."), input, 0, 0)));
            }
        }

        return files;
    }

    /// <summary>Validates the files one by one; when stderr is a terminal and there is more than one file, with a progress bar there.</summary>
    private static FileResult[] WithProgress(
        CliContext context,
        List<(string Path, ValidationError? Problem)> files,
        Language language,
        Func<(string Path, ValidationError? Problem), FileResult> validate)
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

    private static string Describe(ValidationError d, Language language)
    {
        var position = d.Location()!.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({d.Location()!.Line},{d.Location()!.Column})") : string.Empty;
        var place = string.IsNullOrEmpty(d.Location()!.Path) || d.Location()!.Path == "$" ? string.Empty : $" ({d.Location()!.Path})";
        return $"{d.Location()!.File}{position}: {d.ErrorCode}{place}: {d.ErrorMessage}";
    }
}
