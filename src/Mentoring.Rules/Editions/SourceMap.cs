using System.Globalization;
using System.Text.Json;
using Mentoring.Rules.Policies;

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
    private const int Block = 4096;
    private List<int>? _lineStarts;
    private long[]? _charsBefore;

    private SourceMap(byte[] text, string origin)
    {
        _text = text;
        Origin = origin;
    }

    /// <summary>The file (or other origin) the text comes from.</summary>
    public string Origin { get; }

    /// <summary>The properties that occur more than once in the same object: the path and the offset of the repeat.</summary>
    public List<(string Path, long Offset)> Duplicates { get; } = [];

    /// <summary>
    /// Walks the whole text once with <see cref="Utf8JsonReader"/>, recording positions and checking the limits and
    /// the encoding; the first problem (malformed JSON, invalid UTF-8, a lone surrogate, too deep, too long a text)
    /// comes back in <paramref name="problem"/> with its byte offset, described in both languages.
    /// </summary>
    /// <param name="text">The UTF-8 text, without a byte-order mark.</param>
    /// <param name="origin">The file name for messages.</param>
    /// <param name="options">The reader options (comments, trailing commas).</param>
    /// <param name="limits">The limits.</param>
    /// <param name="problem">The first problem, or null.</param>
    /// <returns>The map.</returns>
    public static SourceMap Build(byte[] text, string origin, JsonReaderOptions options, EditionFileOptions limits, out (ValidationError Error, long Offset)? problem)
    {
        var map = new SourceMap(text, origin);
        problem = null;
        var invalid = FirstInvalidUtf8(text);
        if (invalid >= 0)
        {
            var (en, ru) = Describe(text, invalid);
            problem = (RuleErrors.EditionInvalidText(en, ru), invalid);
            return map;
        }

        var maxDepth = Math.Clamp(limits.MaxDepth, 1, 1000);
        var reader = new Utf8JsonReader(text, options with { MaxDepth = maxDepth + 1 });
        var frames = new Stack<(string Path, bool IsArray, int Index)>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    if (reader.ValueSpan.Length > limits.MaxStringLength && System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan) is var length && length > limits.MaxStringLength)
                    {
                        problem = (RuleErrors.EditionTextTooLong(length, limits.MaxStringLength), reader.TokenStartIndex);
                        return map;
                    }

                    if (reader.ValueIsEscaped && !CanUnescape(ref reader))
                    {
                        problem = (RuleErrors.EditionInvalidText("an escape \\u makes a lone surrogate (half of a character)", "экранирование \\u даёт одиночный суррогат (половину символа)"), reader.TokenStartIndex);
                        return map;
                    }
                }

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
                            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                            {
                                problem = (RuleErrors.EditionTooDeep(maxDepth), reader.TokenStartIndex);
                                return map;
                            }

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
        }
        catch (JsonException e)
        {
            // The parser's own message is English and names .NET internals: describe what was found instead.
            var offset = map.Offset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var (en, ru) = Describe(text, offset);
            problem = (RuleErrors.EditionUnreadable($"malformed JSON: unexpected {en} here", $"ошибка в JSON: здесь неожиданно встречается {ru}"), offset);
        }

        return map;
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

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static (string En, string Ru) Describe(ReadOnlySpan<byte> text, long offset)
    {
        if (offset < 0 || offset >= text.Length)
        {
            return ("the end of the file", "конец файла");
        }

        if (System.Text.Rune.DecodeFromUtf8(text[(int)offset..], out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            var hex = $"0x{text[(int)offset]:X2}";
            return ($"the byte {hex}, which is not UTF-8", $"байт {hex}, недопустимый в UTF-8");
        }

        var shown = System.Text.Rune.IsControl(rune) || System.Text.Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : rune.ToString();
        return ($"the character «{shown}»", $"символ «{shown}»");
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
        var (line, column) = Position(offset);
        return Format(Origin, line, column);
    }

    /// <summary>Formats a location as <c>file(line,column)</c>, the form of every document location (case files, tables).</summary>
    /// <param name="origin">The file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The location.</returns>
    public static string Format(string origin, long line, long column) =>
        string.Create(CultureInfo.InvariantCulture, $"{origin}({line},{column})");

    /// <summary>
    /// The 1-based line and column of a byte offset. Columns count UTF-16 characters (a Cyrillic letter is one, an
    /// emoji two), as editors show them. The start of every line is indexed once, so a lookup costs a binary search
    /// and a scan of the line up to the offset.
    /// </summary>
    /// <param name="offset">The byte offset.</param>
    /// <returns>The line and column.</returns>
    public (long Line, long Column) Position(long offset)
    {
        var end = (int)Math.Clamp(offset, 0, _text.Length);
        var starts = LineStarts();
        var line = starts.BinarySearch(end);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, CharsBefore(end) - CharsBefore(starts[line]) + 1);
    }

    private long Offset(long zeroBasedLine, long bytePositionInLine)
    {
        var starts = LineStarts();
        return starts[(int)Math.Clamp(zeroBasedLine, 0, starts.Count - 1)] + bytePositionInLine;
    }

    private List<int> LineStarts()
    {
        if (_lineStarts is null)
        {
            // One pass: the start of every line, and the UTF-16 characters before every block of bytes.
            _lineStarts = [0];
            _charsBefore = new long[(_text.Length / Block) + 1];
            long chars = 0;
            for (var i = 0; i < _text.Length; i++)
            {
                if (i % Block == 0)
                {
                    _charsBefore[i / Block] = chars;
                }

                if (_text[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }

                chars += Units(_text[i]);
            }

            if (_text.Length % Block == 0)
            {
                _charsBefore[_text.Length / Block] = chars;
            }
        }

        return _lineStarts;
    }

    /// <summary>The UTF-16 characters before a byte offset: a block's count and at most one block's scan.</summary>
    private long CharsBefore(int offset)
    {
        var block = offset / Block;
        var chars = _charsBefore![block];
        for (var i = block * Block; i < offset; i++)
        {
            chars += Units(_text[i]);
        }

        return chars;
    }

    // A byte that starts a UTF-8 sequence is one UTF-16 character, a four-byte sequence's start two; continuation bytes none.
    private static int Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

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
