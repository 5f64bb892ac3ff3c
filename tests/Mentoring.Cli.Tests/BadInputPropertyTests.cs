using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Cli.Tests;

/// <summary>Bad documents through the whole command: always exit code 2 with a message on stderr, never an exception or a stack trace.</summary>
public sealed class BadInputPropertyTests
{
    private static readonly string Compliant = File.ReadAllText(CliHarness.Sample("federal-2021", "compliant"));

    [Fact]
    public void Validate_TruncatedDocument_ReturnsTwoWithAMessage()
    {
        var text = Compliant.TrimEnd();
        using var folder = new TempFolder();
        Prop.ForAll(Arb.From(Gen.Choose(0, text.Length - 2)), length =>
            AssertRefused(folder.Write("truncated.json", text[..length]))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validate_ValueOfTheWrongType_ReturnsTwoWithAMessage()
    {
        var count = Values(JsonNode.Parse(Compliant)!).Count;
        using var folder = new TempFolder();
        Prop.ForAll(Arb.From(Gen.Choose(0, count - 1)), index =>
        {
            var root = JsonNode.Parse(Compliant)!;
            var target = Values(root)[index];
            target.ReplaceWith(Mistyped(target));
            AssertRefused(folder.Write("mistyped.json", root.ToJsonString()));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validate_RandomDocument_ReturnsTwoWithAMessage()
    {
        var pieces = Gen.Elements("{", "}", "[", "]", ":", ",", "\"organization\"", "\"id\"", "\"teachers\"", "\"x\"", "1", "-0.5e3", "true", "null", " ", "\n", "\"\\u0000\"", "\uFEFF", "//", "/*", "ё");
        var documents = Gen.ListOf(pieces).Select(p => string.Concat(p));
        using var folder = new TempFolder();
        Prop.ForAll(Arb.From(documents), text => AssertRefused(folder.Write("random.json", text))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validate_RandomBytes_ReturnsTwoWithAMessage()
    {
        using var folder = new TempFolder();
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), bytes =>
        {
            var file = Path.Combine(folder.Path, "bytes.json");
            File.WriteAllBytes(file, bytes);
            AssertRefused(file);
        }).QuickCheckThrowOnFailure();
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
        Assert.Contains("error: ", result.Stderr);
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
    private static List<JsonNode> Values(JsonNode root)
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
