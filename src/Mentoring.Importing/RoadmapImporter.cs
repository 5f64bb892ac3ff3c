using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Importing;

/// <summary>
/// Imports a roadmap (дорожная карта, план мероприятий) from a table as the seeds print them: «№», «Мероприятие»,
/// «Сроки», «Ответственные», «Ожидаемый результат» (or «Форма представления результата»), with the deadlines in
/// words («сентябрь 2023 г.», «до 30.06.2024», «постоянно»).
/// </summary>
/// <remarks>
/// 000, 001, 002 (model roadmap), 003, 004 roadmaps; rule <c>roadmap.deadline</c>. A row with a number and a title
/// but no deadline is a section heading («I. Нормативное обеспечение»): it names the section (and, when it is one
/// of 002's stages, the stage) of the rows after it. A row without a number continues the row above (a table
/// broken across pages). A «Участники» column is accepted and not kept.
/// </remarks>
public static class RoadmapImporter
{
    private const int Number = 1;
    private const int Title = 2;
    private const int Deadline = 3;
    private const int Responsible = 4;
    private const int ExpectedResult = 5;
    private const int Section = 6;

    private static readonly (int Field, string Heading, IReadOnlyList<string> Aliases, bool Required)[] Fields =
    [
        (Number, "№", ["№ п/п", "N п/п", "№п/п"], false),
        (Title, "Мероприятие", ["Мероприятия", "Наименование мероприятия", "Наименование мероприятий", "Направления деятельности/Наименование мероприятия", "Содержание", "Содержание деятельности", "Содержание деятельности примерный план мероприятий"], true),
        (Deadline, "Сроки", ["Срок", "Срок реализации", "Сроки реализации", "Срок исполнения", "Сроки проведения"], true),
        (Responsible, "Ответственные", ["Ответственный", "Ответственный исполнитель", "Ответственные исполнители", "Исполнители"], false),
        (ExpectedResult, "Ожидаемый результат", ["Форма представления результата", "Результат, вид документа", "Результат", "Ожидаемые результаты"], false),
        (Section, "Этап", ["Наименование этапа", "Раздел"], false),
    ];

    /// <summary>Imports a roadmap.</summary>
    /// <param name="stream">The table.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="id">The roadmap's identifier.</param>
    /// <param name="title">The roadmap's title.</param>
    /// <param name="period">The period the roadmap covers, which open deadlines («постоянно», «ежегодно») run within.</param>
    /// <param name="options">File name, sheet, size limit.</param>
    /// <returns>The roadmap, or every problem as a <see cref="ValidationError"/> located at its cell (<see cref="DocumentLocation"/>: <c>file[sheet](row,column): heading</c>).</returns>
    public static Result<Roadmap> Read(Stream stream, TableFormat format, RoadmapId id, string title, DateRange? period = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(id);
        var diagnostics = new List<ValidationError>();
        options ??= new ImportOptions();
        using var culture = MessageCulture.Use(options.Culture);
        var table = RawTable.Read(stream, format, options, diagnostics);
        if (table is null)
        {
            return Result<Roadmap>.Invalid(diagnostics);
        }

        var map = HeadingMap<int>.Match(table, Fields, ["Участники"], diagnostics);
        if (diagnostics.Count != 0)
        {
            return Result<Roadmap>.Invalid(diagnostics);
        }

        string? Cell(RawRow row, int field) => map.Column(field) is { } c && row[c] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        var pending = new List<Pending>();
        string? section = null;
        foreach (var row in table.Rows)
        {
            var number = Cell(row, Number);
            if (number is null && pending.Count != 0 && map.Column(Number) is not null)
            {
                if (pending[^1].Continue(row, field => Cell(row, field), options.MaxCellLength) is { } tooLong)
                {
                    diagnostics.Add(table.Diagnostic(DomainErrors.CaseFiles.CellTooLong(map.Heading(tooLong.Field), tooLong.Length, options.MaxCellLength), row.Number, map.Column(tooLong.Field) ?? -1));
                    return Result<Roadmap>.Invalid(diagnostics);
                }

                continue;
            }

            section = Cell(row, Section) ?? section;
            if (Cell(row, Deadline) is null && Cell(row, Title) is { } heading)
            {
                section = number is null ? heading : $"{number.TrimEnd('.')}. {heading}";
                continue;
            }

            pending.Add(new Pending(row, number ?? (pending.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), section, field => Cell(row, field), options.MaxCellLength));
        }

        var activities = new List<RoadmapActivity>();
        foreach (var item in pending)
        {
            var deadline = Domain.Roadmaps.Deadline.Parse(item.Get(Deadline), period);
            foreach (var error in deadline.ValidationErrors)
            {
                diagnostics.Add(table.Diagnostic(error.At(map.Heading(Deadline)), item.Row, map.Column(Deadline) ?? -1));
            }

            if (!deadline.IsSuccess)
            {
                continue;
            }

            var stage = item.Section is { } s && RoadmapStages.Vocabulary.Parse(StripNumber(s)) is { IsSuccess: true } parsed ? parsed.Value : (RoadmapStage?)null;
            var activity = RoadmapActivity.Create(item.Number, item.Get(Title), deadline.Value, item.Section, stage, item.Get(Responsible), item.Get(ExpectedResult));
            foreach (var error in activity.ValidationErrors)
            {
                var field = error.Identifier == "number" ? Number : Title;
                diagnostics.Add(table.Diagnostic(error.At(map.Heading(field)), item.Row, map.Column(field) ?? -1));
            }

            if (activity.IsSuccess)
            {
                activities.Add(activity.Value);
            }
        }

        if (diagnostics.Count != 0)
        {
            return Result<Roadmap>.Invalid(diagnostics);
        }

        var roadmap = Roadmap.Create(id, title, activities, period: period);

        // The roadmap reports repeated numbers in order of first occurrence: point each at the row that repeats it.
        var repeatedRows = new Queue<int>(pending.GroupBy(p => p.Number.Trim().TrimEnd('.'), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ElementAt(1).Row));
        foreach (var error in roadmap.ValidationErrors)
        {
            var row = error.ErrorCode == "MD0005" && repeatedRows.Count != 0 ? repeatedRows.Dequeue() : 0;
            diagnostics.Add(table.Diagnostic(error.At(map.Heading(error.Identifier == "title" ? Title : Number)), row, map.Column(Number) ?? -1));
        }

        return diagnostics.Count == 0 ? Result<Roadmap>.Success(roadmap.Value) : Result<Roadmap>.Invalid(diagnostics);
    }

    private static string StripNumber(string section) => section.TrimStart("0123456789IVXivx.) ".ToCharArray());

    /// <summary>An activity row with the rows that continue it; the parts are joined once, so a long run of continuation rows costs linear time.</summary>
    private sealed class Pending
    {
        private static readonly int[] Joined = [Title, Deadline, Responsible, ExpectedResult];

        private readonly Dictionary<int, System.Text.StringBuilder> _cells = [];

        internal Pending(RawRow row, string number, string? section, Func<int, string?> cell, int maxLength)
        {
            Row = row.Number;
            Number = number;
            Section = section;
            Continue(row, cell, maxLength);
        }

        internal int Row { get; }

        internal string Number { get; }

        internal string? Section { get; }

        internal string? Get(int field) => _cells.TryGetValue(field, out var text) ? text.ToString() : null;

        /// <summary>Appends a continuation row's cells; returns the field whose text would pass <paramref name="maxLength"/>, with that length.</summary>
        internal (int Field, long Length)? Continue(RawRow row, Func<int, string?> cell, int maxLength)
        {
            foreach (var field in Joined)
            {
                if (cell(field) is not { } text)
                {
                    continue;
                }

                if (!_cells.TryGetValue(field, out var builder))
                {
                    _cells[field] = builder = new System.Text.StringBuilder();
                }
                else
                {
                    builder.Append(' ');
                }

                if ((long)builder.Length + text.Length > maxLength)
                {
                    return (field, (long)builder.Length + text.Length);
                }

                builder.Append(text);
            }

            return null;
        }
    }
}
