using System.Text.Json;

namespace Mentoring.Cli.Tests;

/// <summary><c>match</c>: registries in CSV, case files, text and JSON, exit codes.</summary>
public sealed class MatchCommandTests
{
    private const string Mentors =
        "№ п/п;Ф.И.О наставника;Основные компетенции наставника;Желаемый возраст наставляемых;Ресурс времени на программу наставничества\n"
        + "1;Соколова Анна Викторовна;математика, подготовка к ОГЭ;;2 ч в неделю\n"
        + "2;Белова Нина Петровна;химия;;1 ч в неделю\n";

    private const string Mentees =
        "№ п/п;ФИО наставляемого;Год рождения наставляемого;Основной запрос наставляемого\n"
        + "1;Егоров Илья Сергеевич;1999;подготовка к ОГЭ по математике\n"
        + "2;Павлова Ольга Ивановна;2000;математика в 5 классе\n"
        + "3;Зайцев Пётр Ильич;2001;литература\n";

    [Fact]
    public void Match_CsvRegistries_TextNamesGroupCriteriaAndUnmatched_ExitCode1()
    {
        using var folder = new TempFolder();
        var result = CliHarness.Run("match", folder.Write("mentors.csv", Mentors), folder.Write("mentees.csv", Mentees), "--as-of", "2024-09-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("Соколова Анна Викторовна [1] — группа", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("профиль и компетенции наставника: 40/40", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Без наставника: Зайцев Пётр Ильич [3] — Нет допустимого наставника", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CsvRegistriesJsonEnglish_GroupsUnmatchedAndInadmissible()
    {
        using var folder = new TempFolder();
        var result = CliHarness.Run("match", folder.Write("mentors.csv", Mentors), folder.Write("mentees.csv", Mentees), "--as-of", "2024-09-01", "--format", "json", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var organization = Assert.Single(json.RootElement.GetProperty("organizations").EnumerateArray());
        var group = Assert.Single(organization.GetProperty("groups").EnumerateArray());
        Assert.Equal("1", group.GetProperty("mentor").GetString());
        Assert.True(group.GetProperty("isGroup").GetBoolean());
        Assert.Equal(["1", "2"], group.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("mentee").GetString()));
        var unmatched = Assert.Single(organization.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("noAdmissibleMentor", unmatched.GetProperty("reason").GetString());
        Assert.Contains(organization.GetProperty("inadmissible").EnumerateArray(), f => f.GetProperty("criterion").GetString() == "profile");
    }

    [Fact]
    public void Match_EveryMenteeMatched_ExitCode0()
    {
        using var folder = new TempFolder();
        var mentees = "№ п/п;ФИО наставляемого;Год рождения наставляемого;Основной запрос наставляемого\n1;Егоров Илья Сергеевич;1999;математика\n";

        var result = CliHarness.Run("match", folder.Write("mentors.csv", Mentors), folder.Write("mentees.csv", mentees), "--as-of", "2024-09-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("пара", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CaseFile_MatchesEveryCaseOfTheFile()
    {
        var result = CliHarness.Run("match", CliHarness.Sample("argun-2021", "compliant"), "--edition", "argun-2021", "--as-of", "2024-06-30", "--format", "json");

        Assert.InRange(result.ExitCode, 0, 1);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("argun-2021", json.RootElement.GetProperty("edition").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("organizations").EnumerateArray());
    }

    [Fact]
    public void Match_MissingFile_ExitCode2WithMessageAndNoStackTrace()
    {
        using var folder = new TempFolder();
        var result = CliHarness.Run("match", Path.Combine(folder.Path, "none.csv"), folder.Write("mentees.csv", Mentees));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ошибка: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("registry.csv")]
    [InlineData("mentors.pdf|mentees.csv")]
    public void Match_WrongKindOfFile_ExitCode2(string names)
    {
        using var folder = new TempFolder();
        var paths = names.Split('|').Select(n => folder.Write(n, Mentors)).ToArray();

        var result = CliHarness.Run(["match", .. paths]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ошибка: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_UnknownEdition_ExitCode2()
    {
        using var folder = new TempFolder();
        var result = CliHarness.Run("match", folder.Write("mentors.csv", Mentors), folder.Write("mentees.csv", Mentees), "--edition", "nowhere-2099");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere-2099", result.Stderr, StringComparison.Ordinal);
    }
}
