using System.Text;
using System.Text.Json;
using Mentoring.Rules.Editions;

namespace Mentoring.Regulations.Tests.Benchmark;

/// <summary>
/// The extractor measured on a held-out set (Fixtures/HeldOut): real Положения found after it was written, the settings
/// each should give written by hand and committed before it was first run on them. Unlike the first set, nothing here
/// demands full precision — the extractor is not tuned to these texts — but the table and the list of its misses in
/// docs/benchmarks.md («Reading a Положение: held out») must be the ones these fixtures give (refresh with
/// MENTORING_UPDATE_DOCS=1).
/// </summary>
public sealed class HeldOutBenchmarkTests
{
    private const string Heading = "## Reading a Положение: held out";
    private const string Marker = "<!-- regulations-heldout-table -->\n";

    public static TheoryData<string> Names => [.. FixtureBenchmarkTests.HeldOutNames];

    private static string Header(string name, string line) =>
        File.ReadLines(Path.Combine(FixtureBenchmarkTests.HeldOut, name + ".txt")).FirstOrDefault(l => l.StartsWith(line, StringComparison.Ordinal)) ?? string.Empty;

    [Fact]
    public void HeldOut_AtLeastEightRealPositions_NoneAmongTheFirstFixtures()
    {
        var first = FixtureBenchmarkTests.FixtureNames.Select(n => File.ReadLines(Path.Combine(Paths.Fixtures, n + ".txt")).First()).ToHashSet(StringComparer.Ordinal);
        var held = FixtureBenchmarkTests.HeldOutNames.Select(n => (Name: n, Url: Header(n, "# URL: http"))).ToList();

        Assert.True(held.Count >= 8, $"{held.Count} held-out fixtures");
        Assert.All(held, h => Assert.False(string.IsNullOrEmpty(h.Url), $"{h.Name}: no «# URL:» line"));
        Assert.Empty(held.Where(h => first.Contains(h.Url)).Select(h => h.Name));
        Assert.Equal(held.Count, held.Select(h => h.Url).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(held, h => Header(h.Name, "# Kind: kindergarten").Length > 0);
        Assert.Contains(held, h => Header(h.Name, "# Kind: school").Length > 0);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Expected_HeldOutFixture_NamesItsAddressAndInheritsABundledEdition(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureBenchmarkTests.HeldOut, name + ".expected.json")));

        Assert.Equal(Header(name, "# URL: ")["# URL: ".Length..], json.RootElement.GetProperty("url").GetString());
        Assert.Contains(json.RootElement.GetProperty("inherits").GetString(), EditionCatalog.Bundled.Editions.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ToJson_HeldOutFixture_LoadsAsAnEditionOverTheBundledOnes(string name)
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse(FixtureBenchmarkTests.TextOf(name, FixtureBenchmarkTests.HeldOut), name + ".txt"));

        var read = EditionFile.Parse(draft.ToJson(), draft.Id + ".json");
        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors.Select(e => e.ErrorMessage)));
        var catalog = EditionCatalog.Bundled.With(read.Value);
        Assert.True(catalog.IsSuccess, string.Join(Environment.NewLine, catalog.ValidationErrors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void Benchmark_HeldOut_TheTableAndTheMissesInTheDocsAreCurrent()
    {
        var measured = FixtureBenchmarkTests.Measure(FixtureBenchmarkTests.HeldOut, FixtureBenchmarkTests.HeldOutNames);
        var text = new StringBuilder(FixtureBenchmarkTests.Table(measured, $"Measured by `HeldOutBenchmarkTests` on {measured.Fixtures} held-out fixtures (tests/Mentoring.Regulations.Tests/Fixtures/HeldOut: short quoted excerpts of real Положения with their addresses, none among the fixtures above), against the settings written by hand for each before the extractor was run on them."));
        text.Append('\n').Append(measured.Wrong.Count == 0 ? "Settings made that are wrong: none.\n" : "Settings made that are wrong:\n\n");
        foreach (var line in measured.Wrong)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        text.Append('\n').Append(measured.Missed.Count == 0 ? "Settings missed: none.\n" : "Settings missed:\n\n");
        foreach (var line in measured.Missed)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        Assert.Equal(measured.Rows.Values.Sum(r => r.Expected), measured.Rows.Values.Sum(r => r.Right) + measured.Missed.Count + measured.Wrong.Count(w => !w.Contains(", not expected", StringComparison.Ordinal)));
        FixtureBenchmarkTests.AssertSectionCurrent(Heading, Marker, text.ToString());
    }
}
