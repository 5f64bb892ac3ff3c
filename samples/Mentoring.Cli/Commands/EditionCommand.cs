using System.CommandLine;
using System.Globalization;
using Mentoring.Regulations;
using Mentoring.Rules.Editions;

namespace Mentoring.Cli.Commands;

/// <summary>
/// <c>mentoring edition draft &lt;file&gt; [--out edition.json] [--format text|json]</c>: a draft edition read from a
/// school's Положение (DOCX, PDF or text); <c>mentoring edition conformity &lt;file&gt; [--format text|json|html] [--lang ru|en]</c>:
/// the Положение against the federal model (html: one self-contained page in the HTML report's style, to stdout). Exit 0: done; 2: the file cannot be read.
/// </summary>
internal static class EditionCommand
{
    public static Command Create(CliContext context) =>
        new("edition", context.T("Положение организации: черновик редакции и сверка с примерным положением", "A school's regulation: a draft edition, and conformity with the federal model"))
        {
            Draft(context),
            Conformity(context),
        };

    private static Argument<string> FileArgument(CliContext context) => new("file")
    {
        Description = context.T("Положение о наставничестве: .docx, .pdf или .txt", "The regulation: .docx, .pdf or .txt"),
    };

    private static Command Draft(CliContext context)
    {
        var file = FileArgument(context);
        var output = new Option<string?>("--out") { Description = context.T("Куда записать черновик редакции (JSON)", "Where to write the draft edition (JSON)"), HelpName = "edition.json" };
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var command = new Command("draft", context.T("Черновик редакции по тексту Положения: настройки с цитатами и непрочитанные пункты", "A draft edition from the regulation's text: settings with their quotes, and what was not mapped"))
        {
            file, output, format, language,
        };
        command.SetAction(parsed =>
        {
            var russian = Language.Parse(parsed.GetValue(language)).IsRussian;
            var document = Read(context, parsed.GetValue(file)!, russian);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }

            var draft = EditionDraft.Create(document);
            var json = draft.ToJson();
            var loaded = EditionFile.Parse(json, draft.Id + ".json");
            if (!loaded.IsSuccess)
            {
                return context.Fail(string.Join(Environment.NewLine, loaded.ValidationErrors.Select(e => e.ErrorMessage)));
            }

            if (parsed.GetValue(output) is { } path)
            {
                try
                {
                    File.WriteAllText(path, json);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    return context.Fail(russian ? $"{path}: файл не записывается ({e.GetType().Name})." : $"{path}: cannot write the file ({e.Message}).");
                }
            }

            if (parsed.GetValue(format) == "json")
            {
                context.Stdout.Write(json);
                return ExitCodes.Ok;
            }

            var o = context.Stdout;
            o.WriteLine(russian ? $"Черновик редакции «{draft.Id}» наследует «{draft.Inherits}»." : $"Draft edition '{draft.Id}' inherits '{draft.Inherits}'.");
            o.WriteLine(russian ? $"Настройки ({draft.Settings.Count}):" : $"Settings ({draft.Settings.Count}):");
            foreach (var s in draft.Settings)
            {
                var value = s.Parameter is null ? (russian ? "включено" : "on") : $"{s.Parameter} = {Format(s.Value)}";
                o.WriteLine($"  {s.RuleId}: {value}  ({(russian ? s.Clause.Place : s.Clause.PlaceEn)}) «{s.Quote}»");
            }

            o.WriteLine(russian ? $"Не перенесено ({draft.Unmapped.Count}):" : $"Not mapped ({draft.Unmapped.Count}):");
            foreach (var u in draft.Unmapped)
            {
                o.WriteLine($"  {(russian ? u.Clause.Place : u.Clause.PlaceEn)}: «{u.Quote}» — {(russian ? u.ReasonRu : u.ReasonEn)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Conformity(CliContext context)
    {
        var file = FileArgument(context);
        var format = context.FormatOptionWithHtml();
        var language = context.LanguageOption();
        var command = new Command("conformity", context.T("Сверка Положения с примерным положением: есть, нет, иначе — с цитатами", "The regulation against the federal model: present, absent, different, with quotes"))
        {
            file, format, language,
        };
        command.SetAction(parsed =>
        {
            var russian = Language.Parse(parsed.GetValue(language)).IsRussian;
            var document = Read(context, parsed.GetValue(file)!, russian);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }

            var report = ConformityReport.Create(document);
            context.Stdout.Write(parsed.GetValue(format) switch
            {
                "json" => report.ToJson(),
                "html" => report.ToHtml(russian),
                _ => report.ToText(russian),
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static RegulationDocument? Read(CliContext context, string path, bool russian)
    {
        try
        {
            return RegulationDocument.Read(path);
        }
        catch (RegulationReadException e)
        {
            context.Error($"{e.Code}: {(russian ? e.MessageRu : e.Message)}");
            return null;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
