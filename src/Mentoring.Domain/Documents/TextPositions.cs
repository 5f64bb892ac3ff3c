using System.Text;
using System.Text.Unicode;

namespace Mentoring.Domain.Documents;

/// <summary>
/// Turns byte offsets of a UTF-8 text into 1-based lines and columns in one pass over the text, built once: the
/// start of every line and, every <see cref="Block"/> bytes, the number of UTF-16 characters before it. A lookup
/// then costs a binary search and at most one block's scan, so locating every error of a minified one-line
/// document stays linear in its size.
/// </summary>
/// <remarks>
/// Columns count UTF-16 characters (what editors such as Visual Studio Code show): a Cyrillic letter is one, a
/// character outside the Basic Multilingual Plane (an emoji) two. A byte that cannot start a UTF-8 sequence counts as one.
/// </remarks>
internal sealed class TextPositions
{
    private const int Block = 4096;

    private readonly ReadOnlyMemory<byte> _text;
    private readonly List<int> _lineStarts = [0];
    private readonly long[] _charsBefore;

    internal TextPositions(ReadOnlyMemory<byte> text)
    {
        _text = text;
        var span = text.Span;
        _charsBefore = new long[(span.Length / Block) + 1];
        long chars = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i % Block == 0)
            {
                _charsBefore[i / Block] = chars;
            }

            var b = span[i];
            if (b == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }

            chars += Units(b);
        }

        if (span.Length % Block == 0)
        {
            _charsBefore[span.Length / Block] = chars;
        }
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    internal (int Line, int Column) At(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(at);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, (int)Math.Min(int.MaxValue, CharsBefore(at) - CharsBefore(_lineStarts[line]) + 1));
    }

    /// <summary>The 1-based line and column of a 0-based line and byte position in it, as <see cref="System.Text.Json.JsonException"/> reports them.</summary>
    internal (int Line, int Column) At(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return At(_lineStarts[line] + bytePositionInLine);
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when the text is valid.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            return -1;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>A short description of the bytes at an offset for messages: the character, or «end of the document».</summary>
    internal static (string En, string Ru) Describe(ReadOnlySpan<byte> text, long offset)
    {
        if (offset < 0 || offset >= text.Length)
        {
            return ("the end of the document", "конец документа");
        }

        var status = Rune.DecodeFromUtf8(text[(int)offset..], out var rune, out _);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var hex = $"0x{text[(int)offset]:X2}";
            return ($"the byte {hex}, which is not UTF-8", $"байт {hex}, недопустимый в UTF-8");
        }

        var shown = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : rune.ToString();
        return ($"the character «{shown}»", $"символ «{shown}»");
    }

    private static int Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    private long CharsBefore(int offset)
    {
        var span = _text.Span;
        var block = offset / Block;
        var chars = _charsBefore[block];
        for (var i = block * Block; i < offset; i++)
        {
            chars += Units(span[i]);
        }

        return chars;
    }
}
