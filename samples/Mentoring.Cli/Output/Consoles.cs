using Spectre.Console;

namespace Mentoring.Cli.Output;

/// <summary>
/// Spectre consoles over a writer. On a terminal: colours, tables with box drawing, the terminal's width (or COLUMNS).
/// Plain (not a terminal, or NO_COLOR): no ANSI codes, no box-drawing characters (tables are drawn with ASCII), the
/// width of COLUMNS or 160 columns, and the same text on every run.
/// </summary>
internal static class Consoles
{
    public static IAnsiConsole Create(TextWriter writer, Terminal terminal)
    {
        var plain = terminal.Plain;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // A terminal gets the 16 standard colours, which every terminal shows, whatever TERM says.
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Yes,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Standard,
            Interactive = terminal.Output ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Capabilities.Unicode = true;
        if (terminal.Width is { } width)
        {
            console.Profile.Width = width;
        }
        else if (!terminal.Output)
        {
            console.Profile.Width = Terminal.DefaultWidth;
        }

        return console;
    }

    /// <summary>The tables' border: box drawing on a terminal, ASCII when plain.</summary>
    public static TableBorder Border(Terminal terminal) => terminal.Plain ? TableBorder.Ascii : TableBorder.Square;
}
