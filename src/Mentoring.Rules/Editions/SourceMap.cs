using System.Globalization;
using System.Text.Json;

namespace Mentoring.Rules.Editions;

/// <summary>
/// Where each field of an edition file is: the byte offset of every property name and every value, by path
/// (<c>rules.&lt;id&gt;.parameters.&lt;name&gt;</c>, <c>overlays[0]</c>), turned into 1-based line and column on demand.
/// </summary>
internal sealed class SourceMap
{
    private readonly byte[] _text;
    private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    private SourceMap(byte[] text, string origin)
    {
        _text = text;
        Origin = origin;
    }

    /// <summary>The file (or other origin) the text comes from.</summary>
    public string Origin { get; }

    /// <summary>The properties that occur more than once in the same object: the path and the offset of the repeat.</summary>
    public List<(string Path, long Offset)> Duplicates { get; } = [];

    /// <summary>Walks the whole text with <see cref="Utf8JsonReader"/>, recording positions.</summary>
    /// <param name="text">The UTF-8 text, without a byte-order mark.</param>
    /// <param name="origin">The file name for messages.</param>
    /// <param name="options">The reader options (comments, trailing commas).</param>
    /// <returns>The map; throws <see cref="JsonException"/> on malformed JSON.</returns>
    public static SourceMap Build(byte[] text, string origin, JsonReaderOptions options)
    {
        var map = new SourceMap(text, origin);
        var reader = new Utf8JsonReader(text, options);
        var frames = new Stack<(string Path, bool IsArray, int Index)>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    {
                        var parent = frames.Peek().Path;
                        pendingName = Join(parent, reader.GetString() ?? string.Empty);
                        if (!map._names.TryAdd(pendingName, reader.TokenStartIndex))
                        {
                            map.Duplicates.Add((pendingName, reader.TokenStartIndex));
                        }

                        break;
                    }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                case JsonTokenType.Comment:
                case JsonTokenType.None:
                    break;
                default:
                    {
                        string path;
                        if (frames.Count == 0)
                        {
                            path = string.Empty;
                        }
                        else if (frames.Peek().IsArray)
                        {
                            var (arrayPath, _, index) = frames.Pop();
                            frames.Push((arrayPath, true, index + 1));
                            path = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");
                        }
                        else
                        {
                            path = pendingName ?? string.Empty;
                        }

                        map._values.TryAdd(path, reader.TokenStartIndex);
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                        }

                        break;
                    }
            }
        }

        return map;
    }

    /// <summary>The path of a property inside an object at <paramref name="parent"/>.</summary>
    /// <param name="parent">The object's path; empty for the root.</param>
    /// <param name="name">The property.</param>
    /// <returns>The joined path.</returns>
    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    /// <summary>Where a field is: <c>file:line:column</c> of its value (or of its name), falling back to the nearest enclosing field.</summary>
    /// <param name="path">The field's path.</param>
    /// <param name="preferName">True to point at the property name (unknown or duplicate fields) rather than the value.</param>
    /// <returns>The location.</returns>
    public string Locate(string path, bool preferName = false)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (Offset(p, preferName) is { } offset)
            {
                return Locate(offset);
            }

            if (p.Length == 0)
            {
                return Locate(0);
            }
        }
    }

    /// <summary>Where a byte offset is: <c>file:line:column</c>.</summary>
    /// <param name="offset">The byte offset into the text.</param>
    /// <returns>The location.</returns>
    public string Locate(long offset)
    {
        var (line, column) = Position(_text, offset);
        return Format(Origin, line, column);
    }

    /// <summary>Formats a location as <c>file:line:column</c>.</summary>
    /// <param name="origin">The file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The location.</returns>
    public static string Format(string origin, long line, long column) =>
        string.Create(CultureInfo.InvariantCulture, $"{origin}:{line}:{column}");

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    /// <param name="text">The UTF-8 text.</param>
    /// <param name="offset">The byte offset.</param>
    /// <returns>The line and column.</returns>
    public static (long Line, long Column) Position(byte[] text, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, text.Length);
        long line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Characters(text, lineStart, end) + 1);
    }

    /// <summary>The 1-based column (in characters) of a byte position within a 0-based line, as <see cref="JsonException"/> reports them.</summary>
    /// <param name="text">The UTF-8 text.</param>
    /// <param name="line">The 0-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte position within the line.</param>
    /// <returns>The 1-based column.</returns>
    public static long Column(byte[] text, long line, long bytePositionInLine)
    {
        var lineStart = 0;
        for (var i = 0; i < text.Length && line > 0; i++)
        {
            if (text[i] == (byte)'\n')
            {
                line--;
                lineStart = i + 1;
            }
        }

        var end = (int)Math.Clamp(lineStart + bytePositionInLine, lineStart, text.Length);
        return Characters(text, lineStart, end) + 1;
    }

    private static long Characters(byte[] text, int from, int to)
    {
        long count = 0;
        for (var i = from; i < to; i++)
        {
            // Count every byte that starts a UTF-8 sequence (not a continuation byte 10xxxxxx).
            if ((text[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private long? Offset(string path, bool preferName)
    {
        if (preferName && _names.TryGetValue(path, out var name))
        {
            return name;
        }

        if (_values.TryGetValue(path, out var value))
        {
            return value;
        }

        return _names.TryGetValue(path, out var fallback) ? fallback : null;
    }

    private static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            var bracket = path.LastIndexOf('[');
            return bracket > 0 ? path[..bracket] : string.Empty;
        }

        // Rule identifiers contain dots: "rules.a.b.parameters.x" → "rules.a.b.parameters" → "rules.a.b" → ...
        // Walking up one dot at a time still reaches every enclosing field, since each is a prefix.
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : string.Empty;
    }
}
