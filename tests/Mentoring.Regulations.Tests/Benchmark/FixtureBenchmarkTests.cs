using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mentoring.Regulations.Tests.Benchmark;

/// <summary>
/// The extractor measured on real Положения (Fixtures/*.txt: short quoted excerpts with their addresses; the settings
/// each should give, written by hand, in *.expected.json): precision and recall per parameter. Precision must be 100%;
/// the table is docs/benchmarks.md, «Reading a Положение» (refresh with MENTORING_UPDATE_DOCS=1).
/// </summary>
public sealed class FixtureBenchmarkTests
{
    private const string Heading = "## Reading a Положение";

    public static TheoryData<string> Names => [.. FixtureNames];

    internal static IReadOnlyList<string> FixtureNames => NamesIn(Paths.Fixtures);

    /// <summary>The held-out fixtures (Fixtures/HeldOut): found after the extractor was written, their settings written by hand before it was run on them.</summary>
    internal static string HeldOut { get; } = Path.Combine(Paths.Fixtures, "HeldOut");

    internal static IReadOnlyList<string> HeldOutNames => NamesIn(HeldOut);

    internal static IReadOnlyList<string> NamesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    internal static string TextOf(string name, string? folder = null) =>
        string.Join('\n', File.ReadAllLines(Path.Combine(folder ?? Paths.Fixtures, name + ".txt")).Where(l => !l.StartsWith('#')));

    internal static Dictionary<string, object?> Actual(EditionDraft draft)
    {
        var actual = new Dictionary<string, object?>(StringComparer.Ordinal) { ["inherits"] = draft.Inherits };
        foreach (var s in draft.Settings)
        {
            actual[s.Parameter is null ? s.RuleId : $"{s.RuleId}.{s.Parameter}"] = s.Value is IReadOnlyList<string> list ? string.Join(",", list) : s.Value;
        }

        return actual;
    }

    internal static Dictionary<string, object?> Expected(string name, string? folder = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder ?? Paths.Fixtures, name + ".expected.json")));
        var expected = new Dictionary<string, object?>(StringComparer.Ordinal) { ["inherits"] = json.RootElement.GetProperty("inherits").GetString() };
        foreach (var p in json.RootElement.GetProperty("settings").EnumerateObject())
        {
            expected[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.Number => p.Value.GetInt32(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                JsonValueKind.Array => string.Join(",", p.Value.EnumerateArray().Select(e => e.GetString())),
                _ => p.Value.GetString(),
            };
        }

        return expected;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Create_RealFixture_MakesOnlyRightSettings(string name)
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse(TextOf(name), name + ".txt"));
        var expected = Expected(name);

        var wrong = Actual(draft).Where(a => !expected.TryGetValue(a.Key, out var e) || !Equals(e, a.Value)).Select(a => $"{a.Key}={a.Value ?? "null"}").ToList();

        Assert.True(wrong.Count == 0, $"{name}: settings not in the hand-written edition: {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Fixtures_AtLeastFifteenSchoolsAndKindergartens_EachWithItsAddress()
    {
        var real = FixtureNames.Where(n => File.ReadLines(Path.Combine(Paths.Fixtures, n + ".txt")).First().StartsWith("# URL: http", StringComparison.Ordinal)).ToList();

        Assert.True(real.Count >= 15, $"{real.Count} fixtures with an address");
        Assert.Contains(real, n => File.ReadAllText(Path.Combine(Paths.Fixtures, n + ".txt")).Contains("# Kind: kindergarten", StringComparison.Ordinal));
    }

    [Fact]
    public void Benchmark_PrecisionAndRecall_PrecisionIsFullAndTheTableIsCurrent()
    {
        var measured = Measure(Paths.Fixtures, FixtureNames);
        var table = Table(measured, $"Measured by `FixtureBenchmarkTests` on {measured.Fixtures} fixtures (tests/Mentoring.Regulations.Tests/Fixtures: short quoted excerpts of real Положения with their addresses, and two of the library's seeds), against the settings written by hand for each (`*.expected.json`). A setting is right when the draft gives the same value; `inherits` is the bundled edition the draft inherits.");

        Assert.Equal(measured.Rows.Values.Sum(r => r.Found), measured.Rows.Values.Sum(r => r.Right));
        AssertSectionCurrent(Heading, "<!-- regulations-table -->\n", table);
    }

    /// <summary>What the drafts of some fixtures made against what their hand-written editions expect.</summary>
    /// <param name="Fixtures">How many fixtures.</param>
    /// <param name="Rows">Per setting: expected, made, right.</param>
    /// <param name="Wrong">Each setting made that is not expected or has another value: the fixture, the setting, and the sentence it was read from.</param>
    /// <param name="Missed">Each expected setting the draft did not make.</param>
    internal sealed record Measurement(int Fixtures, SortedDictionary<string, (int Expected, int Found, int Right)> Rows, IReadOnlyList<string> Wrong, IReadOnlyList<string> Missed);

    internal static Measurement Measure(string folder, IReadOnlyList<string> names)
    {
        var rows = new SortedDictionary<string, (int Expected, int Found, int Right)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var missed = new List<string>();
        foreach (var name in names)
        {
            var expected = Expected(name, folder);
            var draft = EditionDraft.Create(RegulationDocument.Parse(TextOf(name, folder), name + ".txt"));
            var actual = Actual(draft);
            foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
            {
                var row = rows.GetValueOrDefault(key);
                var hasE = expected.TryGetValue(key, out var e);
                var hasA = actual.TryGetValue(key, out var a);
                rows[key] = (row.Expected + (hasE ? 1 : 0), row.Found + (hasA ? 1 : 0), row.Right + (hasE && hasA && Equals(e, a) ? 1 : 0));
                if (hasA && (!hasE || !Equals(e, a)))
                {
                    var from = draft.Settings.FirstOrDefault(s => (s.Parameter is null ? s.RuleId : $"{s.RuleId}.{s.Parameter}") == key);
                    wrong.Add($"`{name}`: made `{key}` = {Value(a)}{(hasE ? $", expected {Value(e)}" : ", not expected")}{(from is null ? string.Empty : $", from «{from.Quote}» ({from.Clause.PlaceEn})")}");
                }
                else if (hasE && !hasA)
                {
                    missed.Add($"`{name}`: `{key}` = {Value(e)} not made");
                }
            }
        }

        return new Measurement(names.Count, rows, wrong, missed);
    }

    internal static string Table(Measurement measured, string intro)
    {
        var table = new StringBuilder();
        table.AppendLine(intro);
        table.AppendLine();
        table.AppendLine("| Setting | Expected | Made | Right | Precision | Recall |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (key, (expectedCount, found, right)) in measured.Rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| `{key}` | {expectedCount} | {found} | {right} | {Percent(right, found)} | {Percent(right, expectedCount)} |");
        }

        var total = (Expected: measured.Rows.Values.Sum(r => r.Expected), Found: measured.Rows.Values.Sum(r => r.Found), Right: measured.Rows.Values.Sum(r => r.Right));
        table.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {total.Expected} | {total.Found} | {total.Right} | {Percent(total.Right, total.Found)} | {Percent(total.Right, total.Expected)} |");
        return table.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The text between the two markers after the heading in docs/benchmarks.md equals <paramref name="fresh"/>; with
    /// MENTORING_UPDATE_DOCS=1 it is rewritten instead (the section appended at the end when the heading is missing).
    /// </summary>
    internal static void AssertSectionCurrent(string heading, string marker, string fresh)
    {
        var docs = Paths.InRoot("docs", "benchmarks.md");
        var text = File.ReadAllText(docs).ReplaceLineEndings("\n");
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0 || Environment.GetEnvironmentVariable("MENTORING_UPDATE_DOCS") == "1", $"docs/benchmarks.md has no section «{heading}»");
        var section = Section(text, start, marker);
        if (Environment.GetEnvironmentVariable("MENTORING_UPDATE_DOCS") == "1")
        {
            var updated = start < 0
                ? text.TrimEnd('\n') + "\n\n" + heading + "\n\n" + marker + fresh + marker
                : text.Replace(marker + section + marker, marker + fresh + marker, StringComparison.Ordinal);
            File.WriteAllText(docs, updated);
            return;
        }

        Assert.Equal(fresh, section);
    }

    private static string Section(string text, int start, string marker)
    {
        if (start < 0)
        {
            return string.Empty;
        }

        var from = text.IndexOf(marker, start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(marker, from + marker.Length, StringComparison.Ordinal);
        return from < 0 || to < 0 ? string.Empty : text[(from + marker.Length)..to];
    }

    private static string Value(object? value) => value switch
    {
        null => "`null`",
        bool b => b ? "`true`" : "`false`",
        string text => $"`\"{text}\"`",
        _ => $"`{Convert.ToString(value, CultureInfo.InvariantCulture)}`",
    };

    private static string Percent(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
