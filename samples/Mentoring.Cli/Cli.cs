using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Mentoring.Cli.Commands;

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
        var context = new CliContext(stdout, stderr, clock, terminal ?? Terminal.Redirected);
        try
        {
            var root = new RootCommand("Проверка дел о наставничестве педагогических работников по Положению и его редакциям. / Validates mentoring case files against the regulation's editions.")
            {
                ValidateCommand.Create(context),
                RulesCommand.Create(context),
                EditionsCommand.Create(context),
                ExplainCommand.Create(context),
                MatchCommand.Create(context),
                RoadmapCommand.Create(context),
                ReportCommand.Create(context),
            };

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine($"error: {error.Message}");
                }

                stderr.WriteLine($"Run '{Name(parsed)} --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            stderr.WriteLine($"error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.BadInput;
        }
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
