using System.Text.Json;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli.Tests;

/// <summary><c>rules</c>, <c>editions</c>, <c>explain</c>, and the options that change what <c>validate</c> writes.</summary>
public sealed class CommandTests
{
    [Fact]
    public void Rules_Text_ListsEveryRuleWithItsClause()
    {
        var result = CliHarness.Run("rules");

        Assert.Equal(0, result.ExitCode);
        foreach (var policy in PolicyCatalog.Bundled.Policies)
        {
            Assert.Contains(policy.Id, result.Stdout);
        }

        // The source is written for people: the document by its title, number and date, then the section.
        Assert.Contains("раздел 1 (понятия)", result.Stdout);
        Assert.DoesNotContain("002 §1", result.Stdout);
        Assert.Contains($"Правил: {PolicyCatalog.Bundled.Policies.Count}", result.Stdout);
    }

    [Fact]
    public void Rules_Json_GivesIdTitleClauseSeverityAndDefault()
    {
        var result = CliHarness.Run("rules", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var duration = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "program.duration");
        Assert.Equal("002 §1 (понятия)", duration.GetProperty("clause").GetString());
        Assert.Equal("Regulation on the mentoring system for teaching staff (order No. 191 of 2 November 2022, Krasnokutsky district), section 1 (definitions)", duration.GetProperty("citation").GetString());
        Assert.True(duration.GetProperty("enabledByDefault").GetBoolean());
        Assert.Contains(duration.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "minMonths" && p.GetProperty("default").GetString() == "3");
    }

    [Fact]
    public void Editions_Text_ListsTheBundledEditionsWithInheritanceAndOverlays()
    {
        var result = CliHarness.Run("editions", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        foreach (var edition in EditionCatalog.Bundled.Editions)
        {
            Assert.Contains(edition.Id, result.Stdout);
        }

        Assert.Contains("tk-351.8", result.Stdout);
        Assert.Contains("from 2022-11-02", result.Stdout);
        Assert.Contains("default: federal-2021", result.Stdout);
    }

    [Fact]
    public void Editions_Json_GivesSourceAndEffectiveRange()
    {
        var result = CliHarness.Run("editions", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var argun = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "argun-2021");
        Assert.Equal("federal-2021", argun.GetProperty("inherits").GetString());
        Assert.Equal("2021-09-07", argun.GetProperty("effectiveFrom").GetString());
        Assert.Contains("140/2-н", argun.GetProperty("source").GetString());
    }

    [Fact]
    public void Explain_KnownRule_ShowsTheQuoteParametersAndEditions()
    {
        var result = CliHarness.Run("explain", "consent.minor-representative", "--as-of", "2024-06-30");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Цитата: «", result.Stdout);
        Assert.Contains("ageOfMajority", result.Stdout);
        Assert.Contains("Явно включают правило: argun-2021", result.Stdout);
    }

    [Fact]
    public void Explain_EditionWithABoundAsTheTextSaysIt_ShowsItInWords()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bound-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {
              "id": "bound-school",
              "title": { "ru": "Школа", "en": "School" },
              "inherits": "federal-2021",
              "rules": { "mentee.eligible-category": { "enabled": true, "parameters": { "maxExperienceYears": "не более 3 лет" } } }
            }
            """);
        try
        {
            var ru = CliHarness.Run("explain", "mentee.eligible-category", "--edition", file, "--as-of", "2024-06-30");
            var en = CliHarness.Run("explain", "mentee.eligible-category", "--edition", file, "--as-of", "2024-06-30", "--lang", "en");

            Assert.Equal(0, ru.ExitCode);
            Assert.Contains("граница в годах", ru.Stdout, StringComparison.Ordinal);
            Assert.Contains("maxExperienceYears = не более 3 лет", ru.Stdout, StringComparison.Ordinal);
            Assert.Contains("maxExperienceYears = at most 3 years", en.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explain_Json_TellsWhichEditionsSwitchTheRuleOn()
    {
        var result = CliHarness.Run("explain", "consent.employment-addendum", "--as-of", "2025-06-30", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var editions = json.RootElement.GetProperty("editions").EnumerateArray().ToArray();
        Assert.Contains(editions, e => e.GetProperty("edition").GetString() == "tk-351.8" && e.GetProperty("switchesOn").GetBoolean());
        Assert.Contains(editions, e => e.GetProperty("edition").GetString() == "federal-2021" && e.GetProperty("enabled").GetBoolean() && e.GetProperty("setBy").GetString() == "tk-351.8");
    }

    [Fact]
    public void Explain_UnknownRule_ReturnsTwoListingTheKnownOnes()
    {
        var result = CliHarness.Run("explain", "program.lenght", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("program.lenght", result.Stderr);
        Assert.Contains("program.duration", result.Stderr);
    }

    [Fact]
    public void Validate_Redact_LeavesNamesOut()
    {
        var sample = CliHarness.Sample("krasnokutsky-2022", "violations");
        var plain = CliHarness.Run("validate", sample, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--format", "json");
        var redacted = CliHarness.Run("validate", sample, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--format", "json", "--redact");

        Assert.Contains("Морозова", plain.Stdout);
        Assert.Equal(plain.ExitCode, redacted.ExitCode);
        foreach (var surname in new[] { "Морозова", "Павлова", "Никитин", "Гусева", "Белов Н" })
        {
            Assert.DoesNotContain(surname, redacted.Stdout);
        }
    }

    [Fact]
    public void Validate_LangEn_WritesEnglishMessagesAndHeadings()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("federal-2021", "violations"), "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Organization: ", result.Stdout);
        Assert.Contains("(school-12)", result.Stdout);
        Assert.Contains("Violations: errors", result.Stdout);
        Assert.DoesNotContain("нарушено", result.Stdout);
    }

    [Fact]
    public void Validate_All_ListsSatisfiedFindingsToo()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("federal-2021", "compliant"), "--as-of", "2024-06-30", "--all", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("satisfied", result.Stdout);
        Assert.Contains("program.duration", result.Stdout);
    }

    [Fact]
    public void Validate_Redirected_WritesNoAnsi()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("federal-2021", "violations"), "--as-of", "2024-06-30");

        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stderr);
    }
}
