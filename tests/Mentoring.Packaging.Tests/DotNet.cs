using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Mentoring.Packaging.Tests;

/// <summary>What one child process gave.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>The command, its exit code and everything it printed: the message of a failed assertion.</summary>
    public string Describe() =>
        $"`{CommandLine}` {(TimedOut ? "timed out" : $"exited with {ExitCode}")} after {Elapsed.TotalSeconds:F0} s. Output:{Environment.NewLine}{Output}";
}

/// <summary>Runs the <c>dotnet</c> command (or another program, or a bash script) as a child process with a time limit, capturing its output.</summary>
internal static class DotNet
{
    /// <summary>The repository's root (recorded at build time).</summary>
    public static string RepositoryRoot { get; } = typeof(DotNet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The <c>dotnet</c> host that runs these tests (or the one on the PATH).</summary>
    public static string Host { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with the arguments; kills the process tree when it outlives the limit.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">The limit.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The exit code and output.</returns>
    public static ProcessResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Program(Host, workingDirectory, timeout, environment, arguments);

    /// <summary>Runs a bash script (<c>bash -c</c>) with the same settings as <see cref="Run"/>.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">The limit.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    /// <param name="script">The script: one or more shell command lines.</param>
    /// <returns>The exit code and output.</returns>
    public static ProcessResult Bash(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, string script) =>
        Program("bash", workingDirectory, timeout, environment, "-c", script);

    /// <summary>Runs a program with the same settings as <see cref="Run"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">The limit.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The exit code and output.</returns>
    public static ProcessResult Program(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would make the child build with this test run's MSBuild state.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        else
        {
            // Drains the redirected streams, unless a grandchild left behind still holds them.
            Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(30));
        }

        lock (output)
        {
            return new ProcessResult(
                fileName == Host ? "dotnet " + string.Join(' ', arguments) : $"{fileName} {string.Join(' ', arguments)}",
                exited ? process.ExitCode : -1,
                output.ToString(),
                !exited,
                clock.Elapsed);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
