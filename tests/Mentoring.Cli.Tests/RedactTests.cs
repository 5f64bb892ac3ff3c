using System.Text.Json.Nodes;

namespace Mentoring.Cli.Tests;

/// <summary>
/// <c>--redact</c> (issue #14): a name written into any free-text field that reaches the output — a roadmap's title, an
/// activity's title and who is responsible, a program activity's title, where results were published, the reason of an
/// early completion — never appears in redacted output, in text, JSON or the HTML report; without <c>--redact</c> it
/// does (so each field is shown to reach the output at all).
/// </summary>
public sealed class RedactTests
{
    private const string Name = "Сентинелова Агата Пантелеевна";

    private static readonly string Violations = File.ReadAllText(CliHarness.Sample("federal-2021", "violations"));

    public static TheoryData<string> Fields() =>
    [
        "roadmap.title",
        "roadmap.activity.title",
        "roadmap.activity.responsible",
        "program.activity.title",
        "program.publication.where",
        "program.completion.reason",
    ];

    public static TheoryData<string> RoadmapFields() => ["roadmap.title", "roadmap.activity.title", "roadmap.activity.responsible"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_NameInFreeTextField_IsLeftOutWithRedactInTextAndJson(string field)
    {
        using var folder = new TempFolder();
        var file = folder.Write("case.json", WithName(field));

        foreach (var format in new[] { "text", "json" })
        {
            var plain = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--format", format, "--all");
            var redacted = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--format", format, "--all", "--redact");

            Assert.True(plain.ExitCode is 0 or 1, plain.Stderr);
            // A text table wraps a long message at spaces: the surname alone stays on one line.
            Assert.Contains(format == "json" ? Name : "Сентинелова", plain.Stdout, StringComparison.Ordinal);
            Assert.Equal(plain.ExitCode, redacted.ExitCode);
            Assert.DoesNotContain(Name, redacted.Stdout + redacted.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Сентинелова", redacted.Stdout + redacted.Stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RoadmapFields))]
    public void Report_NameInRoadmapField_IsLeftOutOfTheHtmlWithRedact(string field)
    {
        using var folder = new TempFolder();
        var file = folder.Write("case.json", WithName(field));
        var plain = Path.Combine(folder.Path, "plain.html");
        var redacted = Path.Combine(folder.Path, "redacted.html");

        CliHarness.Run("report", file, "--out", plain, "--as-of", "2024-06-30");
        CliHarness.Run("report", file, "--out", redacted, "--as-of", "2024-06-30", "--redact");

        Assert.Contains(Name, File.ReadAllText(plain), StringComparison.Ordinal);
        Assert.DoesNotContain("Сентинелова", File.ReadAllText(redacted), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RoadmapFields))]
    [InlineData("roadmap.activity.deadline-remark")]
    public void Roadmap_NameInRoadmapField_IsLeftOutWithRedactInTextAndJson(string field)
    {
        using var folder = new TempFolder();
        var file = folder.Write("case.json", WithName(field));

        foreach (var format in new[] { "text", "json" })
        {
            var plain = CliHarness.Run("roadmap", file, "--as-of", "2024-06-30", "--format", format);
            var redacted = CliHarness.Run("roadmap", file, "--as-of", "2024-06-30", "--format", format, "--redact");

            Assert.Equal(1, plain.ExitCode);
            Assert.Contains(Name, plain.Stdout, StringComparison.Ordinal);
            Assert.Equal(plain.ExitCode, redacted.ExitCode);
            Assert.DoesNotContain("Сентинелова", redacted.Stdout + redacted.Stderr, StringComparison.Ordinal);
            Assert.Contains("«до 15.09.2023»", Deadlines(redacted.Stdout, format), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_NameInOverdueDeadlineRemark_IsLeftOutWithRedact()
    {
        using var folder = new TempFolder();
        var file = folder.Write("case.json", WithName("roadmap.activity.deadline-remark"));

        var plain = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--format", "json", "--all");
        var redacted = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--format", "json", "--all", "--redact");

        Assert.Contains(Name, plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Сентинелова", redacted.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The deadlines printed, as «…» quotes in either format (a dated deadline without a remark stays as written).</summary>
    private static string Deadlines(string output, string format) =>
        format == "json"
            ? string.Join(" ", JsonNode.Parse(output)!.AsArray().SelectMany(r => r!["activities"]!.AsArray()).Select(a => $"«{(string?)a!["deadline"]}»"))
            : output;

    /// <summary>The federal-2021 violations case with <see cref="Name"/> written into the field (and what makes it printed).</summary>
    private static string WithName(string field)
    {
        var root = JsonNode.Parse(Violations)!;
        var roadmap = root["roadmaps"]![0]!;
        var overdue = roadmap["activities"]!.AsArray().First(a => (string?)a!["number"] == "2")!; // overdue on 2024-06-30
        var programs = root["programs"]!.AsArray();
        var early = programs.First(p => (string?)p!["id"] == "prog-4")!; // completed early on a participant's initiative
        var first = programs.First(p => (string?)p!["id"] == "prog-1")!;
        switch (field)
        {
            case "roadmap.title":
                roadmap["title"] = Name;
                break;
            case "roadmap.activity.title":
                overdue["title"] = Name;
                break;
            case "roadmap.activity.responsible":
                overdue["responsible"] = Name;
                break;
            case "roadmap.activity.deadline-remark":
                overdue["deadline"] = $"{(string?)overdue["deadline"]} (отв. {Name})";
                break;
            case "program.activity.title":
                var activity = early["activities"]![0]!;
                activity["title"] = Name;
                activity["doneOn"] = "2023-11-20"; // after its due day: the late activity is listed by title
                break;
            case "program.publication.where":
                var publication = first["publications"]![0]!;
                publication["where"] = Name;
                publication["publishedOn"] = "2023-11-01"; // before the completion: the early publication is listed with where
                break;
            case "program.completion.reason":
                early["completion"]!["reason"] = Name;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "no such field in the test");
        }

        return root.ToJsonString();
    }
}
