using System.Globalization;

namespace Mentoring.Domain.Documents;

/// <summary>
/// One problem found in a document (a JSON case file, an imported CSV or XLSX table): the file, the place in it
/// (a JSON path such as <c>$.pairs[2].mentors[0]</c>, or a column heading), the line and column (the row and the
/// column number for a table), a stable code and a message in English and Russian.
/// </summary>
/// <remarks>Codes are those of <see cref="DomainErrors"/>: MD10xx for the document itself, the domain's codes for its content.</remarks>
public sealed class DocumentDiagnostic
{
    private DocumentDiagnostic(string file, string path, int line, int column, string? sheet, Error error)
    {
        File = file;
        Path = path;
        Line = line;
        Column = column;
        Sheet = sheet;
        Code = error.Code;
        Message = error.Message;
        MessageRu = error.MessageRu;
    }

    /// <summary>The file name as given (or <c>&lt;stream&gt;</c> when reading a stream without a name).</summary>
    public string File { get; }

    /// <summary>The place in the document: a JSON path (<c>$.programs[0].term.end</c>) or a table's column heading.</summary>
    public string Path { get; }

    /// <summary>The 1-based line (for a table, the row), or 0 when the problem concerns the whole document.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (characters in a JSON line, the column number in a table), or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The worksheet of an XLSX workbook, or null for other documents.</summary>
    public string? Sheet { get; }

    /// <summary>The stable code, such as <c>MD1004</c>.</summary>
    public string Code { get; }

    /// <summary>What is wrong and what was expected, in English.</summary>
    public string Message { get; }

    /// <summary>What is wrong and what was expected, in Russian.</summary>
    public string MessageRu { get; }

    /// <summary>Creates a diagnostic from an error of the catalogue.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="error">The error; its target becomes <see cref="Path"/> (or <c>$</c>).</param>
    /// <param name="line">The 1-based line or row (0 when not applicable).</param>
    /// <param name="column">The 1-based column (0 when not applicable).</param>
    /// <param name="sheet">The worksheet, for XLSX.</param>
    /// <returns>The diagnostic.</returns>
    public static DocumentDiagnostic Create(string file, Error error, int line, int column, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(error);
        return new DocumentDiagnostic(file, error.Target ?? "$", line, column, sheet, error);
    }

    /// <summary>The message in the requested language: Russian for <c>ru</c>, English otherwise.</summary>
    /// <param name="language">A two-letter language code.</param>
    /// <returns>The message.</returns>
    public string MessageIn(string language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? MessageRu : Message;

    /// <summary>The compiler-style form <c>file(line,column): code at path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Sheet is null ? File : $"{File}[{Sheet}]";
        var position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})") : string.Empty;
        return $"{where}{position}: {Code} at {Path}: {Message}";
    }
}
