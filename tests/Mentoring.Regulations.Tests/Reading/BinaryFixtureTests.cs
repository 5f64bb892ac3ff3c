using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentoring.Regulations.Tests.Benchmark;
using UglyToad.PdfPig.Core;

using UglyToad.PdfPig.Writer;

namespace Mentoring.Regulations.Tests.Reading;

/// <summary>
/// The DOCX and PDF fixtures (Fixtures/Binary) are made from two text fixtures by <see cref="Generate_Fixtures_WritesDocxAndPdf"/>
/// (run with MENTORING_UPDATE_FIXTURES=1): the PDF wraps lines at 70 characters, hyphenates a word at a line end, breaks
/// a clause over a page and prints page numbers; the DOCX uses Word's automatic numbering and a page break. Read back,
/// each must give the settings written by hand for its text.
/// </summary>
public sealed class BinaryFixtureTests
{
    private static readonly string[] Sources = ["seed-002-krasnokutsky", "savali-sosh"];

    private static string Binary(string name) => Path.Combine(Paths.Fixtures, "Binary", name);

    [Theory]
    [InlineData("seed-002-krasnokutsky.pdf", "seed-002-krasnokutsky")]
    [InlineData("savali-sosh.pdf", "savali-sosh")]
    [InlineData("seed-002-krasnokutsky.docx", "seed-002-krasnokutsky")]
    [InlineData("savali-sosh.docx", "savali-sosh")]
    public void Read_BinaryFixture_GivesTheHandWrittenSettings(string file, string source)
    {
        var draft = EditionDraft.Create(RegulationDocument.Read(Binary(file)));

        var expected = FixtureBenchmarkTests.Expected(source);
        var actual = FixtureBenchmarkTests.Actual(draft);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"), actual.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
    }

    [Fact]
    public void Read_Pdf_ClauseOverThePageBreakKeepsItsFirstPageAndHyphensAreUndone()
    {
        var document = RegulationDocument.Read(Binary("seed-002-krasnokutsky.pdf"));

        Assert.True(document.Clauses.Max(c => c.Page) >= 2);
        Assert.DoesNotContain(document.Clauses, c => c.Text.Contains("нас- тав", StringComparison.Ordinal) || c.Text.Contains("нас-тав", StringComparison.Ordinal));
        Assert.Contains(document.Clauses, c => c.Text.Contains("из числа заместителей руководителя", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Docx_AutomaticNumberingBecomesThePlace()
    {
        var document = RegulationDocument.Read(Binary("savali-sosh.docx"));

        Assert.Contains(document.Clauses, c => c.Number == "1.1");
        Assert.Equal(2, document.Clauses[^1].Page);
    }

    [Fact]
    public void Generate_Fixtures_WritesDocxAndPdf()
    {
        if (Environment.GetEnvironmentVariable("MENTORING_UPDATE_FIXTURES") != "1")
        {
            Assert.All(Sources, s => Assert.True(File.Exists(Binary(s + ".pdf")) && File.Exists(Binary(s + ".docx"))));
            return;
        }

        foreach (var source in Sources)
        {
            var paragraphs = FixtureBenchmarkTests.TextOf(source).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            File.WriteAllBytes(Binary(source + ".pdf"), Pdf(paragraphs));
            Docx(Binary(source + ".docx"), paragraphs);
        }
    }

    private static byte[] Pdf(string[] paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            lines.AddRange(Wrap(paragraph, 70));
        }

        // Two pages: the break falls inside a paragraph (the middle line), each page ends with its number.
        var half = lines.Count / 2;
        for (var p = 0; p < 2; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800.0;
            foreach (var line in p == 0 ? lines.Take(half) : lines.Skip(half))
            {
                page.AddText(line, 10, new PdfPoint(40, y), font);
                y -= 14;
            }

            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 10, new PdfPoint(290, 30), font);
        }

        return builder.Build();
    }

    /// <summary>Wraps at <paramref name="width"/> characters; a word longer than the rest of a line is hyphenated after its fourth letter.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > width)
            {
                if (word.Length > 8 && word.All(char.IsLetter) && line.Length + 6 <= width)
                {
                    yield return $"{line} {word[..4]}-".TrimStart();
                    line = word[4..];
                    continue;
                }

                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static void Docx(string path, string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2." }) { LevelIndex = 1 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        var body = new Body();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var text = paragraphs[i];
            var paragraph = new Paragraph();
            // The first paragraph is numbered «1.» (a heading), the others «1.1.», «1.2.» … by Word, not in the text.
            if (!text.StartsWith('-') && !char.IsDigit(text[0]))
            {
                paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = i == 0 ? 0 : 1 }, new NumberingId { Val = 1 })));
            }

            var run = new Run();
            if (i == paragraphs.Length - 1 && paragraphs.Length > 1)
            {
                run.Append(new Break { Type = BreakValues.Page });
            }

            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
            body.Append(paragraph);
        }

        main.Document = new Document(body);
        main.Document.Save();
    }
}
