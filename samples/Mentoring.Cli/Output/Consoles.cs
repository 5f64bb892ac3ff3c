using Spectre.Console;

namespace Mentoring.Cli.Output;

/// <summary>Spectre consoles over a writer: colours and live rendering on a terminal; plain, 160 columns wide and free of ANSI otherwise.</summary>
internal static class Consoles
{
    public const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Capabilities.Unicode = true;
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
