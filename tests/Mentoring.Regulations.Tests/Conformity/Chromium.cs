using System.Diagnostics;

namespace Mentoring.Regulations.Tests.Conformity;

/// <summary>
/// A fact that runs only where headless Chromium is installed at <see cref="Chromium.Path"/> (Debian's <c>chromium</c>
/// package), as the monitoring report's tests do (tests/Mentoring.Rules.Tests/Reporting); elsewhere it is reported
/// skipped with that reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenChromiumAttribute : FactAttribute
{
    public FactWhenChromiumAttribute()
    {
        if (!File.Exists(Chromium.Path))
        {
            Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install chromium): the conformity page is not opened in a browser.";
        }
    }
}

/// <summary>A theory that runs only where headless Chromium is installed (see <see cref="FactWhenChromiumAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenChromiumAttribute : TheoryAttribute
{
    public TheoryWhenChromiumAttribute()
    {
        if (!File.Exists(Chromium.Path))
        {
            Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install chromium): the conformity page's layout at phone and desktop widths is not checked.";
        }
    }
}

/// <summary>Headless Chromium, started as the monitoring report's tests start it.</summary>
internal static class Chromium
{
    /// <summary>Where the tests look for Chromium.</summary>
    public const string Path = "/usr/bin/chromium";

    /// <summary>The DOM Chromium builds from a page.</summary>
    public static string DumpDom(string profileRoot, string url) => Run(profileRoot, "--dump-dom", url);

    /// <summary>Runs headless Chromium with the arguments after the usual ones; its standard output.</summary>
    public static string Run(string profileRoot, params string[] args)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={System.IO.Path.Combine(profileRoot, "profile")}",
                 }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "Chromium finished within two minutes");
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
