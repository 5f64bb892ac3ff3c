namespace Mentoring.Cli.Tests;

/// <summary>The text and JSON outputs, compared with the golden files in <c>Golden/</c>.</summary>
public sealed class GoldenOutputTests
{
    private static readonly string Violations = CliHarness.Sample("krasnokutsky-2022", "violations");

    [Fact]
    public void Validate_ViolationsAsText_MatchesGolden()
    {
        var result = CliHarness.Run("validate", Violations, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30");

        Assert.Equal(1, result.ExitCode);
        Golden.AssertMatches("validate-violations.ru.txt", result.Stdout);
    }

    [Fact]
    public void Validate_ViolationsAsEnglishText_MatchesGolden()
    {
        var result = CliHarness.Run("validate", Violations, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Golden.AssertMatches("validate-violations.en.txt", result.Stdout);
    }

    [Fact]
    public void Validate_ViolationsAsJson_MatchesGolden()
    {
        var result = CliHarness.Run("validate", Violations, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Golden.AssertMatches("validate-violations.json", result.Stdout);
    }

    [Fact]
    public void Validate_CompliantAsText_MatchesGolden()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("krasnokutsky-2022", "compliant"), "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30");

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches("validate-compliant.ru.txt", result.Stdout);
    }

    [Fact]
    public void Explain_ProgramDuration_MatchesGolden()
    {
        var result = CliHarness.Run("explain", "program.duration", "--as-of", "2024-06-30");

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches("explain-program.duration.ru.txt", result.Stdout);
    }
}
