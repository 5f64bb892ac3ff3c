namespace Mentoring.Packaging.Tests;

/// <summary>The one run of docs/getting-started.md that the consumer and package tests share.</summary>
[CollectionDefinition(Name)]
public sealed class GettingStartedRun : ICollectionFixture<GettingStartedFixture>
{
    public const string Name = "getting-started";
}

/// <summary>
/// A new user follows docs/getting-started.md: the packages come from the folder feed, a net10.0 and a net8.0
/// application build against them and validate a bundled case, and the tool installs from the feed and runs.
/// </summary>
[Collection(GettingStartedRun.Name)]
public sealed class GettingStartedTests(GettingStartedFixture run)
{
    public static TheoryData<string> GuideCommands() =>
    [
        GettingStartedFixture.Commands.Pack,
        .. GettingStartedFixture.Commands.App10,
        .. GettingStartedFixture.Commands.App8,
        GettingStartedFixture.Commands.Run10,
        GettingStartedFixture.Commands.Publish8,
        GettingStartedFixture.Commands.Run8,
        GettingStartedFixture.Commands.InstallTool,
        GettingStartedFixture.Commands.ToolCompliant,
        GettingStartedFixture.Commands.ToolViolations,
    ];

    [Theory]
    [MemberData(nameof(GuideCommands))]
    public void Guide_Command_IsWrittenVerbatimInTheGuide(string command)
    {
        var guide = File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "docs", "getting-started.md"));

        Assert.True(guide.Contains(command, StringComparison.Ordinal), $"docs/getting-started.md no longer has the command the test runs: {command}");
    }

    [Fact]
    public void PackLocal_EveryPackage_IsInTheFeedWithItsNugetConfig()
    {
        Assert.True(run.Pack.ExitCode == 0, run.Pack.Describe());
        foreach (var id in PackageExpectations.Packages)
        {
            Assert.True(File.Exists(run.Package(id)), $"{run.Package(id)} is missing. {run.Pack.Describe()}");
        }

        var config = File.ReadAllText(Path.Combine(run.Feed, "nuget.config"));
        Assert.Contains("<package pattern=\"Mentoring.*\" />", config, StringComparison.Ordinal);
        Assert.Contains($"value=\"{run.Feed}\"", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Net10Consumer_RunOnTheBundledViolations_PrintsTheViolationsAndExits1()
    {
        Assert.True(run.Run10.ExitCode == 1, run.Run10.Describe());
        AssertViolationsPrinted(run.Run10);
    }

    [Fact]
    public void Net8Consumer_PublishedSelfContained_RunsOnTheNet8RuntimeAndPrintsTheViolations()
    {
        Assert.True(run.Run8.ExitCode == 1, run.Run8.Describe());
        AssertViolationsPrinted(run.Run8);

        // Self-contained: the .NET 8 runtime is in the output folder, whatever the machine has installed.
        var runtime = Path.Combine(run.Home, "MyApp8", "out", "System.Private.CoreLib.dll");
        Assert.True(File.Exists(runtime), $"{runtime} is missing: the application was not published self-contained.");
        Assert.Equal(8, System.Reflection.AssemblyName.GetAssemblyName(runtime).Version!.Major);
        Assert.True(File.Exists(Path.Combine(run.Home, "MyApp8", "out", "Mentoring.Rules.dll")));
    }

    [Theory]
    [InlineData("MyApp", "net10.0")]
    [InlineData("MyApp8", "net8.0")]
    public void Consumer_Restore_TakesOurPackagesFromTheFolderFeedAndTheirAssetsForItsTarget(string app, string framework)
    {
        Assert.True(run.Run10.ExitCode >= 0 && run.Run8.ExitCode >= 0, run.Run10.Describe() + run.Run8.Describe());
        foreach (var id in new[] { "Mentoring.Rules", "Mentoring.Domain" })
        {
            // NuGet records where it got each package: ours must come from the feed just packed.
            var metadata = Path.Combine(run.Packages, id.ToLowerInvariant(), run.Version, ".nupkg.metadata");
            Assert.True(File.Exists(metadata), $"{id} {run.Version} was not restored into {run.Packages}.");
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(metadata));
            Assert.Equal(Path.TrimEndingDirectorySeparator(run.Feed), Path.TrimEndingDirectorySeparator(json.RootElement.GetProperty("source").GetString()!));
        }

        var assets = File.ReadAllText(Path.Combine(run.Home, app, "obj", "project.assets.json"));
        Assert.Contains($"lib/{framework}/Mentoring.Rules.dll", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstalledFromTheFeed_ValidatesTheBundledExamplesWithTheDocumentedExitCodes()
    {
        Assert.True(run.Tool.ExitCode == 0, run.Tool.Describe());
        Assert.True(run.ToolCompliant.ExitCode == 0, run.ToolCompliant.Describe());
        Assert.True(run.ToolViolations.ExitCode == 1, run.ToolViolations.Describe());
        Assert.Contains("program.duration", run.ToolViolations.Output, StringComparison.Ordinal);
    }

    private static void AssertViolationsPrinted(ProcessResult result)
    {
        var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.True(lines.Any(l => l.StartsWith("program.duration (002 §1 (понятия)): ", StringComparison.Ordinal) && l.Contains("prog-1", StringComparison.Ordinal)), result.Describe());
        Assert.True(lines.Contains("Violations: 6"), result.Describe());
    }
}
