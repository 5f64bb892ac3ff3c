using System.Diagnostics;
using System.Text.Json;
using Mentoring.Cli.Tests.Rules;

namespace Mentoring.Cli.Tests;

/// <summary>
/// Issue #14, the command line: every input that can be validated is, every one that cannot is reported in the same
/// run (text and JSON); <c>--format json</c> always writes a JSON document; FIFOs and devices are refused by their type,
/// without being opened.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string Compliant = CliHarness.Sample("federal-2021", "compliant");

    /// <summary>A guard against a run that never ends (the old CLI blocked on a FIFO for ever); not a measurement.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    [LinuxFact]
    public void Validate_FifoAsCaseFile_IsRefusedAndTheOtherFileValidated()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, "case.json");

        var result = RunGuarded("validate", fifo, Compliant, "--as-of", "2024-06-30", "--format", "json", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("CLI003", error.GetProperty("code").GetString());
        Assert.Equal(fifo, error.GetProperty("file").GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("file").GetString()!.EndsWith("compliant.json", StringComparison.Ordinal));
        Assert.Contains($"{fifo}: CLI003", result.Stderr, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Validate_FifoAsEdition_IsRefusedWithALocatedError()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, "edition.json");

        var result = RunGuarded("validate", Compliant, "--edition", fifo, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"CLI003 ({fifo})", result.Stderr, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Validate_DeviceAsEdition_IsRefusedWithoutReadingIt()
    {
        var result = RunGuarded("validate", Compliant, "--edition", "/dev/zero", "--as-of", "2024-06-30", "--format", "json", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CLI003 (/dev/zero)", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("CLI003", error.GetProperty("code").GetString());
        Assert.Equal("/dev/zero", error.GetProperty("file").GetString());
    }

    [LinuxFact]
    public void Validate_DeviceAsCaseFile_IsRefusedAndTheOtherFileValidated()
    {
        var result = RunGuarded("validate", "/dev/zero", Compliant, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/dev/zero: CLI003", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("school-12", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderAsEdition_IsRefusedWithCLI004()
    {
        using var folder = new TempFolder();

        var result = CliHarness.Run("validate", Compliant, "--edition", folder.Path + "/", "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CLI004", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Validate_BlankPathBesideAGoodFile_ReportsTheBlankPathAndValidatesTheOther(string format)
    {
        var result = CliHarness.Run("validate", "   ", Compliant, "--as-of", "2024-06-30", "--format", format, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CLI006", result.Stderr, StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("CLI006", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("organizations").GetInt32());
        }
        else
        {
            Assert.Contains("school-12", result.Stdout, StringComparison.Ordinal);
        }
    }

    [NotRootLinuxFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Validate_UnreadableFolderBesideAGoodFile_ReportsTheFolderAndValidatesTheOther()
    {
        using var folder = new TempFolder();
        var locked = Path.Combine(folder.Path, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = CliHarness.Run("validate", locked, Compliant, "--as-of", "2024-06-30", "--format", "json", "--lang", "en");

            Assert.Equal(2, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("CLI005", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("organizations").GetInt32());
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Validate_ValidationFailsForOneFile_TheOtherFileIsStillReported(string format)
    {
        using var folder = new TempFolder();
        var failing = folder.Write("failing.json", File.ReadAllText(Compliant).Replace("\"school-12\"", $"\"{ThrowingProbe.FailingOrganization}\"", StringComparison.Ordinal));
        var edition = folder.Write("probe-edition.json", ProbeEdition);

        var result = CliHarness.Run(
            "validate", failing, Compliant, "--rules", typeof(ThrowingProbe).Assembly.Location, "--edition", edition,
            "--as-of", "2024-06-30", "--format", format, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{failing}: CLI007", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(ThrowingProbe.FailingOrganization, result.Stderr, StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("CLI007", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "probe.throws" && f.GetProperty("organizationId").GetString() == "school-12");
            Assert.DoesNotContain(findings, f => f.GetProperty("organizationId").GetString() == ThrowingProbe.FailingOrganization);
        }
        else
        {
            Assert.Contains("school-12", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("validate", "--as-of", "30.06.2024")]
    [InlineData("validate", "--format", "json", "--no-such-option")]
    [InlineData("rules", "--format", "json", "--as-of")]
    public void AnyCommand_UsageErrorWithFormatJson_WritesAJsonDocumentWithTheErrors(params string[] args)
    {
        var result = CliHarness.Run([.. args, "--format", "json", "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.Equal("CLI008", e.GetProperty("code").GetString()));
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Validate_UnknownEditionWithFormatJson_WritesAJsonDocumentWithTheEditionError()
    {
        var result = CliHarness.Run("validate", Compliant, "--edition", "no-such-edition", "--as-of", "2024-06-30", "--format", "json", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.StartsWith("MR", error.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Contains("no-such-edition", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private const string ProbeEdition = """
        {
          "id": "probe-edition",
          "title": { "ru": "Проверочная редакция", "en": "Probe edition" },
          "source": { "issuer": "Тесты", "number": "1", "date": "2021-01-01" },
          "inherits": "federal-2021",
          "rules": {
            "probe.throws": {
              "enabled": true,
              "because": { "ru": "Проверочное правило тестов.", "en": "The tests' probe rule." }
            }
          }
        }
        """;

    [LinuxFact]
    public void Match_FifoAsRegistry_IsRefusedAndTheOtherRegistryStillRead()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, "mentors.csv");
        var mentees = folder.Write("mentees.csv", "ФИО;Дата рождения\nСидорова Анна Петровна;31.02.2000\n");

        var result = RunGuarded("match", fifo, mentees, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{fifo}: CLI003", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("mentees.csv", result.Stderr.Replace(fifo, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [LinuxTheory]
    [InlineData("match", "case.json", "{0}: CLI003")]
    [InlineData("roadmap", "roadmap.csv", "{0}:0:0: CLI003")]
    public void MatchOrRoadmap_FifoAsInput_IsRefusedWithoutOpeningIt(string command, string name, string expected)
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder, name);

        var result = RunGuarded(command, fifo, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, fifo), result.Stderr, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Roadmap_DeviceOrFolder_IsRefusedByItsType()
    {
        using var folder = new TempFolder();

        var device = RunGuarded("roadmap", "/dev/zero", "--as-of", "2024-06-30", "--lang", "en");
        var directory = RunGuarded("roadmap", folder.Path, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, device.ExitCode);
        Assert.Contains("CLI003", device.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, directory.ExitCode);
        Assert.Contains("CLI004", directory.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the command on another thread and fails when it has not ended within <see cref="Guard"/>.</summary>
    private static CliResult RunGuarded(params string[] args)
    {
        var run = Task.Run(() => CliHarness.Run(args));
        Assert.True(run.Wait(Guard), "the command did not return: it blocked on its input");
        return run.Result;
    }

    private static string MakeFifo(TempFolder folder, string name)
    {
        var path = Path.Combine(folder.Path, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}

/// <summary>A fact that runs on Linux only (FIFOs and <c>/dev/zero</c>); skipped elsewhere, with the reason.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: mkfifo, /dev/zero and statx(2).";
        }
    }
}

/// <summary>A fact that needs Linux and a user other than root (root reads a folder whatever its mode).</summary>
public sealed class NotRootLinuxFactAttribute : FactAttribute
{
    public NotRootLinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux file modes.";
        }
        else if (Environment.UserName == "root")
        {
            Skip = "Runs as root, who reads a folder whatever its mode: no folder can be made unreadable.";
        }
    }
}

/// <summary>A theory that runs on Linux only (FIFOs and <c>/dev/zero</c>); skipped elsewhere, with the reason.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: mkfifo, /dev/zero and statx(2).";
        }
    }
}
