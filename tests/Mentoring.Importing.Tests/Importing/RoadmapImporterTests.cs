using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Importing.Tests;

public class RoadmapImporterTests
{
    private static readonly RoadmapId Id = RoadmapId.Create("rm-1").Value;
    private static readonly DateRange Period = DateRange.Create(new DateOnly(2022, 12, 26), new DateOnly(2024, 12, 31)).Value;

    // The Smolensk roadmap (001) as it is printed: sections without deadlines, a row broken across pages.
    private const string Smolensk = """
        № п/п;Направления деятельности/ Наименование мероприятия;Сроки реализации;Ответственные;Ожидаемый результат
        I;Нормативное обеспечение системы наставничества педагогических работников;;;
        1.2;Разработка и утверждение (актуализация) мер стимулирования наставников;I квартал 2023 (далее – по необходимости);Управление, ОУ;Сформированы механизмы
        2.6;Подготовка отчета о реализации мероприятий дорожной карты;До 30.06.2023, 30.06.2024, 25.12.2024;Управление;Подготовлен отчет
        ;Направление отчета в ГАУ ДПО СОИРО;;;
        4.1;Актуализация раздела «Наставничество» на сайте;постоянно;Методический отдел;Обеспечено «единое окно»
        """;

    [Fact]
    public void Read_SeedRoadmap_GivesActivitiesWithParsedDeadlinesAndSections()
    {
        var result = RoadmapImporter.Read(Tables.Csv(Smolensk), TableFormat.Csv, Id, "План мероприятий", Period);

        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors));
        var roadmap = result.Value!;
        Assert.Equal(["1.2", "2.6", "4.1"], roadmap.Activities.Select(a => a.Number));
        Assert.Equal([DeadlineKind.Quarter, DeadlineKind.Several, DeadlineKind.Continuous], roadmap.Activities.Select(a => a.Deadline.Kind));
        Assert.Equal("I. Нормативное обеспечение системы наставничества педагогических работников", roadmap.Activities[0].Section);
        Assert.EndsWith("Направление отчета в ГАУ ДПО СОИРО", roadmap.Activities[1].Title, StringComparison.Ordinal);
        Assert.Equal("Управление", roadmap.Activities[1].Responsible);
    }

    [Fact]
    public void Read_ModelRoadmapHeadings_AcceptsThemWithStageColumn()
    {
        const string csv = "Наименование этапа;№;Мероприятия;Форма представления результата;Сроки;Ответственные\n"
            + "Формирование банка наставляемых;2.1;Сбор согласий;Согласия;сентябрь 2023;Куратор\n";

        var result = RoadmapImporter.Read(Tables.Csv(csv), TableFormat.Csv, Id, "Дорожная карта");

        var activity = Assert.Single(result.Value!.Activities);
        Assert.Equal(RoadmapStage.MenteeBank, activity.Stage);
        Assert.Equal("Согласия", activity.ExpectedResult);
    }

    [Fact]
    public void Read_UnparsableDeadline_ReportsRowAndColumn()
    {
        const string csv = "№;Мероприятие;Сроки;Ответственные\n1;Совещание;сентябрь 2023;Управление\n2;Семинар;когда-нибудь;Управление\n";

        var d = Assert.Single(RoadmapImporter.Read(Tables.Csv(csv), TableFormat.Csv, Id, "План").ValidationErrors);

        Assert.Equal(("MD0601", 3, 3, "Сроки"), (d.ErrorCode, d.Location()!.Line, d.Location()!.Column, d.Location()!.Path));
    }

    [Fact]
    public void Read_MissingDeadlineColumn_ReportsMD1021WithTheExpectedList()
    {
        const string csv = "№;Мероприятие;Ответственные\n1;Совещание;Управление\n";

        var d = Assert.Single(RoadmapImporter.Read(Tables.Csv(csv), TableFormat.Csv, Id, "План").ValidationErrors);

        Assert.Equal("MD1021", d.ErrorCode);
        Assert.Contains("«Ожидаемый результат»", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHeading_ReportsItsColumn()
    {
        const string csv = "№;Мероприятие;Сроки;Примечание\n1;Совещание;сентябрь 2023;-\n";

        var d = Assert.Single(RoadmapImporter.Read(Tables.Csv(csv), TableFormat.Csv, Id, "План").ValidationErrors);

        Assert.Equal(("MD1020", 1, 4), (d.ErrorCode, d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_Xlsx_ReadsTheSameTable()
    {
        using var xlsx = Tables.Xlsx("План", ["№", "Мероприятие", "Сроки"], ["1", "Совещание", "до 30.06.2024"]);

        var result = RoadmapImporter.Read(xlsx, TableFormat.Xlsx, Id, "План");

        Assert.Equal(DeadlineKind.ByDate, Assert.Single(result.Value!.Activities).Deadline.Kind);
    }

    [Fact]
    public void Read_RepeatedNumber_PointsAtTheRepeatingRow()
    {
        const string csv = "№;Мероприятие;Сроки\n1;Совещание;сентябрь 2023\n2;Семинар;октябрь 2023\n1.;Конкурс;ноябрь 2023\n";

        var d = Assert.Single(RoadmapImporter.Read(Tables.Csv(csv), TableFormat.Csv, Id, "План").ValidationErrors);

        Assert.Equal(("MD0005", 4, 1), (d.ErrorCode, d.Location()!.Line, d.Location()!.Column));
    }
}
