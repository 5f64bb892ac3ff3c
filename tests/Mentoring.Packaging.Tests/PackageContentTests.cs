using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mentoring.Packaging.Tests;

/// <summary>What each package must hold: the one table of dependencies per package and target framework.</summary>
internal static class PackageExpectations
{
    /// <summary>Every package the repository ships.</summary>
    public static readonly string[] Packages = ["Mentoring.Domain", "Mentoring.Rules", "Mentoring.Importing", "Mentoring.Cli"];

    /// <summary>The libraries (a tool package has no lib/ folder and no dependencies).</summary>
    public static readonly string[] Libraries = ["Mentoring.Domain", "Mentoring.Rules"];

    /// <summary>The target frameworks of the libraries.</summary>
    public static readonly string[] Frameworks = ["net8.0", "net10.0"];

    /// <summary>
    /// THE dependency table: package → target framework → the ids of its NuGet dependencies. The domain needs nothing.
    /// The rules: the domain, NRules (and the NRules packages its version is pinned with, central transitive pinning),
    /// the DI abstractions, and — until the importers move to a package of their own — CsvHelper and
    /// DocumentFormat.OpenXml (with the System.IO.Packaging pin OpenXml 2.20 needs). Change it here, nowhere else.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Dependencies =
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            // Results and specifications are Ardalis's (issue #12): the domain's two dependencies, neither with its own.
            ["Mentoring.Domain"] = Same(["Ardalis.Result", "Ardalis.Specification"]),
            ["Mentoring.Rules"] = Same(
            [
                "Mentoring.Domain",
                "NRules", "NRules.Fluent", "NRules.RuleModel", "NRules.Runtime",
                // Hosting the Microsoft.Extensions way: DI, options bound from configuration, logging, the content root.
                "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Hosting.Abstractions",
                "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Options.ConfigurationExtensions", "Microsoft.Extensions.Configuration",
                // Pinned transitively (central transitive pinning lists them): the domain's own two.
                "Ardalis.Result", "Ardalis.Specification",
            ]),
            // The table importers in their own package: a host that validates JSON case files pulls no spreadsheet library.
            ["Mentoring.Importing"] = Same(["Mentoring.Domain", "CsvHelper", "DocumentFormat.OpenXml", "Ardalis.Result", "Ardalis.Specification"]),
            ["Mentoring.Cli"] = new Dictionary<string, string[]>(),
        };

    private static Dictionary<string, string[]> Same(string[] ids) => Frameworks.ToDictionary(f => f, _ => ids);
}

/// <summary>
/// The packages that eng/pack-local.sh made (in the getting-started run), opened and read: nuspec metadata, files,
/// dependencies per target framework, and PDBs a debugger can use with nothing else at hand.
/// </summary>
[Collection(GettingStartedRun.Name)]
public sealed partial class PackageContentTests(GettingStartedFixture run)
{
    public static TheoryData<string> Packages() => [.. PackageExpectations.Packages];

    public static TheoryData<string, string> LibraryFrameworks()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in PackageExpectations.Libraries)
        {
            foreach (var framework in PackageExpectations.Frameworks)
            {
                data.Add(id, framework);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Nuspec_Package_HasHonestMetadata(string id)
    {
        var metadata = Metadata(id);
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(id, Value("id"));
        Assert.Equal(run.Version, Value("version"));
        Assert.Equal("Mentoring.Domain contributors", Value("authors"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains(run.Version, Value("releaseNotes"), StringComparison.Ordinal);
        Assert.Contains("CHANGELOG.md", Value("releaseNotes"), StringComparison.Ordinal);
        Assert.Contains("mentoring", Value("tags"), StringComparison.Ordinal);

        // No home yet: no project URL, and a repository element (if any) names a commit, never a made-up URL.
        Assert.Null(Value("projectUrl"));
        var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
        Assert.Null(repository?.Attribute("url"));
        Assert.DoesNotContain("example.org", metadata.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_Files_HoldReadmeLicenceChangelogAndARealSmallPngIcon(string id)
    {
        using var package = Open(id);
        var entries = package.Entries.Select(e => e.FullName).ToArray();

        foreach (var file in new[] { "README.md", "LICENSE", "CHANGELOG.md", "icon.png" })
        {
            Assert.Contains(file, entries);
        }

        var icon = package.GetEntry("icon.png")!;
        Assert.InRange(icon.Length, 100, 1024 * 1024);
        using var png = icon.Open();
        var header = new byte[24];
        png.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header[..8]);
        var width = (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
        var height = (header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23];
        Assert.InRange(width, 64, 512);
        Assert.Equal(width, height);

        Assert.Contains("MIT License", Read(package, "LICENSE"), StringComparison.Ordinal);
        Assert.Contains($"## {run.Version}", Read(package, "CHANGELOG.md"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Readme_Package_HasNoPlaceholderAndNoRelativeLinks(string id)
    {
        using var package = Open(id);
        var readme = Read(package, "README.md");

        Assert.DoesNotContain("example.org", readme, StringComparison.OrdinalIgnoreCase);

        // A package page shows the README alone: a relative link there leads nowhere. Links are absolute or absent.
        var relative = MarkdownLink().Matches(readme).Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("https://", StringComparison.Ordinal)).ToArray();
        Assert.True(relative.Length == 0, $"{id}'s README links to {string.Join(", ", relative)}");
    }

    [Theory]
    [MemberData(nameof(LibraryFrameworks))]
    public void Library_Framework_HasAssemblyDocumentationAndPdb(string id, string framework)
    {
        using var package = Open(id);
        var entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains($"lib/{framework}/{id}.dll", entries);
        Assert.Contains($"lib/{framework}/{id}.xml", entries);
        Assert.Contains($"lib/{framework}/{id}.pdb", entries);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Nuspec_Dependencies_AreExactlyTheTable(string id)
    {
        var expected = PackageExpectations.Dependencies[id];
        var groups = Metadata(id).Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies")?.Elements()
            .ToDictionary(
                g => g.Attribute("targetFramework")!.Value,
                g => g.Elements().Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal) ?? [];

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), groups.Keys.Order(StringComparer.Ordinal));
        foreach (var (framework, ids) in expected)
        {
            Assert.Equal(ids.Order(StringComparer.Ordinal), groups[framework]);
        }

        // The rules' own Mentoring.Domain dependency is the same version: one version for every package.
        var domain = Metadata(id).Descendants().Where(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "Mentoring.Domain");
        Assert.All(domain, d => Assert.Equal(run.Version, d.Attribute("version")!.Value));
    }

    [Theory]
    [MemberData(nameof(LibraryFrameworks))]
    public void Pdb_EveryDocument_HasItsSourceEmbeddedUnderTheDeterministicRoot(string id, string framework)
    {
        using var package = Open(id);
        using var pdbStream = Copy(package, $"lib/{framework}/{id}.pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

        Assert.True(pdb.Documents.Count > 10, $"{id} ({framework}) has {pdb.Documents.Count} documents.");
        var withSource = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation)
            .Where(c => pdb.GetGuid(c.Kind) == embeddedSource && c.Parent.Kind == HandleKind.Document)
            .Select(c => (DocumentHandle)c.Parent).ToHashSet();
        foreach (var handle in pdb.Documents)
        {
            var name = pdb.GetString(pdb.GetDocument(handle).Name);
            Assert.True(name.StartsWith("/_/", StringComparison.Ordinal), $"{id} ({framework}): {name} is not under /_/");
            Assert.True(withSource.Contains(handle), $"{id} ({framework}): {name} has no embedded source");
        }

        // The DLL names its PDB by the deterministic path too, and the two match (same PDB id).
        using var dllStream = Copy(package, $"lib/{framework}/{id}.dll");
        using var pe = new PEReader(dllStream);
        var codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var data = pe.ReadCodeViewDebugDirectoryData(codeView);
        Assert.StartsWith("/_/", data.Path, StringComparison.Ordinal);
        Assert.Equal(new BlobContentId(data.Guid, codeView.Stamp), new BlobContentId(pdb.DebugMetadataHeader!.Id));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private ZipArchive Open(string id)
    {
        Assert.True(File.Exists(run.Package(id)), $"{run.Package(id)} is missing. {run.Pack.Describe()}");
        return ZipFile.OpenRead(run.Package(id));
    }

    private XElement Metadata(string id)
    {
        using var package = Open(id);
        using var nuspec = package.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static MemoryStream Copy(ZipArchive package, string entry)
    {
        var copy = new MemoryStream();
        using (var stream = package.GetEntry(entry)!.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
