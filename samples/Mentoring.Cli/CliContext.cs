using System.CommandLine;
using System.Globalization;

namespace Mentoring.Cli;

/// <summary>What every command shares: the streams, the clock, the terminal, and the options common to several commands.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock, Terminal terminal)
{
    public TextWriter Stdout { get; } = stdout;

    public TextWriter Stderr { get; } = stderr;

    public Terminal Terminal { get; } = terminal;

    /// <summary>Today, by the clock the entry point was given.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Writes an error to stderr and gives exit code 2.</summary>
    public int Fail(string message)
    {
        Stderr.WriteLine($"error: {message}");
        return ExitCodes.BadInput;
    }

    public static Option<string> FormatOption() => Choice("--format", "Формат вывода / output format: text | json", "text", "text", "json");

    public static Option<string> LanguageOption() => Choice("--lang", "Язык сообщений / language of messages: ru | en", "ru", "ru", "en");

    public static Option<DateOnly?> AsOfOption(string description) => new("--as-of")
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"'{text}' is not a date yyyy-MM-dd (--as-of).");
            return null;
        },
    };

    public static Option<string> EditionOption(string description) => new("--edition")
    {
        Description = description,
        HelpName = "id-or-file",
    };

    private static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
