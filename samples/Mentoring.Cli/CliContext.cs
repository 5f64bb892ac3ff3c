using System.CommandLine;
using System.Globalization;

namespace Mentoring.Cli;

/// <summary>What every command shares: the streams, the clock, the terminal, the language, and the options common to several commands.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock, Terminal terminal, Language language)
{
    public TextWriter Stdout { get; } = stdout;

    public TextWriter Stderr { get; } = stderr;

    public Terminal Terminal { get; } = terminal;

    /// <summary>The language <c>--lang</c> asked for: help, errors and output are all in it.</summary>
    public Language Language { get; } = language;

    /// <summary>Today, by the clock the entry point was given.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Writes an error to stderr and gives exit code 2.</summary>
    public int Fail(string message)
    {
        Error(message);
        return ExitCodes.BadInput;
    }

    /// <summary>Writes one error line to stderr: «ошибка: …» or "error: …".</summary>
    public void Error(string message) => Stderr.WriteLine($"{Language.T("ошибка", "error")}: {message}");

    /// <summary>Picks the text in the language of the run.</summary>
    public string T(string ru, string en) => Language.T(ru, en);

    public Option<string> FormatOption() => Choice("--format", T("Формат вывода: text (таблицы) или json", "Output format: text or json"), "text", "text", "json");

    /// <summary><c>--format text|json|html</c>, for a command that also writes a page in the HTML report's style.</summary>
    public Option<string> FormatOptionWithHtml() => Choice(
        "--format",
        T("Формат вывода: text (таблицы), json или html (страница в стиле HTML-отчёта)", "Output format: text, json or html (a page in the HTML report's style)"),
        "text",
        "text",
        "json",
        "html");

    /// <summary>
    /// <c>--lang ru|en</c>. Its default is the run's language: the environment's (LC_ALL, LC_MESSAGES, LANG, the UI
    /// culture) when it is Russian or English, else Russian; the help says which. Commands take the run's language from
    /// <see cref="Language"/>, which reads <c>--lang</c> before parsing.
    /// </summary>
    public Option<string> LanguageOption()
    {
        var option = Choice(
            "--lang",
            T("Язык вывода и справки: ru или en (по умолчанию — язык окружения: LC_ALL, LC_MESSAGES, LANG; иначе ru)", "Language of the output and help: ru or en (default: the environment's, from LC_ALL, LC_MESSAGES, LANG; else ru)"),
            Language.Code,
            "ru",
            "en");
        return option;
    }

    /// <summary><c>--strict</c>: a written document the regulation requires (consent, order, addendum) that is not presented is a violation.</summary>
    public Option<bool> StrictOption() => new("--strict")
    {
        Description = T(
            "Строгая проверка: непредставленный письменный документ, который требует Положение (согласие, приказ, дополнительное соглашение), считается нарушением",
            "Strict validation: a written document the regulation requires (a consent, an order, an addendum) that is not presented is a violation"),
    };

    /// <summary><c>--fail-on error|warning</c>: the least severity of a violation that gives exit code 1.</summary>
    public Option<string> FailOnOption() => Choice(
        "--fail-on",
        T("Код выхода 1 при нарушениях этой важности и выше: error (ошибки) или warning (и предупреждения)", "Exit code 1 for violations of this severity or higher: error or warning"),
        "error",
        "error",
        "warning");

    public Option<DateOnly?> AsOfOption(string description) => new("--as-of")
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

            result.AddError(T($"«{text}» — не дата в виде ГГГГ-ММ-ДД (--as-of).", $"'{text}' is not a date yyyy-MM-dd (--as-of)."));
            return null;
        },
    };

    public static Option<string> EditionOption(string description) => new("--edition")
    {
        Description = description,
        HelpName = "id-or-file",
    };

    /// <summary>
    /// An option of a few values. Its default is written into the description in the run's language (System.CommandLine
    /// would print "[default: …]" in English); a command reads a missing value as the default.
    /// </summary>
    private Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = $"{description} {T($"[по умолчанию: {defaultValue}]", $"[default: {defaultValue}]")}" };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
