using System.CommandLine;
using Mentoring.Cli.Output;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli.Commands;

/// <summary><c>mentoring rules [--format] [--lang]</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var command = new Command("rules", context.T("Каталог правил", "The rule catalogue: id, title, clause, severity, on by default")) { format, language };
        command.SetAction(parsed =>
        {
            OutputWriter.Create(parsed.GetValue(format), context.Language, context).Rules(PolicyCatalog.Bundled.Policies);
            return ExitCodes.Ok;
        });
        return command;
    }
}
