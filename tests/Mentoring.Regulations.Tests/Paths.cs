using System.Runtime.CompilerServices;

namespace Mentoring.Regulations.Tests;

/// <summary>The repository's root, the fixtures folder and the seeds.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures { get; } = Path.Combine(Root, "tests", "Mentoring.Regulations.Tests", "Fixtures");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Seed 002 (the federal model as the Krasnokutsky district adopted it), when the shared seeds are present.</summary>
    public static string? Seed002 =>
        Directory.Exists("/work/shared/seeds") ? Directory.GetFiles("/work/shared/seeds", "002_*.txt").FirstOrDefault() : null;

    private static string FindRoot([CallerFilePath] string file = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(file), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir, "docs")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
