using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;

namespace Mentoring.Importing.Tests;

public class RegistryImporterTests
{
    private static readonly OrganizationId School = OrganizationId.Create("school-1").Value;

    private const string MentorHeader =
        "№ п/п;Ф.И.О наставника;Место работы;Основные компетенции наставника;Важные для программы достижения наставника;Интересы наставника;Желаемый возраст наставляемых;Ресурс времени на программу наставничества;Дата вхождения в программу;ФИО наставляемого (наставляемых);Форма наставничества;Место работы наставляемого;Дата завершения программы;Результаты программы;Ссылка на кейс/отзыв наставника";

    [Fact]
    public void ReadMentors_CsvWithAnnexHeadings_GivesTheRecords()
    {
        var csv = MentorHeader + "\n"
            + "1;Иванова Мария Петровна;СОШ № 1;математика, ОГЭ;Учитель года;шахматы;22-35;2 ч в неделю;01.09.2023;\"Смирнов А. В.; Орлов Д.\";педагог – педагог;СОШ № 1;2024-05-31;открытый урок;https://school/case\n";

        var result = RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School);

        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors));
        var record = Assert.Single(result.Value!.Records);
        Assert.Equal("1", record.Id.Value);
        Assert.Equal(["математика", "ОГЭ"], record.Competences);
        Assert.Equal(22, record.PreferredMenteeAge!.Min);
        Assert.Equal(35, record.PreferredMenteeAge.Max);
        Assert.Equal(2m, record.TimeAvailable!.HoursPerWeek);
        Assert.Equal(new DateOnly(2023, 9, 1), record.EntryDate);
        Assert.Equal(new DateOnly(2024, 5, 31), record.CompletionDate);
        Assert.Equal(MentoringForm.TeacherTeacher, record.Form);
        Assert.Equal(["Смирнов А. В.", "Орлов Д."], record.Mentees);
        Assert.Empty(record.MissingFields());
    }

    [Fact]
    public void ReadMentees_CsvWithCommaDelimiterAndNumberingRow_SkipsTheNumbering()
    {
        const string csv = "№ п/п,ФИО наставляемого,Год рождения наставляемого,Дата вхождения в программу\n1,2,3,4\n7,Смирнов Алексей,1999,01.09.2023\n";

        var result = RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School);

        var record = Assert.Single(result.Value!.Records);
        Assert.Equal("7", record.Id.Value);
        Assert.Equal(1999, record.BirthYear);
        Assert.True(record.IsUnpaired);
    }

    [Fact]
    public void ReadMentees_UnknownHeading_ListsTheExpectedHeadings()
    {
        const string csv = "№ п/п;ФИО наставляемого;Год рожденья\n1;Смирнов А.;1999\n";

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { FileName = "mentees.csv" }).ValidationErrors);

        Assert.Equal("MD1020", d.ErrorCode);
        Assert.Equal("mentees.csv", d.Location()!.File);
        Assert.Equal((1, 3), (d.Location()!.Line, d.Location()!.Column));
        Assert.Contains(RegistryHeadings.Mentee.BirthYear, d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentors_MissingFullNameColumn_ReportsMD1021()
    {
        const string csv = "№ п/п;Место работы\n1;СОШ № 1\n";

        var d = Assert.Single(RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors);

        Assert.Equal("MD1021", d.ErrorCode);
        Assert.Equal(RegistryHeadings.Mentor.FullName, d.Location()!.Path);
    }

    [Fact]
    public void ReadMentees_BadCells_ReportEveryOneWithRowAndColumn()
    {
        const string csv = "№ п/п;ФИО наставляемого;Год рождения наставляемого;Дата вхождения в программу;Форма наставничества\n"
            + "1;Смирнов А.;девяносто девятый;01.09.2023;педагог – педагог\n"
            + "2;Орлова А.;2001;31.02.2023;наставник – ученик\n";

        var result = RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School);

        Assert.Equal(
            [("MD1023", 2, 3), ("MD1005", 3, 4), ("MD0008", 3, 5)],
            result.ValidationErrors.Select(d => (d.ErrorCode, d.Location()!.Line, d.Location()!.Column)));
        Assert.Null(result.Value);
    }

    [Fact]
    public void ReadMentees_BadCell_IdentifierIsFileRowColumnAndHeading()
    {
        const string csv = "№ п/п;ФИО наставляемого;Год рождения наставляемого\n"
            + "1;Смирнов А.;девяносто девятый\n";

        var error = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { FileName = "mentees.csv" }).ValidationErrors);

        Assert.Equal("MD1023", error.ErrorCode);
        Assert.Equal("mentees.csv(2,3): Год рождения наставляемого", error.Identifier);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
    }

    [Fact]
    public void ReadMentees_CultureOption_ChoosesTheLanguageOfTheMessage()
    {
        const string csv = "№ п/п;ФИО наставляемого;Год рождения наставляемого\n"
            + "1;Смирнов А.;девяносто девятый\n";

        var ru = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("ru") }).ValidationErrors);
        var en = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("en") }).ValidationErrors);

        Assert.Equal(ru.ErrorCode, en.ErrorCode);
        Assert.Equal(ru.Identifier, en.Identifier);
        Assert.Contains("не является", ru.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(" is not ", ru.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(" is not ", en.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentees_CompletionBeforeEntry_PointsAtTheCompletionColumn()
    {
        const string csv = "ФИО наставляемого;Дата вхождения в программу;Дата завершения программы\nСмирнов А.;01.09.2023;01.08.2023\n";

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors);

        Assert.Equal(("MD0004", 2, 3, RegistryHeadings.Mentee.CompletionDate), (d.ErrorCode, d.Location()!.Line, d.Location()!.Column, d.Location()!.Path));
    }

    [Fact]
    public void ReadMentees_RepeatedNumber_ReportsMD0005()
    {
        const string csv = "№ п/п;ФИО наставляемого\n1;Смирнов А.\n1;Орлова А.\n";

        Assert.Equal("MD0005", Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void ReadMentors_Xlsx_ReadsTheSheetWithExcelDates()
    {
        using var xlsx = Tables.Xlsx(
            "База наставников",
            ["№ п/п", "Ф.И.О наставника", "Дата вхождения в программу", "Желаемый возраст наставляемых"],
            ["1", "Иванова Мария Петровна", "#45170", "от 25"]);

        var result = RegistryImporter.ReadMentors(xlsx, TableFormat.Xlsx, School);

        var record = Assert.Single(result.Value!.Records);
        Assert.Equal(new DateOnly(2023, 9, 1), record.EntryDate);
        Assert.Equal(25, record.PreferredMenteeAge!.Min);
        Assert.Null(record.PreferredMenteeAge.Max);
    }

    [Fact]
    public void ReadMentors_XlsxBadDate_NamesSheetRowAndColumn()
    {
        using var xlsx = Tables.Xlsx("Наставники", ["Ф.И.О наставника", "Дата вхождения в программу"], ["Иванова М. П.", "сентябрь"]);

        var d = Assert.Single(RegistryImporter.ReadMentors(xlsx, TableFormat.Xlsx, School, new ImportOptions { FileName = "base.xlsx" }).ValidationErrors);

        Assert.Equal(("MD1005", "Наставники", 2, 2), (d.ErrorCode, d.Location()!.Sheet, d.Location()!.Line, d.Location()!.Column));
        Assert.Equal("base.xlsx[Наставники](2,2): Дата вхождения в программу", d.Identifier);
        Assert.Equal("MD1005 at base.xlsx[Наставники](2,2): Дата вхождения в программу: 'сентябрь' is not a date: expected dd.MM.yyyy or yyyy-MM-dd.", d.Describe());
    }

    [Fact]
    public void ReadMentors_XlsxMissingSheet_ReportsMD1024()
    {
        using var xlsx = Tables.Xlsx("Лист1", ["Ф.И.О наставника"]);

        var d = Assert.Single(RegistryImporter.ReadMentors(xlsx, TableFormat.Xlsx, School, new ImportOptions { Sheet = "База" }).ValidationErrors);

        Assert.Equal("MD1024", d.ErrorCode);
        Assert.Contains("Лист1", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentors_NotAWorkbook_ReportsMD1006()
    {
        Assert.Equal("MD1006", Assert.Single(RegistryImporter.ReadMentors(Tables.Csv("not a zip"), TableFormat.Xlsx, School).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void ReadMentors_OverTheSizeLimit_ReportsMD1001()
    {
        var result = RegistryImporter.ReadMentors(Tables.Csv(MentorHeader), TableFormat.Csv, School, new ImportOptions { MaxBytes = 100 });

        Assert.Equal("MD1001", Assert.Single(result.ValidationErrors).ErrorCode);
    }
}
