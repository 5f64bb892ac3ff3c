using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentoring.Domain.Documents;

/// <summary>
/// A place in a document — a JSON case file or edition file, an imported CSV or XLSX table — as the
/// <see cref="ValidationError.Identifier"/> of a reader's error writes it:
/// <c>file[sheet](line,column): path</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>cases.json(12,7): $.pairs[2].mentors[0]</c> — a JSON document: the 1-based line, the column in
/// characters, the JSON path;</item>
/// <item><c>mentors.csv(5,3): ФИО</c> — a table: the row, the column number, the column's heading;</item>
/// <item><c>mentors.xlsx[Лист1](5,3): ФИО</c> — a workbook: the worksheet in brackets;</item>
/// <item><c>cases.json: $</c> — the whole document (no line and column).</item>
/// </list>
/// Errors of the domain's factories and of the builder have a plain field path instead (<c>programs[2].term.end</c>);
/// <see cref="ErrorExtensions.Location"/> returns null for them.
/// </remarks>
public sealed partial class DocumentLocation
{
    private DocumentLocation(string file, string path, int line, int column, string? sheet)
    {
        File = file;
        Path = path;
        Line = line;
        Column = column;
        Sheet = sheet;
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

    /// <summary>Creates a location.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="path">The JSON path or the heading; <c>$</c> when empty.</param>
    /// <param name="line">The 1-based line or row (0 when not applicable).</param>
    /// <param name="column">The 1-based column (0 when not applicable).</param>
    /// <param name="sheet">The worksheet, for XLSX.</param>
    /// <returns>The location.</returns>
    public static DocumentLocation Create(string file, string? path, int line = 0, int column = 0, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new DocumentLocation(file, string.IsNullOrEmpty(path) ? "$" : path, Math.Max(0, line), Math.Max(0, column), string.IsNullOrEmpty(sheet) ? null : sheet);
    }

    /// <summary>Reads a location back from an error's identifier.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <param name="location">The location, when the identifier is one.</param>
    /// <returns>True when it is a document location.</returns>
    public static bool TryParse(string? identifier, [NotNullWhen(true)] out DocumentLocation? location)
    {
        location = null;
        if (string.IsNullOrEmpty(identifier))
        {
            return false;
        }

        var match = Pattern().Match(identifier);
        if (!match.Success)
        {
            return false;
        }

        var line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0;
        var column = match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 0;
        location = new DocumentLocation(match.Groups["file"].Value, match.Groups["path"].Value, line, column, match.Groups["sheet"].Success ? match.Groups["sheet"].Value : null);
        return true;
    }

    /// <summary>Returns <paramref name="error"/> located here: its identifier (a path inside the document) becomes this location's path.</summary>
    /// <param name="error">The error, with a JSON path or a heading as its identifier.</param>
    /// <param name="file">The file name.</param>
    /// <param name="line">The 1-based line or row (0 when not applicable).</param>
    /// <param name="column">The 1-based column (0 when not applicable).</param>
    /// <param name="sheet">The worksheet, for XLSX.</param>
    /// <returns>A copy of the error with the document location as its identifier.</returns>
    public static ValidationError Locate(ValidationError error, string file, int line, int column, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.At(Create(file, error.Identifier, line, column, sheet).ToString());
    }

    /// <summary>The identifier form: <c>file[sheet](line,column): path</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Sheet is null ? File : $"{File}[{Sheet}]";
        var position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})") : string.Empty;
        return $"{where}{position}: {Path}";
    }

    [GeneratedRegex(@"^(?<file>.+?)(?:\[(?<sheet>[^\]]*)\])?(?:\((?<line>\d+),(?<column>\d+)\))?: (?<path>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
