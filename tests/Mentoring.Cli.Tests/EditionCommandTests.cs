using System.Text.Json;
using Mentoring.Rules.Editions;

namespace Mentoring.Cli.Tests;

/// <summary><c>mentoring edition draft|conformity</c> on the Положение fixtures (tests/Mentoring.Regulations.Tests/Fixtures).</summary>
public sealed class EditionCommandTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([CliHarness.RepositoryRoot, "tests", "Mentoring.Regulations.Tests", "Fixtures", .. parts]);

    [Theory]
    [InlineData("seed-002-krasnokutsky.pdf")]
    [InlineData("seed-002-krasnokutsky.docx")]
    public void Draft_BinaryFixtureWithOut_WritesAnEditionThatLoads(string file)
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "draft.json");

        var result = CliHarness.Run("edition", "draft", Fixture("Binary", file), "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("org.curator-from-deputies: curatorMustBeDeputy = true", result.Stdout, StringComparison.Ordinal);
        var edition = EditionFile.Read(output);
        Assert.True(edition.IsSuccess, string.Join(Environment.NewLine, edition.Errors));
        Assert.Equal("krasnokutsky-2022", edition.Value.Inherits);
    }

    [Fact]
    public void Draft_TextFixtureAsJson_PrintsTheEdition()
    {
        var result = CliHarness.Run("edition", "draft", Fixture("savali-sosh.txt"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var edition = EditionFile.Parse(result.Stdout, "stdout.json");
        Assert.True(edition.IsSuccess, string.Join(Environment.NewLine, edition.Errors));
        Assert.Contains("до 35 лет", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Conformity_Json_ListsTheModelsSevenProvisionsWithQuotes()
    {
        var result = CliHarness.Run("edition", "conformity", Fixture("Binary", "seed-002-krasnokutsky.docx"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["consent", "term", "curator", "pairing-order", "completion", "website", "tk-351.8"], items.Select(i => i.GetProperty("id").GetString()));
        var consent = items[0];
        Assert.Equal("present", consent.GetProperty("status").GetString());
        Assert.Contains("письменного согласия", consent.GetProperty("school").GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains("письменного согласия", consent.GetProperty("model").GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("absent", items[6].GetProperty("status").GetString());
    }

    [Fact]
    public void Conformity_HtmlRussian_MatchesGolden()
    {
        var result = CliHarness.Run("edition", "conformity", Fixture("Binary", "seed-002-krasnokutsky.docx"), "--format", "html", "--lang", "ru");

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches("conformity-seed-002.ru.html", result.Stdout);
    }

    [Fact]
    public void Conformity_HtmlEnglish_MatchesGolden()
    {
        var result = CliHarness.Run("edition", "conformity", Fixture("kazmschool-16.txt"), "--format", "html", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches("conformity-kazmschool-16.en.html", result.Stdout);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void Conformity_Html_EveryProvisionOfTheModelInOneRowWithTheStatusOfTheJson(string language)
    {
        var file = Fixture("kazmschool-16.txt");
        var html = CliHarness.Run("edition", "conformity", file, "--format", "html", "--lang", language);
        var json = CliHarness.Run("edition", "conformity", file, "--format", "json");

        Assert.Equal(0, html.ExitCode);
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language}\">", html.Stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Stdout);
        var expected = report.RootElement.GetProperty("items").EnumerateArray().Select(i => $"<tr class=\"{i.GetProperty("status").GetString()}\" data-provision=\"{i.GetProperty("id").GetString()}\">").ToList();
        var rows = System.Text.RegularExpressions.Regex.Matches(html.Stdout, "<tr class=\"[a-z]+\" data-provision=\"[^\"]+\">").Select(m => m.Value).ToList();
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, rows);
        Assert.Contains(expected, r => r.Contains("different", StringComparison.Ordinal));
    }

    [Fact]
    public void Conformity_UnknownFormat_ExitsTwoAndNamesHtml()
    {
        var result = CliHarness.Run("edition", "conformity", Fixture("kazmschool-16.txt"), "--format", "pdf", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("html", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.pdf", "MG0101")]
    [InlineData("README.md", "MG0104")]
    public void Draft_UnreadableFile_ExitsTwoWithTheCode(string file, string code)
    {
        var result = CliHarness.Run("edition", "draft", Path.Combine(CliHarness.RepositoryRoot, file));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
    }
}
