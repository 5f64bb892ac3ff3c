using System.Xml.Linq;

namespace Mentoring.Packaging.Tests;

/// <summary>
/// Follows docs/getting-started.md once, literally, for all the tests that check its outcome: in a fresh home folder
/// (HOME is a temporary folder, so NuGet's cache, the feed and the applications are new, and a package of the same
/// version cached by an earlier run cannot stand in for the one just packed), with the repository's clone at
/// <c>~/mentoring</c> (a symbolic link), it runs the guide's commands as the guide writes them: packs every package
/// into <c>~/mentoring-feed</c>, creates a .NET 10 and a .NET 8 console application that add <c>Mentoring.Rules</c>
/// through the feed's nuget.config, writes the guide's <c>Program.cs</c> into both, runs the first and publishes the
/// second self-contained for linux-x64 and runs it, and installs the tool from the feed and runs it.
/// </summary>
/// <remarks>
/// Network: only the package registry (through the usual nuget.org source). Time: each step has its own limit; a step
/// that fails or times out stops the steps that need it, and every test then reports the step's command and output.
/// About three minutes on an idle two-core machine.
/// </remarks>
public sealed class GettingStartedFixture : IDisposable
{
    /// <summary>The guide's commands, in its order; <see cref="GettingStartedTests"/> checks the guide still has each, verbatim.</summary>
    public static class Commands
    {
        public const string Pack = "cd ~/mentoring && eng/pack-local.sh ~/mentoring-feed";

        public static readonly string[] App10 =
        [
            "cd ~ && dotnet new console -o MyApp",
            "cp ~/mentoring-feed/nuget.config MyApp/",
            "cd MyApp && dotnet add package Mentoring.Rules",
        ];

        public static readonly string[] App8 =
        [
            "cd ~ && dotnet new console -o MyApp8 && sed -i 's/net10.0/net8.0/' MyApp8/MyApp8.csproj",
            "cp ~/mentoring-feed/nuget.config MyApp8/",
            "cd MyApp8 && dotnet add package Mentoring.Rules",
        ];

        public const string Run10 = "cd ~/MyApp && dotnet run -- ~/mentoring/samples/data/krasnokutsky-2022/violations.json";

        public const string Publish8 = "cd ~/MyApp8 && dotnet publish -c Release -r linux-x64 --self-contained -o out";

        public const string Run8 = "~/MyApp8/out/MyApp8 ~/mentoring/samples/data/krasnokutsky-2022/violations.json";

        public const string InstallTool = "dotnet tool install --global Mentoring.Cli --add-source ~/mentoring-feed";

        public const string ToolCompliant = "mentoring validate samples/data/krasnokutsky-2022/compliant.json --edition krasnokutsky-2022 --as-of 2024-06-30";

        public const string ToolViolations = "mentoring validate samples/data/krasnokutsky-2022/violations.json --edition krasnokutsky-2022 --as-of 2024-06-30";
    }

    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(10);

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("mentoring-getting-started-");

    public GettingStartedFixture()
    {
        Version = ReadVersion(Path.Combine(DotNet.RepositoryRoot, "eng", "Version.props"));
        Home = Directory.CreateDirectory(Path.Combine(_temp.FullName, "home")).FullName;
        Feed = Path.Combine(Home, "mentoring-feed");
        Directory.CreateSymbolicLink(Path.Combine(Home, "mentoring"), DotNet.RepositoryRoot);
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = Home,
            ["PATH"] = $"{Path.Combine(Home, ".dotnet", "tools")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["NUGET_PACKAGES"] = null,
            ["DOTNET_CLI_HOME"] = null,
            ["NUGET_HTTP_CACHE_PATH"] = null,
            ["CI"] = null,
        };

        ProcessResult Step(string script, TimeSpan? limit = null) => DotNet.Bash(Home, limit ?? StepLimit, environment, "set -e\n" + script);

        Program = MarkdownBlocks.Read("docs/getting-started.md").First(b => b.Language == "csharp" && b.Has("run")).Text;

        Pack = Step(Commands.Pack, PackLimit);
        if (Pack.ExitCode != 0)
        {
            App10 = App8 = Publish8 = Tool = NotRun("packing", Pack);
            Run10 = Run8 = ToolCompliant = ToolViolations = App10;
            return;
        }

        App10 = Step(string.Join('\n', Commands.App10));
        if (App10.ExitCode == 0)
        {
            File.WriteAllText(Path.Combine(Home, "MyApp", "Program.cs"), Program);
            Run10 = Step(Commands.Run10);
        }
        else
        {
            Run10 = NotRun("creating MyApp", App10);
        }

        App8 = Step(string.Join('\n', Commands.App8));
        if (App8.ExitCode == 0)
        {
            File.WriteAllText(Path.Combine(Home, "MyApp8", "Program.cs"), Program);
            Publish8 = Step(Commands.Publish8);
            Run8 = Publish8.ExitCode == 0 ? Step(Commands.Run8, TimeSpan.FromMinutes(1)) : NotRun("publishing MyApp8", Publish8);
        }
        else
        {
            Publish8 = Run8 = NotRun("creating MyApp8", App8);
        }

        Tool = Step(Commands.InstallTool);
        ToolCompliant = Tool.ExitCode == 0 ? Step($"cd ~/mentoring && {Commands.ToolCompliant}", TimeSpan.FromMinutes(1)) : NotRun("installing the tool", Tool);
        ToolViolations = Tool.ExitCode == 0 ? Step($"cd ~/mentoring && {Commands.ToolViolations}", TimeSpan.FromMinutes(1)) : ToolCompliant;
    }

    /// <summary>The version every package has (eng/Version.props).</summary>
    public string Version { get; }

    /// <summary>The fresh home folder the guide was followed in.</summary>
    public string Home { get; }

    /// <summary>The folder feed: <c>~/mentoring-feed</c>.</summary>
    public string Feed { get; }

    /// <summary>The guide's Program.cs (its first <c>csharp run</c> block).</summary>
    public string Program { get; }

    /// <summary>eng/pack-local.sh.</summary>
    public ProcessResult Pack { get; }

    /// <summary>Creating the .NET 10 application and adding the package.</summary>
    public ProcessResult App10 { get; }

    /// <summary>Running the .NET 10 application on the bundled example.</summary>
    public ProcessResult Run10 { get; }

    /// <summary>Creating the .NET 8 application and adding the package.</summary>
    public ProcessResult App8 { get; }

    /// <summary>Publishing the .NET 8 application self-contained.</summary>
    public ProcessResult Publish8 { get; }

    /// <summary>Running the self-contained .NET 8 application on the bundled example.</summary>
    public ProcessResult Run8 { get; }

    /// <summary>Installing the tool from the feed.</summary>
    public ProcessResult Tool { get; }

    /// <summary>The tool on the compliant example.</summary>
    public ProcessResult ToolCompliant { get; }

    /// <summary>The tool on the example with violations.</summary>
    public ProcessResult ToolViolations { get; }

    /// <summary>The global-packages folder of the fresh home.</summary>
    public string Packages => Path.Combine(Home, ".nuget", "packages");

    /// <summary>The path of a package in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            // The link first: deleting the tree must never follow it into the repository.
            File.Delete(Path.Combine(Home, "mentoring"));
            _temp.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temporary folder is left for the system to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static ProcessResult NotRun(string step, ProcessResult failed) =>
        new($"(not run: {step} failed)", -1, failed.Describe(), false, TimeSpan.Zero);

    private static string ReadVersion(string versionProps)
    {
        var properties = XDocument.Load(versionProps).Descendants().Where(e => !e.HasElements)
            .GroupBy(e => e.Name.LocalName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal);
        var prefix = properties["VersionPrefix"];
        return properties.TryGetValue("VersionSuffix", out var suffix) && suffix.Length > 0 ? $"{prefix}-{suffix}" : prefix;
    }
}
