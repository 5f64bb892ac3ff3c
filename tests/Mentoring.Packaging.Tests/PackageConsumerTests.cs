using System.IO.Compression;
using System.Xml.Linq;

namespace Mentoring.Packaging.Tests;

/// <summary>
/// Packs Mentoring.Domain, Mentoring.Rules and Mentoring.EntityFrameworkCore into a temporary folder feed, then restores, builds and runs
/// samples/Mentoring.Samples.PackageConsumer against that feed (and the normal registry for the packages' own
/// dependencies) through the machine's own package sources: the packages work outside the solution.
/// </summary>
/// <remarks>
/// One fixture does the work once (about a minute on two cores); the tests assert on its results. The consumer restores
/// into a private global-packages folder, so a package left in the machine's cache by an earlier run cannot stand in
/// for the one just packed.
/// </remarks>
public sealed class PackageConsumerTests(PackageConsumerFixture run) : IClassFixture<PackageConsumerFixture>
{
    [Fact]
    public void Pack_BothLibraries_ProducePackagesAndSymbolsOfTheRepositoryVersion()
    {
        Assert.True(run.Pack.All(p => p.ExitCode == 0), string.Join(Environment.NewLine, run.Pack.Select(p => p.Describe())));
        foreach (var id in new[] { "Mentoring.Domain", "Mentoring.Rules", "Mentoring.EntityFrameworkCore" })
        {
            Assert.True(File.Exists(run.Package(id)), $"{run.Package(id)} is missing.");
            Assert.True(File.Exists(Path.ChangeExtension(run.Package(id), ".snupkg")), $"The symbols of {id} are missing.");
        }
    }

    [Theory]
    [InlineData("Mentoring.Domain")]
    [InlineData("Mentoring.Rules")]
    [InlineData("Mentoring.EntityFrameworkCore")]
    public void Pack_Package_CarriesReadmeLicenceDocumentationAndRepository(string id)
    {
        using var package = ZipFile.OpenRead(run.Package(id));
        var entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("README.md", entries);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);

        using var nuspecStream = package.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(run.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("mentoring", Value("tags"), StringComparison.Ordinal);
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
    }

    [Fact]
    public void Consumer_BuiltAgainstTheFeed_PrintsTheExpectedFindings()
    {
        Assert.True(run.Consumer.ExitCode == 0, run.Consumer.Describe());

        var lines = run.Consumer.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.StartsWith("VIOLATED program.duration (002 §1 (понятия)): ", StringComparison.Ordinal)
            && l.Contains("PR-1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("VIOLATED pair.order-approved ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Editions: 7, rules: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mentoring.Rules")]
    [InlineData("Mentoring.Domain")]
    public void Consumer_Restore_TakesOurPackagesFromTheFolderFeed(string id)
    {
        Assert.True(run.Consumer.ExitCode == 0, run.Consumer.Describe());

        // NuGet records where it got each package: ours must come from the feed just packed, not from a cache or registry.
        var metadata = Path.Combine(run.Packages, id.ToLowerInvariant(), run.Version, ".nupkg.metadata");
        Assert.True(File.Exists(metadata), $"{id} {run.Version} was not restored into {run.Packages}.");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(metadata));
        Assert.Equal(Path.TrimEndingDirectorySeparator(run.Feed), Path.TrimEndingDirectorySeparator(json.RootElement.GetProperty("source").GetString()!));
    }

    [Fact]
    public void Consumer_Run_ReportsTheRepositoryVersion()
    {
        Assert.True(run.Consumer.ExitCode == 0, run.Consumer.Describe());

        var banner = run.Consumer.Output.ReplaceLineEndings("\n").Split('\n').Single(l => l.StartsWith("Mentoring.Rules ", StringComparison.Ordinal));
        Assert.StartsWith($"Mentoring.Rules {run.Version}", banner, StringComparison.Ordinal);
    }
}

/// <summary>Packs, restores, builds and runs once for all the tests of <see cref="PackageConsumerTests"/>.</summary>
public sealed class PackageConsumerFixture : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("mentoring-packaging-");

    public PackageConsumerFixture()
    {
        Version = ReadVersion(Path.Combine(DotNet.RepositoryRoot, "eng", "Version.props"));
        Feed = Directory.CreateDirectory(Path.Combine(_temp.FullName, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(_temp.FullName, "packages")).FullName;
        var artifacts = Path.Combine(_temp.FullName, "artifacts");
        var noEnvironment = new Dictionary<string, string?>();

        // 1. Pack the libraries (their own build, in a private artifacts folder) into the folder feed.
        Pack =
        [
            .. new[] { "src/Mentoring.Domain/Mentoring.Domain.csproj", "src/Mentoring.Rules/Mentoring.Rules.csproj", "src/Mentoring.EntityFrameworkCore/Mentoring.EntityFrameworkCore.csproj" }.Select(project =>
                DotNet.Run(DotNet.RepositoryRoot, Limit, noEnvironment,
                    "pack", Path.Combine(DotNet.RepositoryRoot, project), "-c", "Release", "-o", Feed,
                    "--artifacts-path", artifacts, "--disable-build-servers", "-nodeReuse:false")),
        ];

        // 2. The folder feed is added to the machine's configured sources (RestoreAdditionalProjectSources), so the
        //    dependencies come from wherever this machine restores packages; the machine's package cache is added as a
        //    local feed too (no download when it already holds them). Our packages exist only in the folder feed.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var sources = Directory.Exists(cache) ? $"{Feed}%3B{cache}" : Feed; // %3B: a ";" inside an MSBuild property value

        // 3. Restore, build and run the consumer: a private global-packages folder, a private artifacts folder.
        var consumer = Path.Combine(DotNet.RepositoryRoot, "samples", "Mentoring.Samples.PackageConsumer", "Mentoring.Samples.PackageConsumer.csproj");
        var consumerArtifacts = Path.Combine(_temp.FullName, "consumer");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages };
        if (Pack.Any(p => p.ExitCode != 0))
        {
            Consumer = new ProcessResult("(not run: packing failed)", -1, string.Join(Environment.NewLine, Pack.Select(p => p.Describe())), false, TimeSpan.Zero);
            return;
        }

        var restore = DotNet.Run(DotNet.RepositoryRoot, Limit, environment,
            "restore", consumer, $"-p:RestoreAdditionalProjectSources={sources}", "--artifacts-path", consumerArtifacts, "--disable-build-servers", "-nodeReuse:false");
        var build = restore.ExitCode != 0 ? restore : DotNet.Run(DotNet.RepositoryRoot, Limit, environment,
            "build", consumer, "-c", "Release", "--no-restore", "--artifacts-path", consumerArtifacts, "--disable-build-servers", "-nodeReuse:false");
        var program = Path.Combine(consumerArtifacts, "bin", "Mentoring.Samples.PackageConsumer", "release", "Mentoring.Samples.PackageConsumer.dll");
        Consumer = build.ExitCode != 0
            ? build
            : DotNet.Run(_temp.FullName, TimeSpan.FromMinutes(1), environment, program);
    }

    /// <summary>The version every package has (eng/Version.props).</summary>
    public string Version { get; }

    /// <summary>The folder feed the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The consumer's private global-packages folder.</summary>
    public string Packages { get; }

    /// <summary>The two <c>dotnet pack</c> runs.</summary>
    public IReadOnlyList<ProcessResult> Pack { get; }

    /// <summary>The consumer's run (or the step that failed before it).</summary>
    public ProcessResult Consumer { get; }

    /// <summary>The path of a package in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
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

    private static string ReadVersion(string versionProps)
    {
        var properties = XDocument.Load(versionProps).Descendants().Where(e => !e.HasElements)
            .GroupBy(e => e.Name.LocalName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal);
        var prefix = properties["VersionPrefix"];
        return properties.TryGetValue("VersionSuffix", out var suffix) && suffix.Length > 0 ? $"{prefix}-{suffix}" : prefix;
    }
}
