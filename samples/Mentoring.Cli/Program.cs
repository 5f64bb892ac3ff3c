// The `mentoring` command. The one clock and the one look at the terminal are here, at the edge.
using System.Text;
using Mentoring.Cli;

Console.OutputEncoding = Encoding.UTF8;
return Cli.Run(args, Console.Out, Console.Error, TimeProvider.System, new Terminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected));
