using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Mentoring.Regulations.Reading;

/// <summary>A document's text as lines, each with its page: what the normaliser joins into clauses.</summary>
internal static class RawText
{
    /// <summary>The most characters read from one document (a Положение is 20–80 thousand); the rest is ignored.</summary>
    public const int MaxCharacters = 2_000_000;

    public static IReadOnlyList<(int Page, string Line)> FromText(byte[] bytes)
    {
        var text = Decode(bytes);
        var lines = new List<(int, string)>();
        var page = 1;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var breaks = line.Split('\f');
            for (var i = 0; i < breaks.Length; i++)
            {
                if (i > 0)
                {
                    page++;
                }

                lines.Add((page, breaks[i]));
            }
        }

        return lines;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a byte order mark is skipped); Windows-1251 otherwise.</summary>
    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1251).GetString(span);
        }

        return text.Length > MaxCharacters ? text[..MaxCharacters] : text;
    }

    public static IReadOnlyList<(int Page, string Line)> FromDocx(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var lines = new List<(int, string)>();
        if (body is null)
        {
            return lines;
        }

        var numbering = new DocxNumbering(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
        var page = 1;
        var total = 0;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break { Type.Value: var type } when type == BreakValues.Page:
                        page++;
                        break;
                    case Break:
                        text.Append(' ');
                        break;
                    case LastRenderedPageBreak when text.Length > 0:
                        page++;
                        break;
                    case SoftHyphen:
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            if (paragraph.ParagraphProperties?.PageBreakBefore is not null)
            {
                page++;
            }

            var label = numbering.Label(paragraph);
            var line = label is null ? text.ToString() : $"{label} {text}";
            total += line.Length;
            if (total > MaxCharacters)
            {
                break;
            }

            // A paragraph is a line of its own: a blank line after it keeps Word's paragraphs apart.
            lines.Add((page, line));
            lines.Add((page, string.Empty));
        }

        return lines;
    }

    public static IReadOnlyList<(int Page, string Line)> FromPdf(Stream stream)
    {
        using var document = PdfDocument.Open(stream);
        var lines = new List<(int, string)>();
        var total = 0;
        foreach (var page in document.GetPages())
        {
            var text = ContentOrderTextExtractor.GetText(page);
            foreach (var line in text.Split('\n'))
            {
                total += line.Length;
                if (total > MaxCharacters)
                {
                    return lines;
                }

                lines.Add((page.Number, line.TrimEnd('\r')));
            }
        }

        return lines;
    }
}
