using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Importing;

namespace Mentoring.Rules.Tests.Importing;

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

        Assert.True(result.IsSuccess, string.Join("; ", result.Diagnostics));
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

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School, new ImportOptions { FileName = "mentees.csv" }).Diagnostics);

        Assert.Equal("MD1020", d.Code);
        Assert.Equal("mentees.csv", d.File);
        Assert.Equal((1, 3), (d.Line, d.Column));
        Assert.Contains(RegistryHeadings.Mentee.BirthYear, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentors_MissingFullNameColumn_ReportsMD1021()
    {
        const string csv = "№ п/п;Место работы\n1;СОШ № 1\n";

        var d = Assert.Single(RegistryImporter.ReadMentors(Tables.Csv(csv), TableFormat.Csv, School).Diagnostics);

        Assert.Equal("MD1021", d.Code);
        Assert.Equal(RegistryHeadings.Mentor.FullName, d.Path);
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
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Null(result.Value);
    }

    [Fact]
    public void ReadMentees_CompletionBeforeEntry_PointsAtTheCompletionColumn()
    {
        const string csv = "ФИО наставляемого;Дата вхождения в программу;Дата завершения программы\nСмирнов А.;01.09.2023;01.08.2023\n";

        var d = Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School).Diagnostics);

        Assert.Equal(("MD0004", 2, 3, RegistryHeadings.Mentee.CompletionDate), (d.Code, d.Line, d.Column, d.Path));
    }

    [Fact]
    public void ReadMentees_RepeatedNumber_ReportsMD0005()
    {
        const string csv = "№ п/п;ФИО наставляемого\n1;Смирнов А.\n1;Орлова А.\n";

        Assert.Equal("MD0005", Assert.Single(RegistryImporter.ReadMentees(Tables.Csv(csv), TableFormat.Csv, School).Diagnostics).Code);
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

        var d = Assert.Single(RegistryImporter.ReadMentors(xlsx, TableFormat.Xlsx, School, new ImportOptions { FileName = "base.xlsx" }).Diagnostics);

        Assert.Equal(("MD1005", "Наставники", 2, 2), (d.Code, d.Sheet, d.Line, d.Column));
        Assert.Equal("base.xlsx[Наставники](2,2): MD1005 at Дата вхождения в программу: 'сентябрь' is not a date: expected dd.MM.yyyy or yyyy-MM-dd.", d.ToString());
    }

    [Fact]
    public void ReadMentors_XlsxMissingSheet_ReportsMD1024()
    {
        using var xlsx = Tables.Xlsx("Лист1", ["Ф.И.О наставника"]);

        var d = Assert.Single(RegistryImporter.ReadMentors(xlsx, TableFormat.Xlsx, School, new ImportOptions { Sheet = "База" }).Diagnostics);

        Assert.Equal("MD1024", d.Code);
        Assert.Contains("Лист1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMentors_NotAWorkbook_ReportsMD1006()
    {
        Assert.Equal("MD1006", Assert.Single(RegistryImporter.ReadMentors(Tables.Csv("not a zip"), TableFormat.Xlsx, School).Diagnostics).Code);
    }

    [Fact]
    public void ReadMentors_OverTheSizeLimit_ReportsMD1001()
    {
        var result = RegistryImporter.ReadMentors(Tables.Csv(MentorHeader), TableFormat.Csv, School, new ImportOptions { MaxBytes = 100 });

        Assert.Equal("MD1001", Assert.Single(result.Diagnostics).Code);
    }
}
