using System.Text.Json;

namespace Mentoring.Cli.Tests;

/// <summary><c>roadmap</c> (the seeds' roadmaps and their deadlines) and <c>report</c> (the HTML monitoring report).</summary>
public sealed class RoadmapAndReportCommandTests
{
    [Fact]
    public void Roadmap_NoArgument_ListsTheSeedRoadmaps()
    {
        var result = CliHarness.Run("roadmap");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("smolensk-2022-2024", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ivanteevka-2021-2022", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmap_SmolenskAfterSecondReportMissed_ExitOneAndNamesTheMissedDay()
    {
        var result = CliHarness.Run("roadmap", "smolensk-2022-2024", "--as-of", "2024-07-10");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2.6   срок 30.06.2024", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Roadmap_IvanteevkaJsonWithWindow_FirstStepDueSoonNothingOverdue()
    {
        var result = CliHarness.Run("roadmap", "ivanteevka-2021-2022", "--as-of", "2021-09-10", "--format", "json", "--due-soon-days", "5");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var roadmap = json.RootElement[0];
        Assert.Equal(5, roadmap.GetProperty("dueSoonDays").GetInt32());
        Assert.Equal(0, roadmap.GetProperty("counts").GetProperty("overdue").GetInt32());
        var first = roadmap.GetProperty("activities")[0];
        Assert.Equal(("due-soon", "2021-09-15", "До 15.09.2021г."), (first.GetProperty("status").GetString(), first.GetProperty("nextDue").GetString(), first.GetProperty("deadline").GetString()));
    }

    [Fact]
    public void Roadmap_UnknownSource_ExitTwoWithTheKnownSeedsOnStderr()
    {
        var result = CliHarness.Run("roadmap", "no-such-roadmap", "--as-of", "2024-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("argun-2021-2024", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Roadmap_NegativeWindow_ExitTwo() =>
        Assert.Equal(2, CliHarness.Run("roadmap", "argun-2021-2024", "--due-soon-days", "-1").ExitCode);

    [Fact]
    public void Roadmap_CsvTable_ImportedAndChecked()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("plan.csv", "№;Мероприятие;Сроки;Ответственные\n1;Утвердить положение;До 30.12.2022 г.;Управление\n2;Мониторинг;постоянно;ОО\n");

        var result = CliHarness.Run("roadmap", csv, "--as-of", "2022-12-20");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("скоро срок (14 дн.) 1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TwoOrganizations_WritesOneSelfContainedHtmlWithChartsRoadmapAndFindings()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report.html");

        var result = CliHarness.Run(
            "report", CliHarness.Sample("argun-2021", "violations"), CliHarness.Sample("smolensk-2022", "compliant"),
            "--as-of", "2024-06-01", "--edition", "argun-2021", "--roadmap", "argun-2021-2024", "--out", output);

        Assert.Equal(1, result.ExitCode);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(8, html.Split("<svg class=\"bars\"").Length - 1);
        Assert.Contains("<line class=\"target\"", html, StringComparison.Ordinal);
        // The roadmap by its title, not its identifier; the findings tagged as errors or warnings.
        Assert.DoesNotContain("<code>argun-2021-2024</code>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"roadmaps\">\n<h2>Дорожные карты</h2>\n<h3>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">ошибка</span>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"summary\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_SameOrganizationTwice_ExitTwoAndNoFile()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report.html");
        var sample = CliHarness.Sample("argun-2021", "compliant");

        var result = CliHarness.Run("report", sample, sample, "--as-of", "2024-06-01", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MD0903", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Report_WithoutOut_ExitTwo() =>
        Assert.Equal(2, CliHarness.Run("report", CliHarness.Sample("argun-2021", "compliant"), "--as-of", "2024-06-01").ExitCode);
}
