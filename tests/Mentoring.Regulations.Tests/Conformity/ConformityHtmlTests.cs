using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Regulations.Tests.Benchmark;

namespace Mentoring.Regulations.Tests.Conformity;

/// <summary>
/// <see cref="ConformityReport.ToHtml"/>: one self-contained page in the monitoring report's style; every provision of
/// the model in a row with its status and both quotes; every text escaped; Russian or English with the page's <c>lang</c>.
/// </summary>
public sealed partial class ConformityHtmlTests
{
    private static readonly Lazy<ConformityReport> Seed = new(() =>
        ConformityReport.Create(RegulationDocument.Parse(FixtureBenchmarkTests.TextOf("seed-002-krasnokutsky"), "seed-002-krasnokutsky.txt")));

    /// <summary>A Положение whose sentences carry markup: a tag, an ampersand, double and single quotes.</summary>
    private const string Hostile = """
        Положение о наставничестве в МБОУ «Школа <№1> & "Лицей"»
        3.3. Педагог назначается наставником приказом <b>директора</b> & с его письменного согласия ("форма 'А'").
        3.4. Куратор назначается из числа педагогов & <i>методистов</i>.
        """;

    [Fact]
    public void ToHtml_Seed002_EveryProvisionInOneRowWithItsStatus()
    {
        var html = Seed.Value.ToHtml();

        Assert.Equal(7, Seed.Value.Items.Count);
        foreach (var item in Seed.Value.Items)
        {
            var rows = Row(html, item.Id);
            Assert.True(rows.Count == 1, $"{item.Id}: {rows.Count} rows");
            Assert.Equal(item.Status.ToString().ToLowerInvariant(), rows[0].Groups["status"].Value);
            Assert.Contains(WebUtilityEncodeForTest(item.TitleRu), rows[0].Value, StringComparison.Ordinal);
            Assert.Contains("«" + WebUtilityEncodeForTest(item.ModelQuote) + "»", rows[0].Value, StringComparison.Ordinal);
        }

        Assert.Equal(Seed.Value.Items.Select(i => i.Id), DataProvision().Matches(html).Select(m => m.Groups["id"].Value));
    }

    [Fact]
    public void ToHtml_PresentProvision_SchoolQuoteWithItsPlace()
    {
        var consent = Seed.Value.Items.Single(i => i.Id == "consent");
        var row = Row(Seed.Value.ToHtml(), "consent").Single().Value;

        Assert.Equal(ConformityStatus.Present, consent.Status);
        Assert.Contains("<blockquote>«" + WebUtilityEncodeForTest(consent.SchoolQuote!) + "»</blockquote>", row, StringComparison.Ordinal);
        Assert.Contains("<div class=\"clause\">" + consent.SchoolClause!.Place + "</div>", row, StringComparison.Ordinal);
        Assert.Matches(@"п\. [\d.]+, с\. \d+", consent.SchoolClause.Place);
    }

    [Fact]
    public void ToHtml_AbsentAndDifferentProvisions_NotFoundAndTheNote()
    {
        var report = ConformityReport.Create(RegulationDocument.Parse(Hostile, "hostile.txt"));
        var html = report.ToHtml();

        var curator = report.Items.Single(i => i.Id == "curator");
        Assert.Equal(ConformityStatus.Different, curator.Status);
        Assert.Contains("Примечание: " + curator.NoteRu, Row(html, "curator").Single().Value, StringComparison.Ordinal);
        var website = report.Items.Single(i => i.Id == "website");
        Assert.Equal(ConformityStatus.Absent, website.Status);
        Assert.Contains("<span class=\"missing\">не найдено</span>", Row(html, "website").Single().Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>«", Row(html, "website").Single().Groups["school"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_QuotesWithMarkup_AreEscaped()
    {
        var report = ConformityReport.Create(RegulationDocument.Parse(Hostile, "hostile.txt"));
        var html = report.ToHtml();

        Assert.Equal(ConformityStatus.Present, report.Items.Single(i => i.Id == "consent").Status);
        Assert.Contains("приказом &lt;b&gt;директора&lt;/b&gt; &amp; с его письменного согласия (&quot;форма &#39;А&#39;&quot;)", html, StringComparison.Ordinal);
        Assert.Contains("«Школа &lt;№1&gt; &amp; &quot;Лицей&quot;»", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>директора", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<№1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("& ", html, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(MarkupText)], MaxTest = 60)]
    public void ToHtml_AnyQuote_DecodesBackToTheQuoteAndCarriesNoMarkup(MarkupWords words)
    {
        var report = ConformityReport.Create(RegulationDocument.Parse($"3.3. Педагог назначается наставником {words.Text} с его письменного согласия.", "any.txt"));
        var consent = report.Items.Single(i => i.Id == "consent");
        var cell = Row(report.ToHtml(), "consent").Single().Groups["school"].Value;
        var quote = Regex.Match(cell, "<blockquote>«(?<q>.*?)»</blockquote>", RegexOptions.Singleline);

        Assert.NotNull(consent.SchoolQuote);
        Assert.True(quote.Success, cell);
        Assert.Equal(consent.SchoolQuote, WebUtility.HtmlDecode(quote.Groups["q"].Value));
        Assert.DoesNotMatch("[<>\"']", quote.Groups["q"].Value);
    }

    [Fact]
    public void ToHtml_RussianOrEnglish_LangAttributeAndHeadings()
    {
        var ru = Seed.Value.ToHtml(russian: true);
        var en = Seed.Value.ToHtml(russian: false);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ru\">", ru, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("<h1>Соответствие Положения примерному положению</h1>", ru, StringComparison.Ordinal);
        Assert.Contains("<h1>The regulation against the federal model</h1>", en, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">есть</span>", ru, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">present</span>", en, StringComparison.Ordinal);

        // The quotes stay as written; in the English page they are marked as Russian.
        Assert.Contains("<blockquote lang=\"ru\">«" + WebUtilityEncodeForTest(Seed.Value.Items[0].ModelQuote), en, StringComparison.Ordinal);
        Assert.Contains(Seed.Value.Items[0].SchoolClause!.PlaceEn, en, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RussianProse_NoLatinWordsOutsideCodesAndFileNames()
    {
        var latin = Words(Visible(Seed.Value.ToHtml(russian: true), dropRussianQuotes: false)).Where(w => Regex.IsMatch(w, "[A-Za-z]")).Distinct().ToList();

        Assert.True(latin.Count == 0, string.Join(", ", latin));
    }

    [Fact]
    public void ToHtml_EnglishProse_NoCyrillicWordsOutsideTheQuotes()
    {
        var cyrillic = Words(Visible(Seed.Value.ToHtml(russian: false), dropRussianQuotes: true)).Where(w => Regex.IsMatch(w, "[А-Яа-яЁё]")).Distinct().ToList();

        Assert.True(cyrillic.Count == 0, string.Join(", ", cyrillic));
    }

    [Fact]
    public void ToHtml_Page_SelfContainedWithPrintRulesAndTheSameBytesTwice()
    {
        var html = Seed.Value.ToHtml();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("@media (max-width: 640px)", html, StringComparison.Ordinal);
        Assert.Equal(html, ConformityReport.Create(RegulationDocument.Parse(FixtureBenchmarkTests.TextOf("seed-002-krasnokutsky"), "seed-002-krasnokutsky.txt")).ToHtml());
    }

    [Fact]
    public void ToHtml_Summary_CountsAgreeWithTheItems()
    {
        var html = Seed.Value.ToHtml();

        foreach (var (css, status) in new[] { ("done", ConformityStatus.Present), ("warning", ConformityStatus.Different), ("error", ConformityStatus.Absent) })
        {
            var count = Regex.Match(html, $"<li class=\"{css}\"><b>(?<n>\\d+)</b>");
            Assert.True(count.Success, css);
            Assert.Equal(Seed.Value.Items.Count(i => i.Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture), count.Groups["n"].Value);
        }
    }

    [FactWhenChromium]
    public void ToHtml_OpenedInHeadlessChromium_OneRowPerProvision()
    {
        var dir = Directory.CreateTempSubdirectory("mentoring-conformity-");
        try
        {
            var file = Path.Combine(dir.FullName, "conformity.html");
            File.WriteAllText(file, Seed.Value.ToHtml());
            var dom = Chromium.DumpDom(dir.FullName, new Uri(file).AbsoluteUri);

            Assert.Equal(Seed.Value.Items.Select(i => i.Id), DataProvision().Matches(dom).Select(m => m.Groups["id"].Value));
            Assert.Equal(7, Regex.Count(dom, "<span class=\"tag\">"));
            Assert.Contains("<html lang=\"ru\">", dom, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// At a phone's width (390 px) and a desktop's (1280 px) nothing reaches past the viewport: as for the monitoring
    /// report, the page is laid out in a frame of that width, and a probe script added to that copy (the page itself has
    /// no scripts) writes the frame's width, the scroll width and the elements that reach past it into the host page.
    /// </summary>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    [TheoryWhenChromium]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public void ToHtml_AtPhoneAndDesktopWidths_NothingOverflowsTheViewport(int width, int height)
    {
        var dir = Directory.CreateTempSubdirectory("mentoring-conformity-");
        try
        {
            // A 120-letter word in the title and in a quote: it must wrap, not widen the page.
            var word = new string('ж', 120);
            var report = ConformityReport.Create(RegulationDocument.Parse($"Положение {word} о наставничестве\n3.2. Педагог назначается наставником с его письменного согласия {word}.\n{Hostile}", "hostile.txt"));
            Assert.Contains(word, report.Items.Single(i => i.Id == "consent").SchoolQuote, StringComparison.Ordinal);
            Assert.Contains(word, report.Document.Title, StringComparison.Ordinal);
            var framed = report.ToHtml().Replace("</head>", "<style>html { scrollbar-width: none; }</style>\n</head>", StringComparison.Ordinal)
                .Replace("</body>", Probe + "</body>", StringComparison.Ordinal);
            var host = Path.Combine(dir.FullName, "host.html");
            File.WriteAllText(host, string.Create(System.Globalization.CultureInfo.InvariantCulture, $$"""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><style>body { margin: 0; } iframe { border: 0; display: block; }</style></head>
                <body><iframe id="frame" width="{{width}}" height="{{height}}" srcdoc="{{WebUtility.HtmlEncode(framed)}}"></iframe></body></html>
                """));
            var dom = Chromium.Run(dir.FullName, $"--window-size={width + 40},{height + 40}", "--virtual-time-budget=3000", "--dump-dom", new Uri(host).AbsoluteUri);

            var probe = ProbeResult().Match(dom);
            Assert.True(probe.Success, "the probe wrote its measurement into the host page");
            var viewport = int.Parse(probe.Groups["viewport"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var scroll = int.Parse(probe.Groups["scroll"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var over = WebUtility.HtmlDecode(probe.Groups["over"].Value);
            Assert.Equal(width, viewport);
            Assert.True(scroll <= viewport, $"the page is {scroll} px wide in a {viewport} px viewport; reaching past it: {over}");
            Assert.True(over.Length == 0, $"elements reach past the {viewport} px viewport: {over}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A script for a copy of the page: writes the viewport's width, the page's scroll width and the elements that reach past the viewport.</summary>
    private const string Probe = """
        <script>
        (function () {
          var w = document.documentElement.clientWidth, over = [];
          document.querySelectorAll('body *').forEach(function (e) {
            var r = e.getBoundingClientRect();
            if (r.width > 0 && r.right > w + 1 && over.length < 10) { over.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(r.right)); }
          });
          var p = window.parent.document.createElement('pre');
          p.textContent = 'viewport=' + w + ';scroll=' + document.documentElement.scrollWidth + ';over=' + over.join(', ') + ';';
          window.parent.document.body.appendChild(p);
        })();
        </script>

        """;

    [GeneratedRegex(@"viewport=(?<viewport>\d+);scroll=(?<scroll>\d+);over=(?<over>[^;]*);")]
    private static partial Regex ProbeResult();

    private static List<Match> Row(string html, string id) =>
        [.. Regex.Matches(html, $"<tr class=\"(?<status>[a-z]+)\" data-provision=\"{Regex.Escape(id)}\">.*?<td data-label=\"(?:В Положении организации|In the school's regulation)\">(?<school>.*?)</td>.*?</tr>", RegexOptions.Singleline).Cast<Match>()];

    /// <summary>The five characters HTML needs escaped (WebUtility.HtmlEncode would also encode «» as numeric references).</summary>
    private static string WebUtilityEncodeForTest(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>The visible text: no style, no title, no codes (the details column, file names); without the quotes marked Russian when asked.</summary>
    private static string Visible(string html, bool dropRussianQuotes)
    {
        var text = Regex.Replace(html, "<style>.*?</style>|<title>.*?</title>|<code>.*?</code>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<dt>(?:Файл|File)</dt><dd>.*?</dd>", " ", RegexOptions.Singleline);
        if (dropRussianQuotes)
        {
            text = Regex.Replace(text, "<(?<tag>[a-z]+)[^>]*lang=\"ru\"[^>]*>.*?</\\k<tag>>", " ", RegexOptions.Singleline);
        }

        return WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", " "));
    }

    private static IEnumerable<string> Words(string text) => Regex.Matches(text, @"[\p{L}]+").Select(m => m.Value);

    [GeneratedRegex("data-provision=\"(?<id>[^\"]+)\"")]
    private static partial Regex DataProvision();

    /// <summary>Words between the clause's words: Cyrillic letters, spaces and the characters markup is made of (no «;» or «.», which end a sentence).</summary>
    public static class MarkupText
    {
        public static Arbitrary<MarkupWords> Words() =>
            Gen.ArrayOf(Gen.Elements("<", ">", "&", "\"", "'", "<b>", "</i>", "&nbsp", "школы", "и", "ОУ"))
                .Select(parts => new MarkupWords(string.Join(' ', parts.Take(8))))
                .ToArbitrary();
    }
}

/// <summary>Words between a clause's words, made of markup characters and Cyrillic.</summary>
public sealed record MarkupWords(string Text);
