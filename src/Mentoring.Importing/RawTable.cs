using System.Globalization;
using System.Text;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using Mentoring.Domain;
using Mentoring.Domain.Documents;

namespace Mentoring.Importing;

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

    private static ValidationError Located(string file, ValidationError error, int line, int column, string? sheet = null) =>
        DocumentLocation.Locate(error, file, line, column, sheet);

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
            var (sheet, rows) = format == TableFormat.Xlsx ? Xlsx.Read(buffer, options, file) : (null, ReadCsv(buffer, options, file));
            var content = rows.Where(r => !r.IsEmpty).ToList();
            if (content.Count == 0)
            {
                diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.NoTable("the table has no heading row."), file, 0, 0, sheet));
                return null;
            }

            return new RawTable(file, sheet, format == TableFormat.Xlsx, content[0], content.Skip(1).Where(r => !IsNumberingRow(r)).ToList());
        }
        catch (LimitException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }
        catch (SheetNotFoundException exception)
        {
            diagnostics.Add(DocumentLocation.Locate(DomainErrors.CaseFiles.NoTable(exception.Message), file, 0, 0, options.Sheet));
            return null;
        }
        catch (IOException exception)
        {
            diagnostics.Add(Located(file, DomainErrors.CaseFiles.NotReadable(exception), 0, 0, options.Sheet));
            return null;
        }
        catch (Exception)
        {
            var error = format == TableFormat.Xlsx
                ? DomainErrors.CaseFiles.NotReadable("the workbook is damaged or is not an XLSX workbook.", "книга повреждена или не является книгой XLSX.")
                : DomainErrors.CaseFiles.NotReadable("the table could not be parsed as CSV.", "таблицу не удалось разобрать как CSV.");
            diagnostics.Add(Located(file, error, 0, 0, options.Sheet));
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

    /// <summary>True when the text has a digit other than the ASCII 0–9 (Arabic-Indic «٣٥», full-width «３５»).</summary>
    internal static bool HasNonAsciiDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // The seeds' tables often number their columns in the row under the headings: «1», «2», ...
    private static bool IsNumberingRow(RawRow row) =>
        row.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).All(c => c!.Trim().TrimEnd('.').All(char.IsDigit));

    private static List<RawRow> ReadCsv(Stream stream, ImportOptions options, string file)
    {
        var rows = new List<RawRow>();
        var csvOptions = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, Encoding = Encoding.UTF8 };
        using var reader = CsvReader.Create(stream, csvOptions, leaveOpen: true);
        while (reader.Read())
        {
            var line = (int)Math.Min(reader.LineNumber, int.MaxValue);
            if (rows.Count >= options.MaxRows)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyRows(options.MaxRows), line, 0));
            }

            if (reader.FieldCount > options.MaxColumns)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyColumns(ColumnName(options.MaxColumns), options.MaxColumns), line, options.MaxColumns + 1));
            }

            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = reader[i];
                if (field.Length > options.MaxCellLength)
                {
                    throw new LimitException(Located(file, DomainErrors.CaseFiles.CellTooLong("$", field.Length, options.MaxCellLength), line, i + 1));
                }

                cells[i] = field.ToString();
            }

            rows.Add(new RawRow(line, cells));
        }

        return rows;
    }

    /// <summary>The letters of a 0-based column: 0 → A, 26 → AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex SpacesRegex();

    private sealed class SheetNotFoundException(string message) : Exception(message);

    /// <summary>A limit of <see cref="ImportOptions"/> was passed: reading stops with the located diagnostic.</summary>
    private sealed class LimitException(ValidationError diagnostic) : Exception(diagnostic.ErrorMessage)
    {
        internal ValidationError Diagnostic { get; } = diagnostic;
    }

    /// <summary>
    /// Reads a worksheet as a stream of XML (never as a whole document): the package's declared sizes are checked
    /// against <see cref="ImportOptions.MaxUnpackedBytes"/> first, every part is then read through a stream that
    /// counts what it unpacks, and the sheet's declared dimension and every cell reference are checked against the
    /// row and column limits before a row is kept.
    /// </summary>
    private static class Xlsx
    {
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
        };

        internal static (string Sheet, List<RawRow> Rows) Read(MemoryStream stream, ImportOptions options, string file)
        {
            CheckDeclaredSizes(stream, options, file);
            stream.Position = 0;
            var budget = new Budget(options.MaxUnpackedBytes, file);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxUnpackedBytes });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            var sheets = SheetsOf(workbook, budget);
            var sheetName = options.Sheet;
            var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.Find(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase)));
            if (sheet.Name is null)
            {
                throw new SheetNotFoundException(sheetName is null
                    ? "the workbook has no worksheet."
                    : $"the workbook has no sheet '{sheetName}'; it has: {string.Join(", ", sheets.Select(s => s.Name))}.");
            }

            var shared = workbook.SharedStringTablePart is { } sharedPart ? SharedStrings(sharedPart, budget, options, file, sheet.Name) : [];
            var part = workbook.GetPartById(sheet.Id) as WorksheetPart ?? throw new InvalidDataException("The sheet is not a worksheet.");
            return (sheet.Name, Rows(part, shared, budget, options, file, sheet.Name));
        }

        private static void CheckDeclaredSizes(Stream stream, ImportOptions options, string file)
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > options.MaxUnpackedBytes)
                {
                    throw new LimitException(Located(file, DomainErrors.CaseFiles.UnpackedTooLarge(entry.FullName, options.MaxUnpackedBytes), 0, 0));
                }
            }
        }

        private static List<(string Name, string Id)> SheetsOf(WorkbookPart workbook, Budget budget)
        {
            var sheets = new List<(string Name, string Id)>();
            using var reader = XmlReader.Create(budget.Open(workbook), Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    var id = reader.GetAttribute("id", RelationshipsNamespace);
                    var name = reader.GetAttribute("name");
                    if (id is not null && name is not null)
                    {
                        sheets.Add((name, id));
                    }
                }
            }

            return sheets;
        }

        private static string[] SharedStrings(SharedStringTablePart part, Budget budget, ImportOptions options, string file, string sheet)
        {
            var strings = new List<string>();
            using var reader = XmlReader.Create(budget.Open(part), Settings);
            var item = new StringBuilder();
            var inItem = false;
            var phonetic = 0;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "si":
                        item.Clear();
                        inItem = !reader.IsEmptyElement;
                        if (!inItem)
                        {
                            strings.Add(string.Empty);
                        }

                        break;
                    case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                        phonetic++;
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "rPh":
                        phonetic--;
                        break;
                    case XmlNodeType.Element when reader.LocalName == "t" && inItem && phonetic == 0 && !reader.IsEmptyElement:
                        item.Append(reader.ReadElementContentAsString());
                        if (item.Length > options.MaxCellLength)
                        {
                            throw new LimitException(Located(file, DomainErrors.CaseFiles.CellTooLong("$", item.Length, options.MaxCellLength), 0, 0, sheet));
                        }

                        // ReadElementContentAsString has moved to the next node: look at it in the next turn.
                        if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si")
                        {
                            strings.Add(item.ToString());
                            inItem = false;
                        }

                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "si":
                        strings.Add(item.ToString());
                        inItem = false;
                        break;
                }
            }

            return [.. strings];
        }

        private static List<RawRow> Rows(WorksheetPart part, string[] shared, Budget budget, ImportOptions options, string file, string sheet)
        {
            var rows = new List<RawRow>();
            using var reader = XmlReader.Create(budget.Open(part), Settings);
            List<string?>? cells = null;
            var rowNumber = 0;
            var column = 0;
            string? type = null;
            string? value = null;
            string? inline = null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "dimension":
                            CheckDimension(reader.GetAttribute("ref"), options, file, sheet);
                            break;
                        case "row":
                            rowNumber = RowNumber(reader.GetAttribute("r"), rowNumber + 1, options, file, sheet);
                            cells = [];
                            if (reader.IsEmptyElement)
                            {
                                rows.Add(new RawRow(rowNumber, cells));
                                cells = null;
                            }

                            break;
                        case "c" when cells is not null:
                            column = ColumnIndex(reader.GetAttribute("r"), cells.Count, rowNumber, options, file, sheet);
                            type = reader.GetAttribute("t");
                            value = null;
                            inline = null;
                            if (reader.IsEmptyElement)
                            {
                                Put(cells, column, null);
                            }

                            break;
                        case "v" when cells is not null && !reader.IsEmptyElement:
                            value = Limited(reader.ReadElementContentAsString(), rowNumber, column, options, file, sheet);
                            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c")
                            {
                                Put(cells, column, CellText(type, value, inline, shared));
                            }

                            break;
                        case "t" when cells is not null && !reader.IsEmptyElement:
                            inline = Limited(inline + reader.ReadElementContentAsString(), rowNumber, column, options, file, sheet);
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    switch (reader.LocalName)
                    {
                        case "c" when cells is not null:
                            Put(cells, column, CellText(type, value, inline, shared));
                            break;
                        case "row" when cells is not null:
                            rows.Add(new RawRow(rowNumber, cells));
                            cells = null;
                            break;
                    }
                }
            }

            return rows;
        }

        private static void Put(List<string?> cells, int column, string? text)
        {
            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = text;
        }

        private static string Limited(string text, int row, int column, ImportOptions options, string file, string sheet) =>
            text.Length > options.MaxCellLength
                ? throw new LimitException(Located(file, DomainErrors.CaseFiles.CellTooLong("$", text.Length, options.MaxCellLength), row, column + 1, sheet))
                : text;

        private static string? CellText(string? type, string? raw, string? inline, string[] shared) => type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : raw,
            "inlineStr" => inline,
            _ => raw ?? inline,
        };

        private static void CheckDimension(string? reference, ImportOptions options, string file, string sheet)
        {
            // «A1:XFD1048576»: the last cell of the used range, as the workbook declares it.
            var last = reference?.Split(':')[^1];
            if (Parse(last) is not { } cell)
            {
                return;
            }

            if (cell.Row > options.MaxRows)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyRows(options.MaxRows), (int)Math.Min(cell.Row, int.MaxValue), 0, sheet));
            }

            if (cell.Column >= options.MaxColumns)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyColumns(last!, options.MaxColumns), (int)Math.Min(Math.Max(cell.Row, 1), int.MaxValue), options.MaxColumns + 1, sheet));
            }
        }

        private static int RowNumber(string? attribute, int next, ImportOptions options, string file, string sheet)
        {
            var number = attribute is null ? next : long.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : -1;
            if (number < 1 || number > options.MaxRows)
            {
                throw new LimitException(Located(
                    file,
                    number < 1 ? DomainErrors.CaseFiles.NotReadable($"the row number '{attribute}' is not valid.", $"номер строки «{attribute}» недопустим.") : DomainErrors.CaseFiles.TooManyRows(options.MaxRows),
                    0,
                    0,
                    sheet));
            }

            return (int)number;
        }

        private static int ColumnIndex(string? reference, int next, int row, ImportOptions options, string file, string sheet)
        {
            if (reference is null)
            {
                return next < options.MaxColumns
                    ? next
                    : throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyColumns(ColumnName(next), options.MaxColumns), row, options.MaxColumns + 1, sheet));
            }

            if (Parse(reference) is not { } cell || cell.Column >= options.MaxColumns)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.TooManyColumns(reference, options.MaxColumns), row, options.MaxColumns + 1, sheet));
            }

            return cell.Column;
        }

        /// <summary>A cell reference such as <c>B12</c>: the 0-based column and the row; null when it is not one (or beyond XFD / row 1,048,576 by far).</summary>
        private static (int Column, long Row)? Parse(string? reference)
        {
            if (string.IsNullOrEmpty(reference))
            {
                return null;
            }

            var i = 0;
            long column = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            {
                if (i >= 7)
                {
                    return (int.MaxValue, 0);
                }

                column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            }

            var digits = reference.AsSpan(i);
            if (column == 0 || digits.Length is 0 or > 10 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                return column == 0 ? null : ((int)Math.Min(column - 1, int.MaxValue), 0);
            }

            return ((int)Math.Min(column - 1, int.MaxValue), row);
        }

        private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    }

    /// <summary>What a workbook may still unpack, shared by all its parts.</summary>
    private sealed class Budget(long limit, string file)
    {
        private long _taken;

        internal Stream Open(OpenXmlPart part) => new Counted(part.GetStream(FileMode.Open, FileAccess.Read), this, part.Uri.OriginalString);

        private void Take(int count, string part)
        {
            _taken += count;
            if (_taken > limit)
            {
                throw new LimitException(Located(file, DomainErrors.CaseFiles.UnpackedTooLarge(part, limit), 0, 0));
            }
        }

        /// <summary>A part's stream that counts what it unpacks against the budget.</summary>
        private sealed class Counted(Stream inner, Budget budget, string part) : Stream
        {
            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var read = inner.Read(buffer, offset, count);
                budget.Take(read, part);
                return read;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
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
