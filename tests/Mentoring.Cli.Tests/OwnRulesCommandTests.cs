using System.Text.Json;

namespace Mentoring.Cli.Tests;

/// <summary><c>validate --rules</c>: a school's own NRules rules, switched on by its edition file, in the report.</summary>
public sealed class OwnRulesCommandTests
{
    private static string OwnRules => Path.Combine(AppContext.BaseDirectory, "Mentoring.Samples.OwnRules.dll");

    private static string SchoolEdition => Path.Combine(CliHarness.RepositoryRoot, "samples", "Mentoring.Samples.OwnRules", "editions", "school-1.json");

    [Fact]
    public void Validate_OwnRulesAndTheirEdition_ReportsTheOwnRulesFindings()
    {
        var result = CliHarness.Run(
            "validate", CliHarness.Sample("krasnokutsky-2022", "violations"),
            "--rules", OwnRules, "--edition", SchoolEdition, "--as-of", "2024-06-30", "--format", "json");

        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var own = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "school-1.mentor-competences")
            .ToList();
        Assert.NotEmpty(own);
        Assert.All(own, f => Assert.Equal("Положение МБОУ «Средняя школа № 1», п. 3.2", f.GetProperty("clause").GetString()));
    }

    [Fact]
    public void Validate_OwnRuleEditionWithoutTheRules_RefusesTheUnknownRule()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("krasnokutsky-2022", "violations"), "--edition", SchoolEdition, "--as-of", "2024-06-30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("school-1.mentor-competences", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RulesAssemblyMissing_ReturnsTwoWithMR0106()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("krasnokutsky-2022", "violations"), "--rules", "no-such-rules.dll", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MR0106", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no-such-rules.dll", result.Stderr, StringComparison.Ordinal);
    }
}
