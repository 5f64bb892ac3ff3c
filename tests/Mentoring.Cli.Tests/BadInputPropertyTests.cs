using System.Text.Json.Nodes;
using FsCheck.Xunit;

namespace Mentoring.Cli.Tests;

/// <summary>Bad documents through the whole command: always exit code 2 with a message on stderr, never an exception or a stack trace.</summary>
public sealed class BadInputPropertyTests
{
    /// <summary>The compliant sample of the federal 2021 edition.</summary>
    internal static readonly string Compliant = File.ReadAllText(CliHarness.Sample("federal-2021", "compliant"));

    [Property(Arbitrary = new[] { typeof(BadInputArbitraries) })]
    public void Validate_TruncatedDocument_ReturnsTwoWithAMessage(TruncatedLength truncated)
    {
        var text = Compliant.TrimEnd();
        using var folder = new TempFolder();
        AssertRefused(folder.Write("truncated.json", text[..truncated.Length]));
    }

    [Property(Arbitrary = new[] { typeof(BadInputArbitraries) })]
    public void Validate_ValueOfTheWrongType_ReturnsTwoWithAMessage(ValueIndex value)
    {
        using var folder = new TempFolder();
        var root = JsonNode.Parse(Compliant)!;
        var target = Values(root)[value.Index];
        target.ReplaceWith(Mistyped(target));
        AssertRefused(folder.Write("mistyped.json", root.ToJsonString()));
    }

    [Property(Arbitrary = new[] { typeof(BadInputArbitraries) })]
    public void Validate_RandomDocument_ReturnsTwoWithAMessage(RandomDocument document)
    {
        using var folder = new TempFolder();
        AssertRefused(folder.Write("random.json", document.Text));
    }

    [Property(Arbitrary = new[] { typeof(BadInputArbitraries) })]
    public void Validate_RandomBytes_ReturnsTwoWithAMessage(RandomBytes bytes)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "bytes.json");
        File.WriteAllBytes(file, [.. bytes.Bytes]);
        AssertRefused(file);
    }

    [Fact]
    public void Validate_OversizedFile_IsRefusedWithoutBeingRead()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "huge.json");
        using (var stream = new FileStream(file, FileMode.CreateNew))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge.json", result.Stderr);
        Assert.Contains("MD1001", result.Stderr);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"Refusing took {started.Elapsed}.");
    }

    private static void AssertRefused(string file)
    {
        var result = CliHarness.Run("validate", file, "--as-of", "2024-06-30", "--format", "json");
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}; stderr: {result.Stderr}");
        Assert.Contains("ошибка: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    /// <summary>A value of another JSON type than the one there.</summary>
    private static JsonNode? Mistyped(JsonNode node) => node switch
    {
        JsonObject => new JsonArray(JsonValue.Create(1)),
        JsonArray => new JsonObject { ["unexpected"] = 1 },
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => new JsonArray(),
        _ => JsonValue.Create("mistyped"),
    };

    /// <summary>Every value below the root (not the root itself).</summary>
    internal static List<JsonNode> Values(JsonNode root)
    {
        var all = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o.ToList())
                    {
                        if (child is not null)
                        {
                            all.Add(child);
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        if (child is not null)
                        {
                            all.Add(child);
                            Walk(child);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        return all;
    }
}
