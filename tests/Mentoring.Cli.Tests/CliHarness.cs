using System.Reflection;

namespace Mentoring.Cli.Tests;

/// <summary>What one run of the command gave: the exit code and what it wrote, with the repository's path taken out.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the command in-process through its entry point, with captured streams and a fixed clock.</summary>
internal static class CliHarness
{
    /// <summary>The test project's folder in the source tree (golden files live there).</summary>
    public static string ProjectDirectory { get; } = typeof(CliHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    /// <summary>The repository's root.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    /// <summary>The day the fixed clock says it is (a test that matters passes <c>--as-of</c>).</summary>
    public static DateTimeOffset Now { get; } = new(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A bundled example: <c>samples/data/&lt;edition&gt;/&lt;kind&gt;.json</c>, as an absolute path.</summary>
    public static string Sample(string edition, string kind) => Path.Combine(RepositoryRoot, "samples", "data", edition, kind + ".json");

    public static CliResult Run(params string[] args) => Run(Terminal.Redirected, args);

    public static CliResult Run(Terminal terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr, new FixedClock(Now), terminal);
        return new CliResult(code, Normalize(stdout.ToString()), Normalize(stderr.ToString()));
    }

    /// <summary>Output without the machine's paths and line endings: <c>samples/data/…</c> wherever the repository is.</summary>
    private static string Normalize(string text) =>
        text.Replace(RepositoryRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
