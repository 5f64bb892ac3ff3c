using System.Globalization;
using System.Text;
using System.Text.Json;
using Mentoring.Domain;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Editions;

/// <summary>
/// Reads an edition from a JSON file (the format of <c>docs/schema/edition.schema.json</c>, explained in
/// <c>docs/editions.md</c>) and builds it through <see cref="EditionBuilder"/>. Every problem is reported at once,
/// each a <see cref="ValidationError"/> with its place as <c>file:line:column: field</c> in
/// <see cref="ValidationError.Identifier"/>.
/// </summary>
public static partial class EditionFile
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] TopLevel = ["$schema", "id", "title", "source", "inherits", "effective", "appliesFrom", "roadmaps", "overlays", "rules"];

    private static readonly string[] RuleFields = ["enabled", "parameters", "because"];

    /// <summary>Reads an edition file, checking it against the bundled policies.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The edition, or every error with its file, line and column.</returns>
    public static Result<Edition> Read(string path) => Read(path, PolicyCatalog.Bundled);

    /// <summary>Reads an edition file, checking it against the given policies.</summary>
    /// <param name="path">The file.</param>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name.</param>
    /// <returns>The edition, or every error with its file, line and column.</returns>
    public static Result<Edition> Read(string path, PolicyCatalog policies) => Read(path, policies, EditionFileOptions.Default);

    /// <summary>Reads an edition file within the given limits, checking it against the given policies.</summary>
    /// <param name="path">The file.</param>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The edition, or every error with its file, line and column.</returns>
    public static Result<Edition> Read(string path, PolicyCatalog policies, EditionFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(path))
        {
            return RuleErrors.EditionUnreadable("the path is empty", "путь к файлу пуст").At("<path>").Fail();
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > options.MaxBytes)
            {
                return RuleErrors.EditionTooLarge(options.MaxBytes).At(SourceMap.Format(path, 1, 1)).Fail();
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            return Read(stream, path, policies, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            var (en, ru) = Unreadable(e);
            return RuleErrors.EditionUnreadable(en, $"файл не открывается ({ru})").At(path).Fail();
        }
    }

    /// <summary>Reads an edition from a stream, checking it against the bundled policies.</summary>
    /// <param name="stream">The JSON text, UTF-8.</param>
    /// <param name="origin">The name to report places with, such as the file name.</param>
    /// <returns>The edition, or every error with its place.</returns>
    public static Result<Edition> Read(Stream stream, string origin) => Read(stream, origin, PolicyCatalog.Bundled);

    /// <summary>Reads an edition from a stream, checking it against the given policies.</summary>
    /// <param name="stream">The JSON text, UTF-8.</param>
    /// <param name="origin">The name to report places with, such as the file name.</param>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name.</param>
    /// <returns>The edition, or every error with its place.</returns>
    public static Result<Edition> Read(Stream stream, string origin, PolicyCatalog policies) => Read(stream, origin, policies, EditionFileOptions.Default);

    /// <summary>Reads an edition from a stream within the given limits, checking it against the given policies.</summary>
    /// <param name="stream">The JSON text, UTF-8; an endless stream is read only up to <see cref="EditionFileOptions.MaxBytes"/>.</param>
    /// <param name="origin">The name to report places with, such as the file name.</param>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The edition, or every error with its place.</returns>
    public static Result<Edition> Read(Stream stream, string origin, PolicyCatalog policies, EditionFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(options);
        origin = string.IsNullOrWhiteSpace(origin) ? "<stream>" : origin;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return RuleErrors.EditionTooLarge(options.MaxBytes).At(SourceMap.Format(origin, 1, 1)).Fail();
                }

                buffer.Write(chunk, 0, read);
            }

            return Parse(buffer.ToArray(), origin, policies, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            var (en, ru) = Unreadable(e);
            return RuleErrors.EditionUnreadable(en, $"файл не открывается ({ru})").At(origin).Fail();
        }
    }

    private static (string En, string Ru) Unreadable(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => ("the file does not exist", "файл не существует"),
        UnauthorizedAccessException or System.Security.SecurityException => ("access to the file is denied", "доступ к файлу запрещён"),
        PathTooLongException => ("the path is too long", "путь слишком длинный"),
        NotSupportedException or ObjectDisposedException => ("the stream cannot be read", "поток не читается"),
        ArgumentException => ("the path is not a valid file path", "путь к файлу недопустим"),
        _ => ("an input/output error occurred", "произошла ошибка ввода-вывода"),
    };

    /// <summary>Reads an edition from JSON text, checking it against the given policies.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="origin">The name to report places with.</param>
    /// <param name="policies">The policies; the bundled ones when null.</param>
    /// <returns>The edition, or every error with its place.</returns>
    public static Result<Edition> Parse(string json, string origin, PolicyCatalog? policies = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        origin = string.IsNullOrWhiteSpace(origin) ? "<text>" : origin;
        return Parse(Encoding.UTF8.GetBytes(json), origin, policies ?? PolicyCatalog.Bundled, EditionFileOptions.Default);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A bad file must give a located error, never an exception: a defect of the reader is reported as MR0201.")]
    internal static Result<Edition> Parse(byte[] bytes, string origin, PolicyCatalog policies, EditionFileOptions options)
    {
        if (bytes.LongLength > options.MaxBytes)
        {
            return RuleErrors.EditionTooLarge(options.MaxBytes).At(SourceMap.Format(origin, 1, 1)).Fail();
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            var map = SourceMap.Build(bytes, origin, ReaderOptions, options, out var problem);
            if (problem is { } p)
            {
                return p.Error.At(map.Locate(p.Offset)).Fail();
            }

            var documentOptions = DocumentOptions with { MaxDepth = Math.Clamp(options.MaxDepth, 1, 1000) + 1 };
            using var document = JsonDocument.Parse(bytes, documentOptions);
            return new Reader(map, policies).Read(document.RootElement);
        }
        catch (Exception)
        {
            return RuleErrors.EditionUnreadable(
                "a defect of the reader stopped it; please report it together with the file",
                "чтение прервано из-за ошибки программы; сообщите о ней и приложите файл").At(SourceMap.Format(origin, 1, 1)).Fail();
        }
    }

    /// <summary>One reading of one file: collects errors with their places, then builds the edition.</summary>
    private sealed class Reader(SourceMap map, PolicyCatalog policies)
    {
        private readonly List<ValidationError> _errors = [];

        public Result<Edition> Read(JsonElement root)
        {
            foreach (var (path, offset) in map.Duplicates)
            {
                _errors.Add(EditionFileErrors.DuplicateField(path).At($"{map.Locate(offset)}: {path}"));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(EditionFileErrors.Expected("(file)", "a JSON object", "объект JSON"), string.Empty);
                return Result<Edition>.Invalid(_errors);
            }

            foreach (var property in root.EnumerateObject().Where(p => !TopLevel.Contains(p.Name, StringComparer.Ordinal)))
            {
                Add(EditionFileErrors.UnknownField(property.Name, TopLevel), property.Name, preferName: true);
            }

            var id = Text(root, "id", required: true);
            var builder = new EditionBuilder(string.IsNullOrWhiteSpace(id) ? "unnamed" : id);
            ReadTitle(root, builder);
            ReadSource(root, builder);
            builder.Inherits(Text(root, "inherits", required: false));

            ReadEffective(root, builder);
            ReadAppliesFrom(root, builder);
            ReadRoadmaps(root, builder);
            ReadOverlays(root, builder);
            ReadRules(root, builder);

            var built = builder.Build(policies, map.Origin);
            var reported = _errors.Select(e => (e.ErrorCode, e.Identifier)).ToHashSet();
            foreach (var error in built.ValidationErrors)
            {
                var path = error.Identifier ?? string.Empty;
                var located = error.At($"{map.Locate(path, preferName: error.ErrorCode is "MR0101" or "MR0102")}: {path}");
                if (reported.Add((located.ErrorCode, located.Identifier)))
                {
                    _errors.Add(located);
                }
            }

            return _errors.Count == 0 ? built.Value.Located(map) : Result<Edition>.Invalid(_errors);
        }

        private void ReadTitle(JsonElement root, EditionBuilder builder)
        {
            string? ru = null;
            string? en = null;
            if (Object(root, "title", ["ru", "en"]) is { } title)
            {
                ru = Text(title, "ru", required: false, "title");
                en = Text(title, "en", required: false, "title");
            }

            builder.Titled(ru ?? string.Empty, en ?? string.Empty);
        }

        private void ReadSource(JsonElement root, EditionBuilder builder)
        {
            if (Object(root, "source", ["issuer", "number", "date", "seed"]) is not { } source)
            {
                return;
            }

            var issuer = Text(source, "issuer", required: true, "source");
            var number = Text(source, "number", required: false, "source");
            var date = Date(source, "date", "source");
            var seed = Text(source, "seed", required: false, "source");
            if (!string.IsNullOrWhiteSpace(issuer))
            {
                builder.From(issuer, number, date, seed);
            }
        }

        private void ReadEffective(JsonElement root, EditionBuilder builder)
        {
            if (Object(root, "effective", ["from", "to"]) is { } effective)
            {
                builder.Effective(Date(effective, "from", "effective"), Date(effective, "to", "effective"));
            }
        }

        private void ReadAppliesFrom(JsonElement root, EditionBuilder builder)
        {
            switch (Get(root, "appliesFrom"))
            {
                case null:
                    return;
                case { ValueKind: JsonValueKind.String } value when value.ValueEquals("effective"):
                    builder.AppliesFrom(EditionStart.Effective);
                    return;
                case { ValueKind: JsonValueKind.String } value when value.ValueEquals("regulation-order"):
                    builder.AppliesFrom(EditionStart.RegulationOrder);
                    return;
                case { } value:
                    Add(EditionFileErrors.Expected("appliesFrom", $"\"effective\" or \"regulation-order\" (found {value.GetRawText()})", $"«effective» или «regulation-order» (указано {value.GetRawText()})"), "appliesFrom");
                    return;
            }
        }

        private void ReadRoadmaps(JsonElement root, EditionBuilder builder)
        {
            if (Get(root, "roadmaps") is not { } roadmaps)
            {
                return;
            }

            if (roadmaps.ValueKind != JsonValueKind.Array)
            {
                Add(EditionFileErrors.Expected("roadmaps", "a list of seed roadmap identifiers", "список идентификаторов дорожных карт"), "roadmaps");
                return;
            }

            var index = 0;
            foreach (var item in roadmaps.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"roadmaps[{index++}]");
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    builder.Roadmap(item.GetString()!);
                }
                else
                {
                    Add(EditionFileErrors.Expected(path, "a seed roadmap identifier", "идентификатор дорожной карты"), path);
                }
            }
        }

        private void ReadOverlays(JsonElement root, EditionBuilder builder)
        {
            if (Get(root, "overlays") is not { } overlays)
            {
                return;
            }

            if (overlays.ValueKind != JsonValueKind.Array)
            {
                Add(EditionFileErrors.Expected("overlays", "a list of edition identifiers", "список идентификаторов редакций"), "overlays");
                return;
            }

            var index = 0;
            foreach (var item in overlays.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"overlays[{index++}]");
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    builder.Overlay(item.GetString()!);
                }
                else
                {
                    Add(EditionFileErrors.Expected(path, "an edition identifier", "идентификатор редакции"), path);
                }
            }
        }

        private void ReadRules(JsonElement root, EditionBuilder builder)
        {
            if (Get(root, "rules") is not { } rules)
            {
                return;
            }

            if (rules.ValueKind != JsonValueKind.Object)
            {
                Add(EditionFileErrors.Expected("rules", "an object: rule identifier → setting", "объект: идентификатор правила → настройка"), "rules");
                return;
            }

            foreach (var rule in rules.EnumerateObject())
            {
                var path = SourceMap.Join("rules", rule.Name);
                if (rule.Value.ValueKind != JsonValueKind.Object)
                {
                    Add(EditionFileErrors.Expected(path, "an object with \"enabled\", \"parameters\" and \"because\"", "объект с полями «enabled», «parameters» и «because»"), path);
                    continue;
                }

                foreach (var field in rule.Value.EnumerateObject().Where(f => !RuleFields.Contains(f.Name, StringComparer.Ordinal)))
                {
                    var fieldPath = SourceMap.Join(path, field.Name);
                    Add(EditionFileErrors.UnknownField(fieldPath, RuleFields), fieldPath, preferName: true);
                }

                bool? enabled = null;
                if (Get(rule.Value, "enabled") is { } flag)
                {
                    if (flag.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        enabled = flag.GetBoolean();
                    }
                    else
                    {
                        Add(EditionFileErrors.Expected(SourceMap.Join(path, "enabled"), "true or false", "true или false"), SourceMap.Join(path, "enabled"));
                    }
                }

                // The rule's own path first, so that an unknown rule is reported at its name.
                builder.Switch(rule.Name, enabled, path);
                ReadBecause(rule.Value, rule.Name, path, builder);
                if (Get(rule.Value, "parameters") is not { } parameters)
                {
                    continue;
                }

                var parametersPath = SourceMap.Join(path, "parameters");
                if (parameters.ValueKind != JsonValueKind.Object)
                {
                    Add(EditionFileErrors.Expected(parametersPath, "an object: parameter → value", "объект: параметр → значение"), parametersPath);
                    continue;
                }

                foreach (var parameter in parameters.EnumerateObject())
                {
                    builder.Set(rule.Name, parameter.Name, parameter.Value.Clone(), SourceMap.Join(parametersPath, parameter.Name));
                }
            }
        }

        /// <summary>The clause a rule's setting rests on: <c>"because": { "ru": "…", "en": "…" }</c>, both non-empty.</summary>
        private void ReadBecause(JsonElement setting, string ruleId, string path, EditionBuilder builder)
        {
            if (Object(setting, "because", ["ru", "en"], path) is not { } because)
            {
                return;
            }

            var becausePath = SourceMap.Join(path, "because");
            var ru = Text(because, "ru", required: true, becausePath);
            var en = Text(because, "en", required: true, becausePath);
            if (ru is not null && en is not null)
            {
                builder.Because(ruleId, ru, en);
            }
        }

        private JsonElement? Object(JsonElement parent, string name, string[] fields, string? parentPath = null)
        {
            var path = SourceMap.Join(parentPath ?? string.Empty, name);
            if (Get(parent, name) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Add(EditionFileErrors.Expected(path, $"an object with {string.Join(", ", fields)}", $"объект с полями {string.Join(", ", fields)}"), path);
                return null;
            }

            foreach (var field in value.EnumerateObject().Where(f => !fields.Contains(f.Name, StringComparer.Ordinal)))
            {
                var fieldPath = SourceMap.Join(path, field.Name);
                Add(EditionFileErrors.UnknownField(fieldPath, fields), fieldPath, preferName: true);
            }

            return value;
        }

        private string? Text(JsonElement parent, string name, bool required, string parentPath = "")
        {
            var path = SourceMap.Join(parentPath, name);
            if (Get(parent, name) is not { } value)
            {
                if (required)
                {
                    Add(EditionFileErrors.Missing(path), parentPath);
                }

                return null;
            }

            if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }

            if (value.ValueKind == JsonValueKind.Null && !required)
            {
                return null;
            }

            Add(EditionFileErrors.Expected(path, "a non-empty text", "непустой текст"), path);
            return null;
        }

        private DateOnly? Date(JsonElement parent, string name, string parentPath)
        {
            var path = SourceMap.Join(parentPath, name);
            if (Get(parent, name) is not { } value || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Add(EditionFileErrors.Expected(path, $"a date yyyy-MM-dd (found {value.GetRawText()})", $"дата в формате гггг-ММ-дд (указано {value.GetRawText()})"), path);
            return null;
        }

        private static JsonElement? Get(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) ? value : null;

        private void Add(ValidationError error, string path, bool preferName = false) =>
            _errors.Add(error.At($"{map.Locate(path, preferName)}: {(path.Length == 0 ? "(file)" : path)}"));
    }
}

/// <summary>The errors of edition files, with the MR codes of <see cref="RuleErrors"/> (MR0201 unreadable, MR0204 bad field).</summary>
internal static class EditionFileErrors
{
    public static ValidationError UnknownField(string field, IEnumerable<string> known) => DomainErrors.Create(
        "MR0204", $"Unknown field '{field}'. Known fields here: {string.Join(", ", known)}.",
        $"Неизвестное поле «{field}». Допустимые поля: {string.Join(", ", known)}.", field);

    public static ValidationError DuplicateField(string field) => DomainErrors.Create(
        "MR0204", $"The field '{field}' is given more than once.", $"Поле «{field}» указано более одного раза.", field);

    public static ValidationError Missing(string field) => DomainErrors.Create(
        "MR0204", $"The required field '{field}' is missing.", $"Нет обязательного поля «{field}».", field);

    public static ValidationError Expected(string field, string expected, string expectedRu) => RuleErrors.BadEditionField(field, expected, expectedRu);
}
