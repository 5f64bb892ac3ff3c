using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentoring.Domain;
using Mentoring.Domain.Documents;

namespace Mentoring.Rules.Importing;

/// <summary>One row of a table: its 1-based number in the file and its cells by 0-based column.</summary>
internal sealed record RawRow(int Number, IReadOnlyList<string?> Cells)
{
    internal string? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;

    internal bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>A table read from CSV or XLSX: the heading row and the rows under it, as text.</summary>
internal sealed partial class RawTable
{
    private RawTable(string file, string? sheet, bool fromWorkbook, RawRow headings, IReadOnlyList<RawRow> rows)
    {
        File = file;
        Sheet = sheet;
        FromWorkbook = fromWorkbook;
        Headings = headings;
        Rows = rows;
    }

    internal string File { get; }

    internal string? Sheet { get; }

    /// <summary>True for XLSX: a date may come as an Excel serial number.</summary>
    internal bool FromWorkbook { get; }

    internal RawRow Headings { get; }

    internal IReadOnlyList<RawRow> Rows { get; }

    internal ValidationError Diagnostic(ValidationError error, int row, int column) =>
        DocumentLocation.Locate(error, File, row, column + 1, Sheet);

    /// <summary>Reads a table; the first non-empty row holds the headings.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A damaged document must give a diagnostic (MD1006), never an exception.")]
    internal static RawTable? Read(Stream stream, TableFormat format, ImportOptions options, List<ValidationError> diagnostics)
    {
        var file = options.FileName ?? "<stream>";
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
            {
                diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.TooLarge(stream.Length - stream.Position, options.MaxBytes), file, 0, 0));
                return null;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.TooLarge(buffer.Length + read, options.MaxBytes), file, 0, 0));
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            var (sheet, rows) = format == TableFormat.Xlsx ? ReadXlsx(buffer, options.Sheet) : (null, ReadCsv(buffer));
            var content = rows.Where(r => !r.IsEmpty).ToList();
            if (content.Count == 0)
            {
                diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.NoTable("the table has no heading row."), file, 0, 0, sheet));
                return null;
            }

            return new RawTable(file, sheet, format == TableFormat.Xlsx, content[0], content.Skip(1).Where(r => !IsNumberingRow(r)).ToList());
        }
        catch (SheetNotFoundException exception)
        {
            diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.NoTable(exception.Message), file, 0, 0, options.Sheet));
            return null;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.NotReadable(exception.Message), file, 0, 0, options.Sheet));
            return null;
        }
    }

    /// <summary>Reads a date as Russian tables write it: <c>dd.MM.yyyy</c> (or <c>d.M.yyyy</c>), <c>yyyy-MM-dd</c>, or an Excel serial number.</summary>
    internal bool TryDate(string text, out DateOnly date)
    {
        string[] formats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];
        if (DateOnly.TryParseExact(text.Trim().TrimEnd('г', '.', ' '), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (FromWorkbook && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }

    internal static string Normalize(string heading) =>
        SpacesRegex().Replace(heading.ToLowerInvariant().Replace('ё', 'е').Replace('\u00a0', ' '), " ").Trim().TrimEnd('.', ':').Replace(" /", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal);

    // The seeds' tables often number their columns in the row under the headings: «1», «2», ...
    private static bool IsNumberingRow(RawRow row) =>
        row.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).All(c => c!.Trim().TrimEnd('.').All(char.IsDigit));

    private static List<RawRow> ReadCsv(Stream stream)
    {
        var rows = new List<RawRow>();
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, Encoding = Encoding.UTF8 };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        while (reader.Read())
        {
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader[i].ToString();
            }

            rows.Add(new RawRow((int)reader.LineNumber, cells));
        }

        return rows;
    }

    private static (string Sheet, List<RawRow> Rows) ReadXlsx(Stream stream, string? sheetName)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.Find(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase)))
            ?? throw new SheetNotFoundException(sheetName is null
                ? "the workbook has no worksheet."
                : $"the workbook has no sheet '{sheetName}'; it has: {string.Join(", ", sheets.Select(s => s.Name?.Value))}.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id?.Value ?? string.Empty);
        var rows = new List<RawRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] = CellText(cell, shared);
            }

            rows.Add(new RawRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
        }

        return (sheet.Name?.Value ?? "Sheet1", rows);
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : raw;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    private sealed class SheetNotFoundException(string message) : Exception(message);
}

/// <summary>Matches a table's headings to the fields of a format, reporting unknown, repeated and missing ones.</summary>
/// <typeparam name="TField">The field key.</typeparam>
internal sealed class HeadingMap<TField>
    where TField : notnull
{
    private readonly Dictionary<TField, int> _columns = [];
    private readonly Dictionary<TField, string> _headings = [];

    private HeadingMap()
    {
    }

    internal int? Column(TField field) => _columns.TryGetValue(field, out var column) ? column : null;

    internal string Heading(TField field) => _headings[field];

    /// <summary>Matches the headings. <paramref name="fields"/> lists each field with its canonical heading, its other spellings and whether it is required.</summary>
    internal static HeadingMap<TField> Match(
        RawTable table,
        IReadOnlyList<(TField Field, string Heading, IReadOnlyList<string> Aliases, bool Required)> fields,
        IReadOnlyCollection<string> ignored,
        List<ValidationError> diagnostics)
    {
        var map = new HeadingMap<TField>();
        var expected = fields.Select(f => f.Heading).ToArray();
        var lookup = new Dictionary<string, TField>(StringComparer.Ordinal);
        foreach (var (field, heading, aliases, _) in fields)
        {
            map._headings[field] = heading;
            foreach (var name in aliases.Prepend(heading))
            {
                lookup.TryAdd(RawTable.Normalize(name), field);
            }
        }

        var skip = ignored.Select(RawTable.Normalize).ToHashSet(StringComparer.Ordinal);
        for (var column = 0; column < table.Headings.Cells.Count; column++)
        {
            var text = table.Headings[column];
            if (string.IsNullOrWhiteSpace(text) || skip.Contains(RawTable.Normalize(text)))
            {
                continue;
            }

            if (!lookup.TryGetValue(RawTable.Normalize(text), out var field))
            {
                diagnostics.Add(table.Diagnostic(DomainErrors.CaseFiles.UnknownHeading(text.Trim(), expected), table.Headings.Number, column));
            }
            else if (!map._columns.TryAdd(field, column))
            {
                diagnostics.Add(table.Diagnostic(DomainErrors.CaseFiles.DuplicateHeading(text.Trim()), table.Headings.Number, column));
            }
        }

        foreach (var (field, heading, _, required) in fields)
        {
            if (required && !map._columns.ContainsKey(field))
            {
                diagnostics.Add(table.Diagnostic(DomainErrors.CaseFiles.MissingHeading(heading, expected), table.Headings.Number, -1));
            }
        }

        return map;
    }
}
