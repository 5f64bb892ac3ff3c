using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mentoring.Rules.Policies;
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

    [Fact]
    public void Render_Summary_ComesFirstWithTheMunicipalityTheEditionByTitleAndTheCounts()
    {
        var summary = Html.Value.IndexOf("<section id=\"summary\">", StringComparison.Ordinal);

        Assert.True(summary > 0 && summary < Html.Value.IndexOf("<section id=\"findings\">", StringComparison.Ordinal));
        Assert.True(summary < Html.Value.IndexOf("<section id=\"indicators\">", StringComparison.Ordinal));
        Assert.Contains("<dt>Муниципалитет</dt><dd>Демонстрационный район</dd>", Html.Value, StringComparison.Ordinal);
        Assert.Contains("<dt>Организация</dt><dd>МБОУ «СОШ № 7»</dd>", Html.Value, StringComparison.Ordinal);
        Assert.Contains("<dt>Редакция</dt><dd>Примерное положение о системе наставничества педагогических работников", Html.Value, StringComparison.Ordinal);
        Assert.Matches("<li class=\"error\"><b>\\d+</b> ошиб", Html.Value);
        Assert.Matches("<li class=\"warning\"><b>\\d+</b> предупрежден", Html.Value);
        Assert.Matches("<li class=\"unknown\"><b>\\d+</b> не определено", Html.Value);
    }

    [Fact]
    public void Render_Prose_NoCodeIdentifiersOutsideTheDetailsColumn()
    {
        var prose = Visible(DetailsCell().Replace(Html.Value, string.Empty));

        foreach (var id in PolicyCatalog.Bundled.Ids)
        {
            Assert.DoesNotContain(id, prose, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("federal-2021", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("ivanteevka-2021-2022", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("§", prose, StringComparison.Ordinal);
        Assert.Empty(Regex.Matches(DetailsCell().Replace(Html.Value, string.Empty), "<code>"));
    }

    [Fact]
    public void Render_Prose_RussianThroughout()
    {
        // Record identifiers that rules' messages name (prog-1, t-young1) are codes; every other word is Russian.
        var latin = Regex.Matches(Visible(DetailsCell().Replace(Html.Value, string.Empty)), @"[\p{L}\p{N}._/-]+")
            .Select(m => m.Value.Trim('.', '-'))
            .Where(w => Regex.IsMatch(w, "[A-Za-z]") && !w.Any(char.IsDigit) && w.IndexOfAny(['.', '-', '/', '_']) < 0)
            .Where(w => !Regex.IsMatch(w, "^(?:[IVX]+|[A-Z])$")) // Roman numerals of the roadmaps' stages; N of a rule's «не более N»
            .Distinct()
            .ToList();

        Assert.True(latin.Count == 0, "Latin words in the report: " + string.Join(", ", latin));
    }

    [Fact]
    public void Render_Findings_SourcesByDocumentTitleAndIdsInTheDetailsColumn()
    {
        Assert.Contains("<td data-label=\"Источник\" class=\"source\">Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район)", Html.Value, StringComparison.Ordinal);
        Assert.Matches("<td data-label=\"Подробности\" class=\"details\"><code>[a-z]+\\.[a-z.-]+</code>", Html.Value);
    }

    [Fact]
    public void Render_RulesTheEditionDoesNotSwitchOn_ListedAsNotChecked()
    {
        Assert.Contains("<h2>Не проверялось в этой редакции</h2>", Html.Value, StringComparison.Ordinal);
        Assert.Contains("отсутствие нарушений по ним ничего не означает", Html.Value, StringComparison.Ordinal);
        Assert.Contains("<code>consent.mentee-written</code>", Html.Value, StringComparison.Ordinal);
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
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// At a phone's width (390 px) and a desktop's (1280 px) nothing overflows the viewport. Chromium's windows are at
    /// least 500 px wide, so the report is laid out in a frame of the width asked for (its own viewport: the phone
    /// rules apply), and a probe script added to that copy (the report itself has no scripts) writes the frame's width,
    /// the page's scroll width and the elements that reach past it into the host page, which Chromium dumps. A
    /// screenshot of each width is taken (kept in the folder MENTORING_REPORT_SCREENSHOT names, when set).
    /// </summary>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    /// <param name="longWords">Whether a 120-letter word is written into the first fact and the first table cell (a
    /// long organization name, an unbroken quote): it must wrap rather than widen the page.</param>
    [TheoryWhenChromium]
    [InlineData(390, 844, false)]
    [InlineData(1280, 900, false)]
    [InlineData(390, 844, true)]
    [InlineData(1280, 900, true)]
    public void Render_AtPhoneAndDesktopWidths_NothingOverflowsTheViewport(int width, int height, bool longWords)
    {
        var dir = Directory.CreateTempSubdirectory("mentoring-report-");
        try
        {
            var html = longWords ? WithLongWords(Html.Value) : Html.Value;
            var framed = html.Replace("</head>", "<style>html { scrollbar-width: none; }</style>\n</head>", StringComparison.Ordinal)
                .Replace("</body>", Probe + "</body>", StringComparison.Ordinal);
            var host = Path.Combine(dir.FullName, "host.html");
            File.WriteAllText(host, string.Create(CultureInfo.InvariantCulture, $$"""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><style>body { margin: 0; } iframe { border: 0; display: block; }</style></head>
                <body><iframe id="frame" width="{{width}}" height="{{height}}" srcdoc="{{WebUtility.HtmlEncode(framed)}}"></iframe></body></html>
                """));
            var window = $"--window-size={width + 40},{height + 40}";
            var dom = Chromium(dir.FullName, window, "--virtual-time-budget=3000", "--dump-dom", new Uri(host).AbsoluteUri);

            var probe = ProbeResult().Match(dom);
            Assert.True(probe.Success, "the probe wrote its measurement into the host page");
            var viewport = int.Parse(probe.Groups["viewport"].Value, CultureInfo.InvariantCulture);
            var scroll = int.Parse(probe.Groups["scroll"].Value, CultureInfo.InvariantCulture);
            var over = WebUtility.HtmlDecode(probe.Groups["over"].Value);
            Assert.Equal(width, viewport);
            Assert.True(scroll <= viewport, $"the page is {scroll} px wide in a {viewport} px viewport; reaching past it: {over}");
            Assert.True(over.Length == 0, $"elements reach past the {viewport} px viewport: {over}");

            var png = Path.Combine(dir.FullName, $"report-{width}.png");
            Chromium(dir.FullName, $"--screenshot={png}", window, "--virtual-time-budget=3000", new Uri(host).AbsoluteUri);
            Assert.True(new FileInfo(png).Length > 10_000, "the screenshot has content");
            if (Environment.GetEnvironmentVariable("MENTORING_REPORT_SCREENSHOT") is { Length: > 0 } keep)
            {
                File.Copy(png, Path.Combine(keep, $"report-{width}.png"), overwrite: true);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The report with a 120-letter word at the start of its first fact and its first table cell.</summary>
    private static string WithLongWords(string html)
    {
        var word = new string('ж', 120) + " ";
        var dd = html.IndexOf("<dd>", StringComparison.Ordinal) + "<dd>".Length;
        html = html.Insert(dd, word);
        var td = html.IndexOf("<td", StringComparison.Ordinal);
        td = html.IndexOf('>', td) + 1;
        return html.Insert(td, word);
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

    /// <summary>A script for a copy of the report: writes the viewport's width, the page's scroll width and the elements that reach past the viewport.</summary>
    private const string Probe = """
        <script>
        (function () {
          var w = document.documentElement.clientWidth, over = [];
          document.querySelectorAll('body *').forEach(function (e) {
            var r = e.getBoundingClientRect();
            if (r.width > 0 && r.right > w + 1 && over.length < 10) { over.push(e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(r.right)); }
          });
          var target = window.parent && window.parent !== window ? window.parent.document : document;
          var p = target.createElement('pre');
          p.id = 'probe';
          p.textContent = 'viewport=' + w + ';scroll=' + document.documentElement.scrollWidth + ';over=' + over.join(', ') + ';';
          target.body.appendChild(p);
        })();
        </script>

        """;

    /// <summary>The visible text of a page: no style, no tags.</summary>
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<style>.*?</style>|<title>.*?</title>", string.Empty, RegexOptions.Singleline), "<[^>]+>", " "));

    [GeneratedRegex("""<td data-label="Подробности" class="details">.*?</td>""", RegexOptions.Singleline)]
    private static partial Regex DetailsCell();

    [GeneratedRegex(@"viewport=(?<viewport>\d+);scroll=(?<scroll>\d+);over=(?<over>[^;]*);")]
    private static partial Regex ProbeResult();

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
