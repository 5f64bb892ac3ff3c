using System.Text.Json;
using System.Text.Encodings.Web;
using Mentoring.Domain.Cases;

namespace Mentoring.Domain.Documents;

/// <summary>
/// Reads and writes case files: the JSON documents that describe one organization's mentoring (its staff,
/// students, orders, consents, pairs, programs, registries, roadmaps, monitoring) or a municipality's
/// organizations. The format is described in <c>docs/documents.md</c> and <c>docs/schema/case-file.schema.json</c>.
/// </summary>
/// <remarks>
/// Reading never throws for a bad document: it returns an invalid <see cref="Result{T}"/> with every problem as a
/// <see cref="ValidationError"/> whose <c>Identifier</c> is a <see cref="DocumentLocation"/> (the file, the line, the
/// column and the JSON path: <c>cases.json(12,7): $.pairs[2].mentors[0]</c>) and whose <c>ErrorMessage</c> is in
/// <see cref="CaseFileOptions.Culture"/>. A file of one organization gives a <see cref="MunicipalCase"/> with that
/// one case and no municipality; a municipal file gives all its organizations' cases. It runs in three passes: a syntax pass that indexes the
/// position of every value, a shape pass against the format (unknown properties, wrong JSON types), and the
/// mapping through the domain's validating factories and transitions.
/// </remarks>
public static partial class CaseFile
{
    /// <summary>The format version written and read (<c>formatVersion</c>).</summary>
    public const int FormatVersion = 1;

    private const string StreamName = "<stream>";

    private static readonly CaseFileJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a case file from a stream, at most <see cref="CaseFileOptions.MaxBytes"/> bytes of it.</summary>
    /// <param name="stream">The stream, positioned at the document's start.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The cases, or every problem found.</returns>
    public static Result<MunicipalCase> Read(Stream stream, CaseFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new CaseFileOptions();
        using var culture = MessageCulture.Use(options.Culture);
        var file = options.FileName ?? StreamName;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
            {
                return Fail(file, DomainErrors.CaseFiles.TooLarge(stream.Length - stream.Position, options.MaxBytes));
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return Fail(file, DomainErrors.CaseFiles.TooLarge(buffer.Length + read, options.MaxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file, options);
        }
        catch (IOException exception)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (UnauthorizedAccessException exception)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (Exception exception) when (exception is NotSupportedException or ObjectDisposedException)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable("the stream cannot be read.", "поток не читается."));
        }
    }

    /// <summary>Reads a case file from disk; a file larger than <see cref="CaseFileOptions.MaxBytes"/> is refused before it is read.</summary>
    /// <param name="path">The file's path; diagnostics name it (unless <see cref="CaseFileOptions.FileName"/> is set).</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The cases, or every problem found (MD1006 when the file cannot be opened, or the path is blank or not valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Result<MunicipalCase> Read(string path, CaseFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var named = new CaseFileOptions
        {
            MaxBytes = options?.MaxBytes ?? CaseFileOptions.DefaultMaxBytes,
            MaxDepth = options?.MaxDepth ?? CaseFileOptions.DefaultMaxDepth,
            MaxStringLength = options?.MaxStringLength ?? CaseFileOptions.DefaultMaxStringLength,
            FileName = options?.FileName ?? path,
            Culture = options?.Culture,
        };
        using var culture = MessageCulture.Use(named.Culture);
        if (string.IsNullOrWhiteSpace(path))
        {
            return Fail(named.FileName, DomainErrors.CaseFiles.NotReadable("the path is empty.", "путь к файлу пуст."));
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(named.FileName, DomainErrors.CaseFiles.NotReadable("the file does not exist.", "файл не существует."));
            }

            if (info.Length > named.MaxBytes)
            {
                return Fail(named.FileName, DomainErrors.CaseFiles.TooLarge(info.Length, named.MaxBytes));
            }

            using var stream = info.OpenRead();
            return Read(stream, named);
        }
        catch (IOException exception)
        {
            return Fail(named.FileName, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (UnauthorizedAccessException exception)
        {
            return Fail(named.FileName, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Fail(named.FileName, DomainErrors.CaseFiles.NotReadable("the path is not a valid file path.", "путь к файлу недопустим."));
        }
    }

    /// <summary>Reads a case file from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The cases, or every problem found.</returns>
    public static Result<MunicipalCase> Read(ReadOnlySpan<byte> utf8Json, CaseFileOptions? options = null)
    {
        options ??= new CaseFileOptions();
        using var culture = MessageCulture.Use(options.Culture);
        var file = options.FileName ?? StreamName;
        return utf8Json.Length > options.MaxBytes
            ? Fail(file, DomainErrors.CaseFiles.TooLarge(utf8Json.Length, options.MaxBytes))
            : Parse(utf8Json.ToArray(), file, options);
    }

    /// <summary>Writes one organization's case as a case file (UTF-8, indented, codes for enums, <c>yyyy-MM-dd</c> dates).</summary>
    /// <param name="mentoringCase">The case.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(MentoringCase mentoringCase, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(mentoringCase);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, CaseFileWriter.Root(mentoringCase), Context.RootDto);
    }

    /// <summary>Writes a municipality's cases as a municipal case file (<c>municipality</c> and <c>organizations</c>).</summary>
    /// <param name="municipalCase">The cases.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(MunicipalCase municipalCase, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(municipalCase);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, CaseFileWriter.Root(municipalCase), Context.RootDto);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A bad document must give a diagnostic, never an exception: a defect of the reader is reported as MD1010.")]
    private static Result<MunicipalCase> Parse(ReadOnlyMemory<byte> json, string file, CaseFileOptions options)
    {
        try
        {
            if (json.Span.StartsWith("\uFEFF"u8))
            {
                json = json[3..];
            }

            if (JsonPositionIndex.Check(json.Span, options) is { } syntax)
            {
                var (line, column) = new TextPositions(json).At(syntax.Offset);
                return Result<MunicipalCase>.Invalid(DocumentLocation.Locate(syntax.Error, file, line, column));
            }

            var errors = new List<ValidationError>();
            var bad = new HashSet<string>(StringComparer.Ordinal);
            var repeated = new HashSet<ValidationError>(ReferenceEqualityComparer.Instance);
            byte[] cleaned;
            var documentOptions = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = Math.Clamp(options.MaxDepth, 1, 1000) + 1 };
            using (var document = JsonDocument.Parse(json, documentOptions))
            {
                cleaned = ShapeChecker.Clean<RootDto>(Context, document.RootElement, errors, bad, repeated);
            }

            var root = JsonSerializer.Deserialize(cleaned, Context.RootDto);
            var result = new CaseFileMapper(errors, bad).Map(root);
            if (errors.Count == 0)
            {
                return result is null ? Fail(file, DomainErrors.CaseFiles.Shape()) : Result<MunicipalCase>.Success(result);
            }

            var places = JsonPositionIndex.Locate(json, errors.Select(e => string.IsNullOrEmpty(e.Identifier) ? JsonPaths.Root : e.Identifier));
            var diagnostics = errors
                .Select(e => (Error: e, Position: places.Find(string.IsNullOrEmpty(e.Identifier) ? JsonPaths.Root : e.Identifier, repeated.Contains(e))))
                .OrderBy(x => x.Position.Line)
                .ThenBy(x => x.Position.Column)
                .Select(x => DocumentLocation.Locate(x.Error, file, x.Position.Line, x.Position.Column))
                .ToArray();
            return Result<MunicipalCase>.Invalid(diagnostics);
        }
        catch (Exception)
        {
            return Fail(file, DomainErrors.CaseFiles.Unexpected());
        }
    }

    private static Result<MunicipalCase> Fail(string file, ValidationError error) => Result<MunicipalCase>.Invalid(DocumentLocation.Locate(error, file, 0, 0));
}
