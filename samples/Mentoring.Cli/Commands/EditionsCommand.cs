using System.CommandLine;
using Mentoring.Cli.Output;

namespace Mentoring.Cli.Commands;

/// <summary><c>mentoring editions [--edition file] [--format] [--lang]</c>: the bundled editions (and one loaded from a file).</summary>
internal static class EditionsCommand
{
    public static Command Create(CliContext context)
    {
        var edition = CliContext.EditionOption(context.T("Файл редакции, добавляемый к встроенным", "An edition file to list with the bundled ones"));
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var command = new Command("editions", context.T("Редакции", "The editions: id, title, source, inherits, effective range, overlays")) { edition, format, language };
        command.SetAction(parsed =>
        {
            var output = OutputWriter.Create(parsed.GetValue(format), context.Language, context);
            var loaded = EditionChoice.Load(parsed.GetValue(edition));
            if (!loaded.IsSuccess)
            {
                return context.Fail(string.Join(Environment.NewLine + context.T("ошибка: ", "error: "), EditionChoice.Describe(loaded.ValidationErrors, output.Language)));
            }

            output.Editions(loaded.Value.Catalog.Editions);
            return ExitCodes.Ok;
        });
        return command;
    }
}
