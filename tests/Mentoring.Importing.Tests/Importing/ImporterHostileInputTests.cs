using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Mentoring.Domain;
using Mentoring.Testing.Fuzzing;

namespace Mentoring.Importing.Tests;

/// <summary>Issue #14: the CSV and XLSX importers on hostile tables — limits with their own codes, ASCII numbers, located errors, never an exception.</summary>
public class ImporterHostileInputTests
{
    private static readonly OrganizationId School = OrganizationId.Create("school-1").Value;
    private static readonly RoadmapId Id = RoadmapId.Create("rm-1").Value;

    private static readonly string[][] MentorRows =
    [
        ["№ п/п", "Ф.И.О наставника", "Желаемый возраст наставляемых", "Ресурс времени на программу наставничества", "Дата вхождения в программу", "Форма наставничества"],
        ["1", "Иванова Мария Петровна", "22-35", "2 ч в неделю", "01.09.2023", "педагог – педагог"],
        ["2", "Петрова Анна Сергеевна", "до 30", "3,5 ч", "2023-09-15", "педагог – педагог"],
    ];

    private static readonly string[][] MenteeRows =
    [
        ["№ п/п", "ФИО наставляемого", "Год рождения наставляемого", "Дата вхождения в программу"],
        ["1", "Смирнов Алексей", "1999", "01.09.2023"],
        ["2", "Орлов Дмитрий", "2001 г.", "15.09.2023"],
    ];

    private static readonly string[][] RoadmapRows =
    [
        ["№", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"],
        ["I", "Нормативное обеспечение", "", "", ""],
        ["1.1", "Издание приказа", "сентябрь 2023 г.", "директор", "приказ"],
        ["", "(продолжение)", "", "", ""],
        ["1.2", "Отчёт", "До 30.06.2023, 30.06.2024", "куратор", "отчёт"],
        ["1.3", "Сайт", "постоянно", "куратор", ""],
    ];

    // Codes that concern the whole table (size, unreadable, no table, unpacked size) and so may have no row.
    private static readonly string[] WholeTableCodes = ["MD1001", "MD1006", "MD1024", "MD1028"];

    [Theory]
    [InlineData("٣٥")]
    [InlineData("３５")]
    public void ReadMentees_NonAsciiDigitsInYear_IsLocatedMd1029(string year)
    {
        var csv = "№ п/п;ФИО наставляемого;Год рождения наставляемого\n1;Смирнов;" + year + "\n";

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors);

        Assert.Equal("MD1029", d.ErrorCode);
        Assert.Equal((2, 3), (d.Location()!.Line, d.Location()!.Column));
    }

    [Theory]
    [InlineData("٢٢-٣٥")]
    [InlineData("２２-３５")]
    public void ReadMentors_NonAsciiDigitsInAge_IsLocatedMd1029NotFormatException(string age)
    {
        var csv = "№ п/п;Ф.И.О наставника;Желаемый возраст наставляемых\n1;Иванова;" + age + "\n";

        var d = Assert.Single(RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors);

        Assert.Equal("MD1029", d.ErrorCode);
        Assert.Equal((2, 3), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void ReadMentors_LongNumberInAge_IsLocatedMd1023NotOverflowException()
    {
        var csv = "№ п/п;Ф.И.О наставника;Желаемый возраст наставляемых\n1;Иванова;" + new string('9', 30) + "\n";

        var d = Assert.Single(RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors);

        Assert.Equal("MD1023", d.ErrorCode);
        Assert.Equal((2, 3), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void ReadMentors_FortyThousandDigitsInTime_IsReadAsTextWithoutHours()
    {
        var csv = "№ п/п;Ф.И.О наставника;Ресурс времени на программу наставничества\n1;Иванова;" + new string('7', 40_000) + "\n";

        var result = RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { MaxCellLength = 50_000 });

        Assert.True(result.IsSuccess, result.ValidationErrors.Describe());
        Assert.Null(Assert.Single(result.Value!.Records).TimeAvailable!.HoursPerWeek);
    }

    [Fact]
    public void ReadMentors_CellBeyondTheLengthLimit_IsLocatedMd1027()
    {
        var csv = "№ п/п;Ф.И.О наставника\n1;" + new string('я', 101) + "\n";

        var d = Assert.Single(RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { MaxCellLength = 100 }).ValidationErrors);

        Assert.Equal("MD1027", d.ErrorCode);
        Assert.Equal((2, 2), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void ReadMentees_MoreRowsThanTheLimit_IsMd1025AtTheFirstRowBeyond()
    {
        var csv = "№ п/п;ФИО наставляемого\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i};Ученик {i}\n"));

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { MaxRows = 5 }).ValidationErrors);

        Assert.Equal("MD1025", d.ErrorCode);
        Assert.Equal(6, d.Location()!.Line);
    }

    [Fact]
    public void ReadMentees_MoreColumnsThanTheLimit_IsMd1026()
    {
        var csv = "№ п/п;ФИО наставляемого" + string.Concat(Enumerable.Repeat(";x", 10)) + "\n";

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { MaxColumns = 4 }).ValidationErrors);

        Assert.Equal("MD1026", d.ErrorCode);
        Assert.Equal((1, 5), (d.Location()!.Line, d.Location()!.Column));
    }

    [Theory]
    [InlineData("XFD1048576")]
    [InlineData("ZZZZZZZZZZ1")]
    [InlineData("IW2")]
    public void ReadMentees_XlsxCellBeyondTheColumns_IsMd1026BeforeTheRowIsKept(string reference)
    {
        using var workbook = XlsxWithCell(MenteeRows, reference, "x");

        var d = Assert.Single(RegistryImporter.ReadMentees(workbook, TableFormat.Xlsx, School).ValidationErrors);

        Assert.Equal("MD1026", d.ErrorCode);
        Assert.Equal("Sheet1", d.Location()!.Sheet);
        Assert.Contains(reference.Length > 12 ? reference[..12] : reference, d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentees_XlsxDimensionBeyondTheLimits_IsRefusedBeforeTheRows()
    {
        using var workbook = Rewrite(Tables.Xlsx("Sheet1", MenteeRows), "xl/worksheets/", xml => xml.Replace("<x:sheetData>", "<x:dimension ref=\"A1:XFD1048576\" /><x:sheetData>", StringComparison.Ordinal));

        var d = Assert.Single(RegistryImporter.ReadMentees(workbook, TableFormat.Xlsx, School).ValidationErrors);

        Assert.Equal("MD1026", d.ErrorCode);
    }

    [Fact]
    public void ReadMentees_XlsxRowNumberBeyondInt_IsMd1025NotRowMinusOne()
    {
        using var workbook = Rewrite(Tables.Xlsx("Sheet1", MenteeRows), "xl/worksheets/", xml => xml.Replace("r=\"3\"", "r=\"4294967295\"", StringComparison.Ordinal));

        var result = RegistryImporter.ReadMentees(workbook, TableFormat.Xlsx, School);

        var d = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD1025", d.ErrorCode);
        Assert.All(result.ValidationErrors, x => Assert.True(x.Location()!.Line >= 0));
    }

    [Fact]
    public void ReadMentees_CompressedBomb_IsMd1028BeforeItIsUnpacked()
    {
        // A sheet of 64 MB of spaces compresses to a few kilobytes.
        using var workbook = Rewrite(Tables.Xlsx("Sheet1", MenteeRows), "xl/worksheets/", xml => xml.Replace("<x:sheetData>", new string(' ', 64 << 20) + "<x:sheetData>", StringComparison.Ordinal));
        Assert.True(workbook.Length < 1 << 20);

        var d = Assert.Single(RegistryImporter.ReadMentees(workbook, TableFormat.Xlsx, School, new ImportOptions { MaxUnpackedBytes = 16 << 20 }).ValidationErrors);

        Assert.Equal("MD1028", d.ErrorCode);
    }

    [Fact]
    public void ReadMentees_XlsxOnOpenXml3_ReadsInlineAndSharedStrings()
    {
        var result = RegistryImporter.ReadMentees(Tables.Xlsx("Sheet1", MenteeRows), TableFormat.Xlsx, School);

        Assert.True(result.IsSuccess, result.ValidationErrors.Describe());
        Assert.Equal([1999, 2001], result.Value!.Records.Select(r => r.BirthYear));
    }

    [Fact]
    public void Read_ManyContinuationRows_JoinsThemUpToTheCellLimit()
    {
        var rows = new List<string[]> { RoadmapRows[0], new[] { "1", "Начало", "постоянно", "куратор", "" } };
        rows.AddRange(Enumerable.Range(0, 64_000).Select(_ => new[] { "", "продолжение", "", "", "" }));

        var d = Assert.Single(RoadmapImporter.Read(Csv(rows), TableFormat.Csv, Id, "Карта").ValidationErrors);

        Assert.Equal("MD1027", d.ErrorCode);
        Assert.Equal(2, d.Location()!.Column);
        Assert.True(d.Location()!.Line > 2);
    }

    [Fact]
    public void Read_ContinuationRowsWithinTheLimit_AreJoinedInOrder()
    {
        var rows = new List<string[]> { RoadmapRows[0], new[] { "1", "Начало", "постоянно", "куратор", "" } };
        rows.AddRange(Enumerable.Range(0, 1_000).Select(i => new[] { "", $"ч{i}", "", "", "" }));

        var result = RoadmapImporter.Read(Csv(rows), TableFormat.Csv, Id, "Карта", options: new ImportOptions { MaxCellLength = 100_000 });

        Assert.True(result.IsSuccess, result.ValidationErrors.Describe());
        var title = Assert.Single(result.Value!.Activities).Title;
        Assert.StartsWith("Начало ч0 ч1 ", title, StringComparison.Ordinal);
        Assert.EndsWith(" ч999", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("до 01.01.0000")]
    [InlineData("до ٣٠.٠٦.٢٠٢٤")]
    [InlineData("0000 год")]
    public void Read_DeadlineWithImpossibleYearOrDigits_IsLocatedAtTheCell(string deadline)
    {
        var rows = new[] { RoadmapRows[0], ["1", "Отчёт", deadline, "куратор", ""] };

        var d = Assert.Single(RoadmapImporter.Read(Csv(rows), TableFormat.Csv, Id, "Карта").ValidationErrors);

        Assert.StartsWith("MD06", d.ErrorCode, StringComparison.Ordinal);
        Assert.Equal((2, 3), (d.Location()!.Line, d.Location()!.Column));
    }

    [Property(MaxTest = 150)]
    public void Import_MutatedCsvTables_NeverThrowAndEveryErrorIsLocated(NonNegativeInt table, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        var original = Csv(Table(table.Get)).ToArray();
        var mutated = HostileMutations.Apply(original, kind.Get, position.Get, payload.Get, value);

        AssertLocated(Import(table.Get, new MemoryStream(mutated), TableFormat.Csv));
    }

    [Property(MaxTest = 100)]
    public void Import_XlsxWithHostileCells_NeverThrowAndEveryErrorIsLocated(NonNegativeInt table, NonNegativeInt row, NonNegativeInt column, NonNegativeInt payload)
    {
        var rows = Table(table.Get).Select(r => (string?[])r.Clone()).ToArray();
        var r = 1 + (row.Get % (rows.Length - 1));
        var c = column.Get % rows[r].Length;
        rows[r][c] = HostileMutations.Payloads[payload.Get % HostileMutations.Payloads.Length].Trim('"');

        AssertLocated(Import(table.Get, Tables.Xlsx("Sheet1", rows), TableFormat.Xlsx));
    }

    [Property(MaxTest = 100)]
    public void Import_XlsxWithMutatedBytes_NeverThrowAndEveryErrorIsLocated(NonNegativeInt table, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        var original = Tables.Xlsx("Sheet1", Table(table.Get)).ToArray();
        var mutated = HostileMutations.Apply(original, kind.Get, position.Get, payload.Get, value);

        AssertLocated(Import(table.Get, new MemoryStream(mutated), TableFormat.Xlsx));
    }

    [Property(MaxTest = 100)]
    public void Import_XlsxWithMutatedSheetXml_NeverThrowAndEveryErrorIsLocated(NonNegativeInt table, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        using var workbook = Rewrite(Tables.Xlsx("Sheet1", Table(table.Get)), "xl/worksheets/", xml =>
            Encoding.UTF8.GetString(HostileMutations.Apply(Encoding.UTF8.GetBytes(xml), kind.Get, position.Get, payload.Get, value)));

        AssertLocated(Import(table.Get, workbook, TableFormat.Xlsx));
    }

    private static string[][] Table(int index) => (index % 3) switch
    {
        0 => MentorRows,
        1 => MenteeRows,
        _ => RoadmapRows,
    };

    private static IEnumerable<ValidationError> Import(int index, Stream stream, TableFormat format)
    {
        var options = new ImportOptions { FileName = "fuzz" };
        return (index % 3) switch
        {
            0 => RegistryImporter.ReadMentors(stream, format, School, options).ValidationErrors,
            1 => RegistryImporter.ReadMentees(stream, format, School, options).ValidationErrors,
            _ => RoadmapImporter.Read(stream, format, Id, "Карта", null, options).ValidationErrors,
        };
    }

    private static void AssertLocated(IEnumerable<ValidationError> diagnostics) =>
        Assert.All(diagnostics, d =>
        {
            Assert.NotNull(d.Location());
            Assert.Equal("fuzz", d.Location()!.File);
            Assert.False(string.IsNullOrEmpty(d.Location()!.Path), d.Describe());
            Assert.True(d.Location()!.Line > 0 || WholeTableCodes.Contains(d.ErrorCode) || d.ErrorCode is "MD0005", d.Describe());
            Assert.True(d.Location()!.Line >= 0 && d.Location()!.Column >= 0, d.Describe());
        });

    private static MemoryStream Csv(IEnumerable<string[]> rows) =>
        Tables.Csv(string.Join("\n", rows.Select(r => string.Join(";", r.Select(c => c.Contains(';', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c)))) + "\n");

    private static MemoryStream XlsxWithCell(string[][] rows, string reference, string text) =>
        Rewrite(Tables.Xlsx("Sheet1", rows), "xl/worksheets/", xml =>
        {
            var end = xml.LastIndexOf("</x:row>", StringComparison.Ordinal);
            return string.Concat(xml.AsSpan(0, end), $"<x:c r=\"{reference}\" t=\"inlineStr\"><x:is><x:t>{text}</x:t></x:is></x:c>", xml.AsSpan(end));
        });

    /// <summary>The workbook with the XML of the parts under <paramref name="folder"/> rewritten.</summary>
    private static MemoryStream Rewrite(MemoryStream workbook, string folder, Func<string, string> rewrite)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(workbook, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(false));
                writer.Write(entry.FullName.StartsWith(folder, StringComparison.Ordinal) ? rewrite(text) : text);
            }
        }

        output.Position = 0;
        return output;
    }
}
