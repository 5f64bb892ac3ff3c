using System.Diagnostics;
using System.Text.RegularExpressions;
using Mentoring.Rules.Reporting;

namespace Mentoring.Rules.Tests.Reporting;

/// <summary>The HTML report: self-contained, deterministic (golden file), and rendered by a real browser with its charts and tables.</summary>
public partial class HtmlReportTests
{
    private const string UpdateVariable = "MENTORING_UPDATE_GOLDEN";

    private static readonly Lazy<string> Html = new(() => HtmlReport.Render(ReportFixture.Input()));

    [Fact]
    public void Render_SmallFixedInput_MatchesGoldenFile()
    {
        var path = Path.Combine(ReportFixture.SourceDirectory(), "Golden", "report.html");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Html.Value);
            return;
        }

        Assert.True(File.Exists(path), $"The golden file {path} does not exist: run with {UpdateVariable}=1 and review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var line = FirstDifference(expected, Html.Value);
        Assert.True(line is null, $"The report differs from {path} at line {line}. To accept: {UpdateVariable}=1 dotnet test tests/Mentoring.Rules.Tests --filter HtmlReportTests, then review the diff.");
    }

    [Fact]
    public void Render_SameInputTwice_SameText() => Assert.Equal(HtmlReport.Render(ReportFixture.Input()), Html.Value);

    [Fact]
    public void Render_Report_LoadsNothingFromOutsideAndHasPrintRules()
    {
        Assert.DoesNotContain("<script", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Indicators_OneChartPerIndicatorWithABarPerYearAndTheTargetLine()
    {
        Assert.Equal(8, Regex.Count(Html.Value, "<svg class=\"bars\""));
        Assert.Single(Regex.Matches(Html.Value, "<line class=\"target\""));
        Assert.Contains("цель 70 %", Html.Value, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"indicator.young-teachers-target\"", Html.Value, StringComparison.Ordinal);

        // 2022: t-young1 and t-young2 (in their first year) unsupported; 2023 and 2024: one of two in a program.
        Assert.Contains("<rect class=\"bar fail\" data-year=\"2023\"", Html.Value, StringComparison.Ordinal);
        Assert.Contains("50 %", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Roadmaps_StatusesInRussian()
    {
        Assert.Contains("выполнено 10.09.2021", Html.Value, StringComparison.Ordinal);
        Assert.Contains("скоро срок: 15.10.2021", Html.Value, StringComparison.Ordinal);
        Assert.Contains("скоро срок: 30.06.2023", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEscaped()
    {
        var html = HtmlReport.Render(new ReportInput { AsOf = new DateOnly(2024, 1, 1), Title = "<b>&\"'" });

        Assert.Contains("<title>&lt;b&gt;&amp;&quot;&#39;</title>", html, StringComparison.Ordinal);
    }

    [FactWhenChromium]
    public void Render_OpenedInHeadlessChromium_ChartsWithBarsAndTablesAreThere()
    {
        var dir = Directory.CreateTempSubdirectory("mentoring-report-");
        try
        {
            var file = Path.Combine(dir.FullName, "report.html");
            File.WriteAllText(file, Html.Value);
            var dom = Chromium(dir.FullName, "--dump-dom", new Uri(file).AbsoluteUri);

            Assert.Equal(8, Regex.Count(dom, "<svg class=\"bars\""));
            Assert.True(Regex.Count(dom, "<rect class=\"bar") >= 8, "every chart has bars");
            Assert.Contains("<line class=\"target\"", dom, StringComparison.Ordinal);
            Assert.True(Regex.Count(dom, "<table") >= 3, "the values, roadmap and findings tables are there");

            var png = Path.Combine(dir.FullName, "report.png");
            Chromium(dir.FullName, $"--screenshot={png}", "--window-size=1200,2400", new Uri(file).AbsoluteUri);
            Assert.True(new FileInfo(png).Length > 10_000, "the screenshot has content");
            if (Environment.GetEnvironmentVariable("MENTORING_REPORT_SCREENSHOT") is { Length: > 0 } keep)
            {
                File.Copy(png, keep, overwrite: true);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Chromium(string profileRoot, params string[] args)
    {
        var start = new ProcessStartInfo(FactWhenChromiumAttribute.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(profileRoot, "profile")}",
                 }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "Chromium finished within two minutes");
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    private static int? FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            if (i >= e.Length || i >= a.Length || e[i] != a[i])
            {
                return i + 1;
            }
        }

        return null;
    }
}
