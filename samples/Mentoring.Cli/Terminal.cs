using System.Globalization;

namespace Mentoring.Cli;

/// <summary>
/// What the program learns of its terminal and environment at the edge (Program.cs), so that everything else can be
/// tested: whether standard output and standard error are terminals, the width to render to, whether colours are
/// refused (<c>NO_COLOR</c>), and the language the environment asks for.
/// </summary>
/// <param name="Output">True when standard output is a terminal.</param>
/// <param name="Error">True when standard error is a terminal: the progress bar is drawn there.</param>
internal sealed record Terminal(bool Output, bool Error)
{
    /// <summary>The width when it is known neither from the terminal nor from <c>COLUMNS</c>: wide enough for every table.</summary>
    public const int DefaultWidth = 160;

    /// <summary>Both redirected, nothing from the environment: what tests and pipes see (Russian, 160 columns, plain).</summary>
    public static Terminal Redirected { get; } = new(false, false);

    /// <summary>The width to render to: <c>COLUMNS</c> when set, else the terminal's, else <see cref="DefaultWidth"/>.</summary>
    public int? Width { get; init; }

    /// <summary>True when <c>NO_COLOR</c> is set to anything but an empty string (no-color.org).</summary>
    public bool NoColor { get; init; }

    /// <summary>The language the environment asks for (LC_ALL, LC_MESSAGES, LANG, then the UI culture), or null.</summary>
    public Language? EnvironmentLanguage { get; init; }

    /// <summary>Plain text: no colours, no ANSI codes, no box drawing. When output is not a terminal or NO_COLOR is set.</summary>
    public bool Plain => !Output || NoColor;

    /// <summary>The terminal and environment of this process.</summary>
    /// <param name="variable">Reads an environment variable.</param>
    /// <param name="outputIsTerminal">Whether standard output is a terminal.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal.</param>
    /// <param name="windowWidth">The terminal's width, when standard output is one and it is known.</param>
    /// <param name="uiCulture">The UI culture, the last source of the language.</param>
    /// <returns>The terminal.</returns>
    public static Terminal FromEnvironment(Func<string, string?> variable, bool outputIsTerminal, bool errorIsTerminal, int? windowWidth, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(uiCulture);
        var columns = int.TryParse(variable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is >= 20 and <= 1000 ? c : (int?)null;
        return new Terminal(outputIsTerminal, errorIsTerminal)
        {
            Width = columns ?? (outputIsTerminal && windowWidth is > 0 ? windowWidth : null),
            NoColor = !string.IsNullOrEmpty(variable("NO_COLOR")),
            EnvironmentLanguage = LanguageOf(variable, uiCulture),
        };
    }

    /// <summary>
    /// The language of the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG (the first that is set and
    /// not empty decides); «ru…» is Russian, «en…» English; C, POSIX or another language fall back to the UI culture
    /// (Russian or English), and otherwise to none (the tool's default, Russian).
    /// </summary>
    internal static Language? LanguageOf(Func<string, string?> variable, CultureInfo uiCulture)
    {
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (variable(name) is { Length: > 0 } value)
            {
                if (Known(value) is { } language)
                {
                    return language;
                }

                break;
            }
        }

        return Known(uiCulture.Name);

        static Language? Known(string locale) =>
            locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Language.Russian
            : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English
            : null;
    }
}
