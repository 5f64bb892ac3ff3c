using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;

namespace Mentoring.Importing;

/// <summary>
/// Imports the mentor and mentee registries (базы наставников и наставляемых) as organizations keep them: CSV or
/// XLSX tables with the Russian column headings of the forms in annex 3 of 003 (the seed swaps the two forms'
/// titles: the columns decide which registry a table is).
/// </summary>
/// <remarks>
/// 003 annex 3; rules <c>registry.mentor-record</c> and <c>registry.mentee-record</c>. Every cell is optional
/// except the full name; «№ п/п» becomes the record's identifier (the row number when the column is absent).
/// Dates are <c>dd.MM.yyyy</c> or <c>yyyy-MM-dd</c>; lists (competences, mentees) are separated by «;», «,» or line breaks.
/// </remarks>
public static partial class RegistryImporter
{
    /// <summary>Imports a mentor registry (база наставников).</summary>
    /// <param name="stream">The table.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="organizationId">The organization whose registry it is.</param>
    /// <param name="options">File name, sheet, size limit.</param>
    /// <returns>The registry, or every problem as a <see cref="ValidationError"/> located at its cell (<see cref="DocumentLocation"/>: <c>file[sheet](row,column): heading</c>).</returns>
    public static Result<MentorRegistry> ReadMentors(Stream stream, TableFormat format, OrganizationId organizationId, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(organizationId);
        return Read(stream, format, options, MentorRecordFields.Vocabulary, RegistryHeadings.Mentor.Number, MentorRecordField.FullName, MentorRow, records => MentorRegistry.Create(organizationId, records));
    }

    /// <summary>Imports a mentee registry (база наставляемых).</summary>
    /// <param name="stream">The table.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="organizationId">The organization whose registry it is.</param>
    /// <param name="options">File name, sheet, size limit.</param>
    /// <returns>The registry, or every problem as a <see cref="ValidationError"/> located at its cell (<see cref="DocumentLocation"/>: <c>file[sheet](row,column): heading</c>).</returns>
    public static Result<MenteeRegistry> ReadMentees(Stream stream, TableFormat format, OrganizationId organizationId, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(organizationId);
        return Read(stream, format, options, MenteeRecordFields.Vocabulary, RegistryHeadings.Mentee.Number, MenteeRecordField.FullName, MenteeRow, records => MenteeRegistry.Create(organizationId, records));
    }

    /// <summary>One row of a mentor registry, or null when one of its cells is wrong (the problem is reported at the cell).</summary>
    private static MentorRecord? MentorRow(Cells<MentorRecordField> cells)
    {
        var id = cells.Id();
        var age = cells.Age(MentorRecordField.PreferredMenteeAge);
        var time = cells.Text(MentorRecordField.TimeAvailable) is { } text ? cells.Collect(TimeResource.Create(Hours(text), text), null) : null;
        var entry = cells.Date(MentorRecordField.EntryDate);
        var completion = cells.Date(MentorRecordField.CompletionDate);
        var form = cells.Form(MentorRecordField.Form);
        if (id is null || !cells.Ok)
        {
            return null;
        }

        return cells.Collect(
            MentorRecord.Create(
                id,
                cells.Text(MentorRecordField.FullName),
                cells.Text(MentorRecordField.Workplace),
                Split(cells.Text(MentorRecordField.Competences)),
                cells.Text(MentorRecordField.Achievements),
                cells.Text(MentorRecordField.Interests),
                age,
                time,
                entry,
                Split(cells.Text(MentorRecordField.Mentees)),
                form,
                cells.Text(MentorRecordField.MenteeWorkplace),
                completion,
                cells.Text(MentorRecordField.Results),
                cells.Text(MentorRecordField.CaseLink)),
            null);
    }

    /// <summary>One row of a mentee registry, or null when one of its cells is wrong (the problem is reported at the cell).</summary>
    private static MenteeRecord? MenteeRow(Cells<MenteeRecordField> cells)
    {
        var id = cells.Id();
        var year = cells.Year(MenteeRecordField.BirthYear);
        var entry = cells.Date(MenteeRecordField.EntryDate);
        var completion = cells.Date(MenteeRecordField.CompletionDate);
        var form = cells.Form(MenteeRecordField.Form);
        if (id is null || !cells.Ok)
        {
            return null;
        }

        return cells.Collect(
            MenteeRecord.Create(
                id,
                cells.Text(MenteeRecordField.FullName),
                year,
                cells.Text(MenteeRecordField.MainRequest),
                entry,
                cells.Text(MenteeRecordField.MentorName),
                form,
                cells.Text(MenteeRecordField.MentorWorkplace),
                completion,
                cells.Text(MenteeRecordField.Results),
                cells.Text(MenteeRecordField.CaseLink),
                cells.Text(MenteeRecordField.CompletionMark)),
            null);
    }

    /// <summary>
    /// Either registry: the table read under its limits, its headings matched to the fields, each row read by
    /// <paramref name="readRow"/>, then the registry built; every problem located at its cell.
    /// </summary>
    private static Result<TRegistry> Read<TField, TRecord, TRegistry>(
        Stream stream,
        TableFormat format,
        ImportOptions? options,
        Vocabulary<TField> vocabulary,
        string numberHeading,
        TField required,
        Func<Cells<TField>, TRecord?> readRow,
        Func<List<TRecord>, Result<TRegistry>> create)
        where TField : struct, Enum
        where TRecord : class
        where TRegistry : class
    {
        var diagnostics = new List<ValidationError>();
        using var culture = MessageCulture.Use(options?.Culture);
        var table = RawTable.Read(stream, format, options ?? new ImportOptions(), diagnostics);
        if (table is null)
        {
            return Result<TRegistry>.Invalid(diagnostics);
        }

        var map = HeadingMap<int>.Match(table, Fields(vocabulary, numberHeading, required), [], diagnostics);
        var records = new List<TRecord>();
        if (diagnostics.Count == 0)
        {
            foreach (var row in table.Rows)
            {
                if (readRow(new Cells<TField>(table, row, map, diagnostics, f => vocabulary[f].Code)) is { } record)
                {
                    records.Add(record);
                }
            }
        }

        return Finish(create(records), table, map, diagnostics);
    }

    /// <summary>The key of the «№ п/п» column in a heading map (the fields use their enum values, from 1).</summary>
    internal const int NumberField = 0;

    private static List<(int Field, string Heading, IReadOnlyList<string> Aliases, bool Required)> Fields<TField>(Vocabulary<TField> vocabulary, string numberHeading, TField required)
        where TField : struct, Enum =>
        [
            (NumberField, numberHeading, ["№", "N п/п", "№п/п"], false),
            .. vocabulary.All.Select(t => (Convert.ToInt32(t.Value, CultureInfo.InvariantCulture), t.NameRu, t.AliasesRu, EqualityComparer<TField>.Default.Equals(t.Value, required))),
        ];

    private static Result<T> Finish<T>(Result<T> registry, RawTable table, HeadingMap<int> map, List<ValidationError> diagnostics)
        where T : class
    {
        if (diagnostics.Count != 0)
        {
            return Result<T>.Invalid(diagnostics);
        }

        foreach (var error in registry.ValidationErrors)
        {
            diagnostics.Add(table.Diagnostic(error.At(map.Heading(NumberField)), 0, map.Column(NumberField) ?? -1));
        }

        return diagnostics.Count == 0 ? Result<T>.Success(registry.Value) : Result<T>.Invalid(diagnostics);
    }

    private static decimal? Hours(string text) =>
        HoursRegex().Match(text) is { Success: true } m
        && decimal.TryParse(m.Groups[1].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours)
            ? hours
            : null;

    internal static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : [.. text.Split([';', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // Non-backtracking: a cell of 40,000 digits is matched in linear time.
    [GeneratedRegex(@"([0-9]+(?:[.,][0-9]+)?)\s*(?:ч\b|ч\.|час)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex HoursRegex();

    /// <summary>The cells of one row, read by field, with every problem reported at its row and column.</summary>
    private sealed partial class Cells<TField>(RawTable table, RawRow row, HeadingMap<int> map, List<ValidationError> diagnostics, Func<TField, string> code)
        where TField : struct, Enum
    {
        private readonly int _before = diagnostics.Count;

        internal bool Ok => diagnostics.Count == _before;

        internal string? Text(TField field) => Raw(Key(field)) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        internal RegistryRecordId? Id()
        {
            var raw = Raw(NumberField)?.Trim().TrimEnd('.');
            return Collect(RegistryRecordId.Create(string.IsNullOrEmpty(raw) ? row.Number.ToString(CultureInfo.InvariantCulture) : raw), map.Heading(NumberField));
        }

        internal DateOnly? Date(TField field)
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (table.TryDate(text, out var date))
            {
                return date;
            }

            Report(DomainErrors.CaseFiles.InvalidDate(map.Heading(Key(field)), text, "dd.MM.yyyy or yyyy-MM-dd"), Key(field));
            return null;
        }

        internal MentoringForm? Form(TField field) =>
            Text(field) is { } text ? Collect(MentoringForms.Vocabulary.Parse(text).Map(f => (MentoringForm?)f), map.Heading(Key(field))) : null;

        internal int? Year(TField field)
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (RawTable.HasNonAsciiDigit(text))
            {
                Report(DomainErrors.CaseFiles.NonAsciiDigits(map.Heading(Key(field)), text), Key(field));
                return null;
            }

            if (int.TryParse(text.TrimEnd('г', '.', ' '), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var year))
            {
                return year;
            }

            Report(DomainErrors.CaseFiles.InvalidNumber(map.Heading(Key(field)), text, "a whole number"), Key(field));
            return null;
        }

        internal AgeRange? Age(TField field)
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (RawTable.HasNonAsciiDigit(text))
            {
                Report(DomainErrors.CaseFiles.NonAsciiDigits(map.Heading(Key(field)), text), Key(field));
                return null;
            }

            var numbers = NumberRegex().Matches(text).Take(3)
                .Select(m => int.TryParse(m.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
            if (numbers.Contains(-1))
            {
                Report(DomainErrors.CaseFiles.InvalidNumber(map.Heading(Key(field)), text, "an age range such as 10-14"), Key(field));
                return null;
            }

            var lower = text.ToLowerInvariant();
            (int? Min, int? Max)? range = numbers.Length switch
            {
                1 when lower.StartsWith("до", StringComparison.Ordinal) => (null, numbers[0]),
                1 when lower.StartsWith("от", StringComparison.Ordinal) || lower.Contains("старше", StringComparison.Ordinal) => (numbers[0], null),
                1 => (numbers[0], numbers[0]),
                2 => (numbers[0], numbers[1]),
                _ => null,
            };
            if (range is not { } r)
            {
                Report(DomainErrors.CaseFiles.InvalidNumber(map.Heading(Key(field)), text, "an age range such as 10-14"), Key(field));
                return null;
            }

            return Collect(AgeRange.Create(r.Min, r.Max), null);
        }

        /// <summary>The value, or the errors reported at the column their target names (a field code) or at <paramref name="heading"/>.</summary>
        internal T? Collect<T>(Result<T> result, string? heading)
        {
            foreach (var error in result.ValidationErrors)
            {
                var field = heading is null ? FieldOf(error.Identifier) : null;
                var column = heading is not null ? ColumnOf(heading) : field is { } f ? map.Column(f) ?? -1 : -1;
                var target = heading ?? (field is { } g ? map.Heading(g) : error.Identifier);
                diagnostics.Add(table.Diagnostic(target is null ? error : error.At(target), row.Number, column));
            }

            return result.IsSuccess ? result.Value : default;
        }

        private static int Key(TField field) => Convert.ToInt32(field, CultureInfo.InvariantCulture);

        private string? Raw(int field) => map.Column(field) is { } column ? row[column] : null;

        private void Report(ValidationError error, int field) => diagnostics.Add(table.Diagnostic(error, row.Number, map.Column(field) ?? -1));

        private int ColumnOf(string heading) =>
            heading == map.Heading(NumberField) ? map.Column(NumberField) ?? -1 : Enum.GetValues<TField>().Select(Key).Where(k => map.Heading(k) == heading).Select(k => map.Column(k) ?? -1).FirstOrDefault(-1);

        private int? FieldOf(string? target)
        {
            var head = target?.Split('.')[0];
            foreach (var field in Enum.GetValues<TField>())
            {
                if (string.Equals(code(field), head, StringComparison.Ordinal))
                {
                    return Key(field);
                }
            }

            return null;
        }

        [GeneratedRegex(@"[0-9]+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
        private static partial Regex NumberRegex();
    }
}
