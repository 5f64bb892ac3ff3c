using System.Globalization;

namespace Mentoring.Cli.Tests;

/// <summary>
/// The command as terminal users expect: plain text without box drawing when output is not a terminal or NO_COLOR is
/// set, the width of COLUMNS or the terminal, colours on a terminal, --lang on every command with a default from the
/// environment, and dates that do not follow the machine's culture.
/// </summary>
public sealed class TerminalOutputTests
{
    private static readonly string[] Validate =
        ["validate", CliHarness.Sample("krasnokutsky-2022", "violations"), "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30"];

    private static Terminal FromEnvironment(bool outputIsTerminal, int? windowWidth, params (string Name, string Value)[] variables) =>
        Terminal.FromEnvironment(
            name => variables.FirstOrDefault(v => v.Name == name).Value,
            outputIsTerminal,
            errorIsTerminal: false,
            windowWidth,
            CultureInfo.InvariantCulture);

    private static bool HasBoxDrawing(string text) => text.Any(c => c is >= '\u2500' and <= '\u257F');

    [Fact]
    public void Validate_Redirected_HasNoBoxDrawingAndNoAnsi()
    {
        var result = CliHarness.Run(Validate);

        Assert.Equal(1, result.ExitCode);
        Assert.False(HasBoxDrawing(result.Stdout), result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Contains("+---", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TerminalWithNoColor_IsPlainText()
    {
        var result = CliHarness.Run(FromEnvironment(outputIsTerminal: true, windowWidth: 120, ("NO_COLOR", "1")), Validate);

        Assert.False(HasBoxDrawing(result.Stdout), result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void Validate_Terminal_HasColouredVerdictsAndBoxDrawnTables()
    {
        var result = CliHarness.Run(FromEnvironment(outputIsTerminal: true, windowWidth: 120), Validate);

        Assert.True(HasBoxDrawing(result.Stdout));
        Assert.Contains("\u001b[", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[91m", result.Stdout.Replace("\u001b[31m", "\u001b[91m", StringComparison.Ordinal), StringComparison.Ordinal); // errors in red
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_Columns60_NoLineIsWider(bool outputIsTerminal)
    {
        var result = CliHarness.Run(FromEnvironment(outputIsTerminal, windowWidth: 200, ("COLUMNS", "60"), ("NO_COLOR", "1")), Validate);

        var widest = result.Stdout.Split('\n').MaxBy(l => l.Length)!;
        Assert.True(widest.Length <= 60, $"{widest.Length} columns: {widest}");
    }

    [Fact]
    public void Validate_TerminalWidth_IsUsedWithoutColumns()
    {
        var narrow = CliHarness.Run(FromEnvironment(outputIsTerminal: true, windowWidth: 70, ("NO_COLOR", "1")), Validate);
        var redirected = CliHarness.Run(Validate);

        Assert.True(narrow.Stdout.Split('\n').Max(l => l.Length) <= 70);
        Assert.True(redirected.Stdout.Split('\n').Max(l => l.Length) > 70);
    }

    [Theory]
    [InlineData("rules")]
    [InlineData("editions")]
    [InlineData("validate")]
    [InlineData("explain")]
    [InlineData("match")]
    [InlineData("roadmap")]
    [InlineData("report")]
    [InlineData(null)]
    public void Help_LangRuOrEn_IsInThatLanguageOnly(string? command)
    {
        string[] Args(string lang) => command is null ? ["--help", "--lang", lang] : [command, "--help", "--lang", lang];

        var ru = CliHarness.Run(Args("ru"));
        var en = CliHarness.Run(Args("en"));

        Assert.Equal(0, ru.ExitCode);
        Assert.Equal(0, en.ExitCode);
        Assert.Contains("Описание:", ru.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", ru.Stdout, StringComparison.Ordinal);
        Assert.Contains("Description:", en.Stdout, StringComparison.Ordinal);
        Assert.Contains("--lang", en.Stdout, StringComparison.Ordinal);
        Assert.False(en.Stdout.Any(c => c is >= 'А' and <= 'я'), en.Stdout);
    }

    [Theory]
    [InlineData("LANG", "en_US.UTF-8", "Description:")]
    [InlineData("LANG", "ru_RU.UTF-8", "Описание:")]
    [InlineData("LC_ALL", "en_GB.UTF-8", "Description:")]
    [InlineData("LC_MESSAGES", "en_US", "Description:")]
    public void Help_WithoutLang_FollowsTheEnvironment(string variable, string value, string heading)
    {
        var result = CliHarness.Run(FromEnvironment(false, null, (variable, value)), "validate", "--help");

        Assert.Contains(heading, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_LcAllOverLang_AndLangOptionOverBoth()
    {
        var lcAll = FromEnvironment(false, null, ("LC_ALL", "ru_RU.UTF-8"), ("LANG", "en_US.UTF-8"));

        Assert.Equal(Language.Russian, lcAll.EnvironmentLanguage);
        Assert.Contains("Description:", CliHarness.Run(lcAll, "rules", "--help", "--lang", "en").Stdout, StringComparison.Ordinal);
        Assert.Null(FromEnvironment(false, null, ("LANG", "C.UTF-8")).EnvironmentLanguage);
        Assert.Contains("Описание:", CliHarness.Run(FromEnvironment(false, null, ("LANG", "de_DE.UTF-8")), "rules", "--help").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    [InlineData("fa-IR")]
    public void Output_UnderAnotherCurrentCulture_IsTheSame(string cultureName)
    {
        string[][] runs =
        [
            Validate,
            [.. Validate, "--lang", "en"],
            [.. Validate, "--format", "json"],
            ["roadmap", "smolensk-2022-2024", "--as-of", "2024-07-10"],
            ["explain", "program.duration", "--as-of", "2024-06-30"],
        ];
        var expected = runs.Select(a => CliHarness.Run(a).Stdout).ToArray();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            var actual = runs.Select(a => CliHarness.Run(a).Stdout).ToArray();

            Assert.Equal(expected, actual);
            Assert.Contains("30.06.2024", actual[0], StringComparison.Ordinal);
            Assert.Contains("2024-06-30", actual[2], StringComparison.Ordinal);
            Assert.Equal(cultureName, CultureInfo.CurrentCulture.Name); // the run gives the culture back
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
