// The `mentoring` command. The one clock and the one look at the terminal are here, at the edge.
using System.Text;
using Mentoring.Cli;

Console.OutputEncoding = Encoding.UTF8;
var terminal = Terminal.FromEnvironment(
    Environment.GetEnvironmentVariable,
    !Console.IsOutputRedirected,
    !Console.IsErrorRedirected,
    Console.IsOutputRedirected ? null : WindowWidth(),
    System.Globalization.CultureInfo.CurrentUICulture);
return Cli.Run(args, Console.Out, Console.Error, TimeProvider.System, terminal);

// The terminal's width, when it tells one.
static int? WindowWidth()
{
    try
    {
        return Console.WindowWidth > 0 ? Console.WindowWidth : null;
    }
    catch (IOException)
    {
        return null;
    }
}
