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
/// The first pass over a document: checks that it is well-formed JSON and records where every value (and every
/// property name) starts, so that later errors can name a line and a column.
/// </summary>
internal sealed class JsonPositionIndex
{
    internal static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private JsonPositionIndex()
    {
    }

    /// <summary>The line and column of a path, or of its nearest enclosing path that the document contains.</summary>
    internal (int Line, int Column) Locate(string path)
    {
        for (var current = path; current is not null; current = JsonPaths.Parent(current))
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return (1, 1);
    }

    /// <summary>Reads the whole document once; on a syntax error, returns the error with its line and column.</summary>
    internal static JsonPositionIndex Build(ReadOnlySpan<byte> json, out ValidationError? syntaxError, out (int Line, int Column) errorPosition)
    {
        var index = new JsonPositionIndex();
        var lines = new LineCounter();
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;
        var reader = new Utf8JsonReader(json, ReaderOptions);
        syntaxError = null;
        errorPosition = (0, 0);
        try
        {
            while (reader.Read())
            {
                var position = lines.At(json, (int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = JsonPaths.Property(frames.Peek().Path, reader.GetString() ?? string.Empty);
                        index._positions.TryAdd(pendingProperty, position);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        string path;
                        if (frames.Count == 0)
                        {
                            path = JsonPaths.Root;
                            index._positions.TryAdd(path, position);
                        }
                        else if (frames.Peek().IsArray)
                        {
                            var frame = frames.Pop();
                            path = JsonPaths.Item(frame.Path, frame.Next);
                            frames.Push(frame with { Next = frame.Next + 1 });
                            index._positions.TryAdd(path, position);
                        }
                        else
                        {
                            path = pendingProperty ?? JsonPaths.Root;
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            var detail = exception.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            syntaxError = DomainErrors.CaseFiles.Syntax(cut > 0 ? detail[..cut] : detail);
            errorPosition = (line, column);
        }
        catch (ArgumentException exception)
        {
            // Invalid UTF-8 in a property name surfaces as an ArgumentException from GetString.
            syntaxError = DomainErrors.CaseFiles.Syntax(exception.Message);
            errorPosition = lines.At(json, (int)reader.TokenStartIndex);
        }
        catch (InvalidOperationException exception)
        {
            syntaxError = DomainErrors.CaseFiles.Syntax(exception.Message);
            errorPosition = lines.At(json, (int)reader.TokenStartIndex);
        }

        return index;
    }

    /// <summary>Turns byte offsets into 1-based lines and columns (columns count characters), scanning forward only.</summary>
    private sealed class LineCounter
    {
        private int _scanned;
        private int _line = 1;
        private int _lineStart;

        internal (int Line, int Column) At(ReadOnlySpan<byte> json, int offset)
        {
            offset = Math.Clamp(offset, 0, json.Length);
            if (offset < _scanned)
            {
                _scanned = 0;
                _line = 1;
                _lineStart = 0;
            }

            for (; _scanned < offset; _scanned++)
            {
                if (json[_scanned] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _scanned + 1;
                }
            }

            var column = 1;
            foreach (var b in json[_lineStart..offset])
            {
                if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return (_line, column);
        }
    }
}
