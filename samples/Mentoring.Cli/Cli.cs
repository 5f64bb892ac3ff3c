using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Mentoring.Cli.Commands;
using Mentoring.Cli.Output;

namespace Mentoring.Cli;

/// <summary>The command line: parses the arguments, runs a command, and turns every failure into exit code 2 with a message on stderr.</summary>
internal static class Cli
{
    /// <summary>The edition used when <c>--edition</c> is not given.</summary>
    public const string DefaultEdition = "federal-2021";

    /// <summary>Runs the command line in-process (the entry point calls this; tests do too).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where reports go.</param>
    /// <param name="stderr">Where errors and the progress bar go.</param>
    /// <param name="clock">The clock that gives the default <c>--as-of</c>.</param>
    /// <param name="terminal">Which streams are terminals; redirected when null.</param>
    /// <returns>The exit code: 0, 1 or 2 (see <see cref="ExitCodes"/>).</returns>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The top of the program: a user sees a message and exit code 2, never a stack trace.")]
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, Terminal? terminal = null)
    {
        ArgumentNullException.ThrowIfNull(args);

        // --lang decides the language of everything, help and parse errors included: it is read before parsing, and
        // System.CommandLine's own texts follow the UI culture (its satellite resources hold Russian). Without --lang,
        // the environment's language (LC_ALL, LC_MESSAGES, LANG, the UI culture) decides, else Russian.
        terminal ??= Terminal.Redirected;
        var language = LanguageOf(args) ?? terminal.EnvironmentLanguage ?? Language.Russian;
        var uiCulture = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.IsRussian ? "ru-RU" : "en-US");

        // Output never follows the machine's culture: dates (dd.MM.yyyy in Russian text, yyyy-MM-dd in English text and
        // JSON) and numbers are written the same on every machine, whatever it formats them as (another calendar too).
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var context = new CliContext(stdout, stderr, clock, terminal, language);
        try
        {
            var root = new RootCommand(language.T(
                "Проверка дел о наставничестве педагогических работников по Положению и его редакциям.",
                "Validates mentoring case files against the regulation's editions."))
            {
                ValidateCommand.Create(context),
                RulesCommand.Create(context),
                EditionsCommand.Create(context),
                ExplainCommand.Create(context),
                MatchCommand.Create(context),
                RoadmapCommand.Create(context),
                ReportCommand.Create(context),
                EditionCommand.Create(context),
            };

            // --lang at the root too (`mentoring --lang en --help`): read before parsing like every command's.
            root.Options.Add(context.LanguageOption());

            foreach (var option in root.Options)
            {
                option.Description = option switch
                {
                    System.CommandLine.Help.HelpOption => language.T("Показать справку", "Show help and usage information"),
                    VersionOption => language.T("Показать версию", "Show version information"),
                    _ => option.Description,
                };
            }

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    context.Error(error.Message);
                }

                stderr.WriteLine(language.T($"Справка: {Name(parsed)} --help", $"Run '{Name(parsed)} --help' for usage."));
                if (WantsJson(args))
                {
                    JsonOutput.Failure(stdout, [.. parsed.Errors.Select(e => UsageError(e.Message))], ExitCodes.BadInput);
                }

                return ExitCodes.BadInput;
            }

            // Commands write to the context's streams; what System.CommandLine writes itself (help, version) passes
            // through here, so that its one untranslated heading reads in the run's language.
            using var help = new StringWriter(CultureInfo.InvariantCulture);
            var code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Write(language.IsRussian ? help.ToString()
                .Replace("Description:", "Описание:", StringComparison.Ordinal)
                .Replace("[options]", "[параметры]", StringComparison.Ordinal)
                .Replace("[command]", "[команда]", StringComparison.Ordinal) : help.ToString());
            return code;
        }
        catch (Exception exception)
        {
            // An exception's text is English: in Russian output its kind is named instead, in Russian.
            var message = language.T(
                $"непредвиденная ошибка программы ({exception.GetType().Name}); проверьте входные файлы и параметры.",
                $"{exception.GetType().Name}: {exception.Message}");
            context.Error(message);
            if (WantsJson(args))
            {
                JsonOutput.Failure(stdout, [new JsonError(string.Empty, 0, 0, string.Empty, "CLI009", message)], ExitCodes.BadInput);
            }

            return ExitCodes.BadInput;
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>True when the arguments ask for <c>--format json</c> (<c>--format json</c>, <c>--format=json</c>, <c>--format:json</c>): then even a usage error is a JSON document.</summary>
    internal static bool WantsJson(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if ((args[i] == "--format" && i + 1 < args.Count && args[i + 1] == "json") || args[i] is "--format=json" or "--format:json")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A usage error (System.CommandLine's parse error) for the JSON document: CLI008.</summary>
    private static JsonError UsageError(string message) => new(string.Empty, 0, 0, string.Empty, "CLI008", message);

    /// <summary>The language <c>--lang</c> asks for (<c>--lang en</c>, <c>--lang=en</c>, <c>--lang:en</c>); null when it is not given.</summary>
    internal static Language? LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--lang" && i + 1 < args.Count)
            {
                return Language.Parse(args[i + 1]);
            }

            if (arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal))
            {
                return Language.Parse(arg[7..]);
            }
        }

        return null;
    }

    private static string Name(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "mentoring" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
