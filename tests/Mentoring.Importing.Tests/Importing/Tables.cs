using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentoring.Importing.Tests;

/// <summary>Builds CSV and XLSX test tables in memory.</summary>
public static class Tables
{
    public static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>A workbook with one sheet; a cell starting with '#' is written as a number (an Excel date serial, for example).</summary>
    public static MemoryStream Xlsx(string sheetName, params string?[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            worksheet.Worksheet = new Worksheet(data);
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is not { } value)
                    {
                        continue;
                    }

                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(value.StartsWith('#')
                        ? new Cell { CellReference = reference, CellValue = new CellValue(value[1..]) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }

                data.Append(row);
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        stream.Position = 0;
        return stream;
    }
}
