using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Editions;
using Mentoring.Importing;
using Mentoring.Rules.Policies;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Benchmarks;

/// <summary>
/// Issue #14: every reader's time against the size of its input, at 1×, 2×, 4× and 8× (<see cref="Scale"/>); linear
/// work shows as a time that doubles with the input. The inputs are built once per scale in <see cref="Setup"/>; the
/// 64 MB one-off measurement is <c>Mentoring.Benchmarks large</c> (<see cref="LargeInputs"/>).
/// </summary>
[MemoryDiagnoser]
public class ReaderScalingBenchmarks
{
    private static readonly OrganizationId School = OrganizationId.Create("school-1").Value;
    private static readonly RoadmapId Roadmap = RoadmapId.Create("rm-1").Value;

    private byte[] _caseFile = null!;
    private byte[] _caseFileWithErrors = null!;
    private byte[] _edition = null!;
    private byte[] _registryCsv = null!;
    private byte[] _registryXlsx = null!;
    private byte[] _continuationCsv = null!;
    private string _deadline = null!;

    /// <summary>The input's size as a multiple of the 1× input.</summary>
    [Params(1, 2, 4, 8)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _caseFile = Inputs.MinifiedCaseFile(10 * Scale);
        _caseFileWithErrors = Inputs.WithBadDates(_caseFile);
        _edition = Inputs.Edition(5_000 * Scale);
        _registryCsv = Inputs.MenteeCsv(5_000 * Scale);
        _registryXlsx = Inputs.MenteeXlsx(5_000 * Scale);
        _continuationCsv = Inputs.ContinuationCsv(8_000 * Scale);
        _deadline = Inputs.Deadline(10 * Scale);
    }

    /// <summary>A one-line (minified) municipal case file of 10 synthetic organizations per 1× (about 0.5 MB), read without errors.</summary>
    [Benchmark]
    public bool CaseFileMinified() => CaseFile.Read(_caseFile).IsSuccess;

    /// <summary>The same file with every 20th date made impossible: every error located (line and column in its one line).</summary>
    [Benchmark]
    public int CaseFileMinifiedWithErrors() => CaseFile.Read(_caseFileWithErrors).ValidationErrors.Count();

    /// <summary>A bundled edition with 5,000 overlay identifiers per 1× (about 0.1 MB).</summary>
    [Benchmark]
    public bool EditionFileRead() => EditionFile.Read(new MemoryStream(_edition), "bench.json", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1L << 30 }).IsSuccess;

    /// <summary>A mentee registry of 5,000 rows per 1×, CSV.</summary>
    [Benchmark]
    public int RegistryCsv() => RegistryImporter.ReadMentees(new MemoryStream(_registryCsv), TableFormat.Csv, School).Value!.Records.Count;

    /// <summary>The same registry as an XLSX workbook (shared strings), streamed.</summary>
    [Benchmark]
    public int RegistryXlsx() => RegistryImporter.ReadMentees(new MemoryStream(_registryXlsx), TableFormat.Xlsx, School).Value!.Records.Count;

    /// <summary>A roadmap of one activity continued over 8,000 rows per 1× (the quadratic case of issue #14), joined.</summary>
    [Benchmark]
    public int RoadmapContinuationRows() =>
        RoadmapImporter.Read(new MemoryStream(_continuationCsv), TableFormat.Csv, Roadmap, "Карта", null, new ImportOptions { MaxCellLength = int.MaxValue }).Value!.Activities[0].Title.Length;

    /// <summary>A «Сроки» cell of 10 dates per 1× («До 01.01.2023, 02.02.2024, …»: 123 characters at 1×, 963 at 8×, under the 1,000-character limit).</summary>
    [Benchmark]
    public bool DeadlineParser() => Deadline.Parse(_deadline).IsSuccess;
}

/// <summary>The benchmark and measurement inputs.</summary>
internal static class Inputs
{
    internal static byte[] MinifiedCaseFile(int organizations)
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 1, ViolationShare = 0 });
        var cases = Enumerable.Range(0, organizations).Select(i => generator.Organization(i).Case).ToArray();
        using var stream = new MemoryStream();
        CaseFile.Write(MunicipalCase.Create(null, cases).Value, stream);
        using var document = JsonDocument.Parse(stream.ToArray());
        using var minified = new MemoryStream();
        using (var writer = new Utf8JsonWriter(minified, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return minified.ToArray();
    }

    /// <summary>Every 20th <c>"yyyy-MM-dd"</c> date made the 31st of a 13th month.</summary>
    internal static byte[] WithBadDates(byte[] json)
    {
        var text = Encoding.UTF8.GetString(json);
        var builder = new StringBuilder(text.Length);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"' && i + 11 < text.Length && text[i + 5] == '-' && text[i + 8] == '-' && text[i + 11] == '"' && char.IsAsciiDigit(text[i + 1]) && count++ % 20 == 0)
            {
                builder.Append(text, i, 6).Append("13-31\"");
                i += 11;
                continue;
            }

            builder.Append(text[i]);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    internal static byte[] Edition(int overlays)
    {
        var json = $$"""
            { "id": "bench", "title": { "ru": "Проверка", "en": "Bench" }, "inherits": "federal-2021",
              "overlays": [{{string.Join(",", Enumerable.Range(0, overlays).Select(i => $"\"overlay-{i}\""))}}],
              "rules": { "consent.personal-data": { "enabled": true, "because": { "ru": "Пункт 1", "en": "Clause 1" } } } }
            """;
        return Encoding.UTF8.GetBytes(json);
    }

    internal static IEnumerable<string[]> MenteeRows(int rows)
    {
        yield return ["№ п/п", "ФИО наставляемого", "Год рождения наставляемого", "Основной запрос наставляемого", "Дата вхождения в программу"];
        for (var i = 1; i <= rows; i++)
        {
            yield return [i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Смирнов Алексей {i}", (1960 + (i % 40)).ToString(System.Globalization.CultureInfo.InvariantCulture), "адаптация в коллективе, методика урока", "01.09.2023"];
        }
    }

    internal static byte[] MenteeCsv(int rows) =>
        Encoding.UTF8.GetBytes(string.Concat(MenteeRows(rows).Select(r => string.Join(";", r) + "\n")));

    internal static byte[] MenteeXlsx(int rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            var table = new SharedStringTable();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(worksheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var r = 0;
                foreach (var row in MenteeRows(rows))
                {
                    r++;
                    writer.WriteStartElement(new Row { RowIndex = (uint)r });
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (!strings.TryGetValue(row[c], out var index))
                        {
                            index = strings.Count;
                            strings[row[c]] = index;
                            table.AppendChild(new SharedStringItem(new Text(row[c])));
                        }

                        writer.WriteElement(new Cell { CellReference = $"{(char)('A' + c)}{r}", DataType = CellValues.SharedString, CellValue = new CellValue(index) });
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = table;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Sheet1" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    internal static byte[] ContinuationCsv(int rows)
    {
        var builder = new StringBuilder("№;Мероприятие;Сроки;Ответственные\n1;Начало мероприятия;постоянно;куратор\n");
        for (var i = 0; i < rows; i++)
        {
            builder.Append(";продолжение текста мероприятия;;\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    internal static string Deadline(int dates) =>
        "До " + string.Join(", ", Enumerable.Range(0, dates).Select(i => $"{1 + (i % 28):00}.{1 + (i % 12):00}.{2023 + (i % 3)}"));
}
