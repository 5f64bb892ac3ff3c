using Mentoring.Regulations.Reading;

namespace Mentoring.Regulations;

/// <summary>
/// A school's Положение о наставничестве read as clauses (DOCX, PDF or text), each with its пункт and page: the input of
/// <see cref="EditionDraft"/> and <see cref="ConformityReport"/>.
/// </summary>
/// <example>
/// <code>
/// var document = RegulationDocument.Read("polozhenie.docx");
/// foreach (var clause in document.Clauses) Console.WriteLine(clause.Place + ": " + clause.Text);
/// </code>
/// </example>
public sealed class RegulationDocument
{
    private RegulationDocument(string origin, IReadOnlyList<RegulationClause> clauses)
    {
        Origin = origin;
        Clauses = clauses;
    }

    /// <summary>Where the text came from: the file's name, or what the caller called it.</summary>
    public string Origin { get; }

    /// <summary>The clauses in document order.</summary>
    public IReadOnlyList<RegulationClause> Clauses { get; }

    /// <summary>The document's title: the first clause that begins with «Положение» (at most 300 characters), or null.</summary>
    public string? Title => Clauses.Select(c => c.Text).FirstOrDefault(t => t.StartsWith("Положение", StringComparison.OrdinalIgnoreCase)) is { } t
        ? (t.Length > 300 ? t[..300] : t)
        : null;

    /// <summary>Reads a file; the format follows its extension (<c>.docx</c>, <c>.pdf</c>, <c>.txt</c> or <c>.text</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="RegulationReadException">The file cannot be read (MG0101–MG0104).</exception>
    public static RegulationDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".DOCX" => RegulationFormat.Docx,
            ".PDF" => RegulationFormat.Pdf,
            ".TXT" or ".TEXT" or "" => RegulationFormat.Text,
            _ => throw new RegulationReadException(
                "MG0104",
                $"{path}: the extension '{Path.GetExtension(path)}' is none of .docx, .pdf, .txt.",
                $"{path}: расширение «{Path.GetExtension(path)}» не из числа .docx, .pdf, .txt.",
                path),
        };
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new RegulationReadException("MG0101", $"{path}: the file cannot be opened ({e.GetType().Name}).", $"{path}: файл не открывается ({e.GetType().Name}).", path, e);
        }

        using (stream)
        {
            return Read(stream, format, Path.GetFileName(path));
        }
    }

    /// <summary>Reads a stream of the given format.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="format">Its format.</param>
    /// <param name="origin">A name for messages and for the draft's reasons (a file name).</param>
    /// <returns>The document.</returns>
    /// <exception cref="RegulationReadException">The content cannot be read (MG0102, MG0103).</exception>
    public static RegulationDocument Read(Stream stream, RegulationFormat format, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        IReadOnlyList<(int, string)> lines;
        try
        {
            lines = format switch
            {
                RegulationFormat.Docx => RawText.FromDocx(Seekable(stream)),
                RegulationFormat.Pdf => RawText.FromPdf(Seekable(stream)),
                _ => RawText.FromText(Bytes(stream)),
            };
        }
        catch (Exception e) when (e is not RegulationReadException and not OutOfMemoryException)
        {
            throw new RegulationReadException(
                "MG0102",
                $"{origin}: not a {format} file that can be read ({e.GetType().Name}: {e.Message}).",
                $"{origin}: файл не читается как {format.ToString().ToUpperInvariant()} (повреждён или защищён; {e.GetType().Name}).",
                origin,
                e);
        }

        var document = new RegulationDocument(origin, Normalizer.Clauses(lines));
        if (document.Clauses.Count == 0)
        {
            throw new RegulationReadException(
                "MG0103", $"{origin}: no text found (a scanned PDF has no text layer).", $"{origin}: текст не найден (у отсканированного PDF нет текстового слоя).", origin);
        }

        return document;
    }

    /// <summary>Reads text already in memory (UTF-16); a form feed starts a page.</summary>
    /// <param name="text">The text.</param>
    /// <param name="origin">A name for messages and reasons.</param>
    /// <returns>The document (possibly with no clauses).</returns>
    public static RegulationDocument Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        return new RegulationDocument(origin, Normalizer.Clauses(RawText.FromText(System.Text.Encoding.UTF8.GetBytes(text))));
    }

    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static byte[] Bytes(Stream stream)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0 && copy.Length < RawText.MaxCharacters * 4L)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
