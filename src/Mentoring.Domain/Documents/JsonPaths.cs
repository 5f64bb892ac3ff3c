using System.Globalization;
using System.Text.Json;

namespace Mentoring.Domain.Documents;

/// <summary>JSON paths in the form diagnostics show them: <c>$</c>, <c>$.pairs[2].mentors[0]</c>, <c>$['$schema']</c>.</summary>
internal static class JsonPaths
{
    internal const string Root = "$";

    internal static string Property(string parent, string name) =>
        IsSimple(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    internal static string Item(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>Appends a relative target (<c>term.end</c>, <c>pairs[2].mentors[0]</c>) to a path.</summary>
    internal static string Join(string parent, string? relative) =>
        string.IsNullOrEmpty(relative) ? parent : relative[0] == '[' ? parent + relative : $"{parent}.{relative}";

    /// <summary>The enclosing path, or null at the root.</summary>
    internal static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            return path[..path.LastIndexOf("['", StringComparison.Ordinal)];
        }

        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? Root : path[..cut];
    }

    private static bool IsSimple(string name) =>
        name.Length != 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}

/// <summary>
/// The first pass over a document: checks that it is well-formed UTF-8 JSON within the limits of
/// <see cref="CaseFileOptions"/>, and, when errors need places, where the values of the paths they name are.
/// </summary>
internal static class JsonPositionIndex
{
    /// <summary>Reads the whole document once, linear in its size; returns the first syntax, encoding or limit error with its byte offset.</summary>
    internal static (ValidationError Error, long Offset)? Check(ReadOnlySpan<byte> json, CaseFileOptions options)
    {
        var invalid = TextPositions.FirstInvalidUtf8(json);
        if (invalid >= 0)
        {
            var (en, ru) = TextPositions.Describe(json, invalid);
            return (DomainErrors.CaseFiles.InvalidText(en, ru), invalid);
        }

        var maxDepth = Math.Clamp(options.MaxDepth, 1, 1000);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= maxDepth:
                        return (DomainErrors.CaseFiles.TooDeep(maxDepth), reader.TokenStartIndex);
                    case JsonTokenType.String or JsonTokenType.PropertyName:
                        if (reader.ValueSpan.Length > options.MaxStringLength)
                        {
                            var length = System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan);
                            if (length > options.MaxStringLength)
                            {
                                return (DomainErrors.CaseFiles.TextTooLong(length, options.MaxStringLength), reader.TokenStartIndex);
                            }
                        }

                        if (reader.ValueIsEscaped && !CanUnescape(ref reader))
                        {
                            return (DomainErrors.CaseFiles.InvalidText("an escape \\u makes a lone surrogate (half of a character)", "экранирование \\u даёт одиночный суррогат (половину символа)"), reader.TokenStartIndex);
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            // The parser's own message is English and names .NET internals: describe what was found instead.
            var line = exception.LineNumber ?? 0;
            var bytePosition = exception.BytePositionInLine ?? 0;
            var offset = OffsetOf(json, line, bytePosition);
            var (en, ru) = TextPositions.Describe(json, offset);
            return (DomainErrors.CaseFiles.Syntax($"unexpected {en} here.", $"здесь неожиданно встречается {ru}."), offset);
        }

        return null;
    }

    /// <summary>Where the values of <paramref name="wanted"/> paths (and of their repeated properties) start: a second pass, made only when there are errors to place.</summary>
    internal static Located Locate(ReadOnlyMemory<byte> json, IEnumerable<string> wanted)
    {
        var located = new Located(json);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in wanted)
        {
            for (var current = path; current is not null && set.Add(current); current = JsonPaths.Parent(current))
            {
            }
        }

        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;
        var repeated = false;
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 1001 });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = JsonPaths.Property(frames.Peek().Path, reader.GetString() ?? string.Empty);
                    repeated = set.Contains(pendingProperty) && !seenNames.Add(pendingProperty);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    string path;
                    if (frames.Count == 0)
                    {
                        path = JsonPaths.Root;
                    }
                    else if (frames.Peek().IsArray)
                    {
                        var frame = frames.Pop();
                        path = JsonPaths.Item(frame.Path, frame.Next);
                        frames.Push(frame with { Next = frame.Next + 1 });
                    }
                    else
                    {
                        path = pendingProperty ?? JsonPaths.Root;
                    }

                    if (set.Contains(path))
                    {
                        if (repeated)
                        {
                            located.Repeats.TryAdd(path, reader.TokenStartIndex);
                        }
                        else
                        {
                            located.Values.TryAdd(path, reader.TokenStartIndex);
                        }
                    }

                    repeated = false;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    }

                    break;
            }
        }

        return located;
    }

    private static bool CanUnescape(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static long OffsetOf(ReadOnlySpan<byte> json, long line, long bytePositionInLine)
    {
        long start = 0;
        for (var i = 0; i < json.Length && line > 0; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line--;
                start = i + 1;
            }
        }

        return start + bytePositionInLine;
    }

    /// <summary>The places found by <see cref="Locate"/>: value offsets by path, and the offsets of repeated properties' second values.</summary>
    internal sealed class Located(ReadOnlyMemory<byte> json)
    {
        private TextPositions? _positions;

        internal Dictionary<string, long> Values { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, long> Repeats { get; } = new(StringComparer.Ordinal);

        /// <summary>The line and column of a path's value (of its second occurrence when <paramref name="repeat"/>), or of its nearest enclosing path.</summary>
        internal (int Line, int Column) Find(string path, bool repeat)
        {
            if (repeat && Repeats.TryGetValue(path, out var second))
            {
                return At(second);
            }

            for (var current = path; current is not null; current = JsonPaths.Parent(current))
            {
                if (Values.TryGetValue(current, out var offset))
                {
                    return At(offset);
                }
            }

            return (1, 1);
        }

        internal (int Line, int Column) At(long offset) => (_positions ??= new TextPositions(json)).At(offset);
    }
}
