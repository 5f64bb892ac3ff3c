namespace Mentoring.Cli.Tests;

/// <summary>
/// Russian output is Russian throughout (help, <c>explain</c>, reports, errors, System.CommandLine's own parse errors);
/// English output is English throughout. <c>--lang</c> decides. Case data (people's names, the titles of programs
/// and roadmaps as the case file writes them) is not wording: the English runs leave names out (<c>--redact</c>) and
/// allow text quoted in «».
/// </summary>
public sealed class LanguageTests
{
    private static readonly string Violations = CliHarness.Sample("krasnokutsky-2022", "violations");

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "--help" },
        new[] { "validate", "--help" },
        new[] { "explain", "--help" },
        new[] { "report", "--help" },
        new[] { "rules" },
        new[] { "editions" },
        new[] { "explain", "program.duration", "--as-of", "2024-06-30" },
        new[] { "explain", "consent.mentor-written", "--as-of", "2024-06-30" },
        new[] { "validate", Violations, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--redact" },
        new[] { "validate", "no-such-file.json", "--as-of", "2024-06-30" },
        new[] { "validate", Violations, "--colour", "red" },
        new[] { "validate", Violations, "--as-of", "30.06.2024" },
        new[] { "validate", Violations, "--format", "xml" },
        new[] { "validate", Violations, "--edition", "no-such-edition", "--as-of", "2024-06-30" },
        new[] { "explain", "no.such-rule" },
        new[] { "report", "no-such-file.json", "--out", "report.html" },
        new[] { "frobnicate" },
        new[] { "roadmap", "--help" },
        new[] { "edition", "conformity", "--help" },
        new[] { "roadmap", "no-such-roadmap", "--as-of", "2024-06-30" },
        new[] { "roadmap", "smolensk-2022", "--due-soon-days", "-1" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_Russian_NoLatinWordsBeyondCodes(string[] args)
    {
        var result = CliHarness.Run([.. args, "--lang", "ru"]);

        var latin = LanguageChecker.LatinWords(result.Stdout + "\n" + result.Stderr, args);
        Assert.True(latin.Count == 0, $"Latin words in Russian output: {string.Join(", ", latin)}\n{result.Stdout}\n{result.Stderr}");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_English_NoCyrillicWordsBeyondCodesAndQuotedData(string[] args)
    {
        var result = CliHarness.Run([.. args, "--lang", "en"]);

        var cyrillic = LanguageChecker.CyrillicWords(WithoutQuotes(result.Stdout + "\n" + result.Stderr));
        Assert.True(cyrillic.Count == 0, $"Cyrillic words in English output: {string.Join(", ", cyrillic)}\n{result.Stdout}\n{result.Stderr}");
    }

    [Fact]
    public void Run_RussianByDefault_HelpInRussian()
    {
        var result = CliHarness.Run("validate", "--help");

        Assert.Contains("Описание:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Показать справку", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[по умолчанию: text]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFileInRussian_NoEnglishExceptionText()
    {
        var result = CliHarness.Run("validate", "no-such-file.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ошибка: no-such-file.json: CLI002: Файл не найден.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_LatinWordInRussian_IsFound() =>
        Assert.Equal(["Unrecognized", "option"], LanguageChecker.LatinWords("ошибка: Unrecognized option '--colour' в файле kk-school-2.json, правило program.duration, MR0106"));

    [Fact]
    public void Checker_CyrillicWordInEnglish_IsFound() =>
        Assert.Equal(["пункт"], LanguageChecker.CyrillicWords("Order No. 140/2-н of 7 September 2021, пункт 2"));

    /// <summary>
    /// The output without the case file's own text: what is quoted in «», and a roadmap activity's deadline as the
    /// roadmap writes it ("deadline: сентябрь 2023 г.").
    /// </summary>
    private static string WithoutQuotes(string text) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(text, "«[^»]*»", "«…»"), "deadline: [^;)]*", "deadline: …");
}
