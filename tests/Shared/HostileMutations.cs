using System.Text;

namespace Mentoring.Testing.Fuzzing;

/// <summary>
/// Mutates a bundled document the way hostile or broken exports do: byte flips, truncation, deleted ranges,
/// inserted hostile tokens, a value swapped for one of another type, a date or number pushed to the ends of the
/// calendar or of the number types, Unicode digits and lone surrogates. Shared by the test projects' fuzz
/// properties (linked as a source file); each mutation is chosen by small integers, so FsCheck shrinks it.
/// </summary>
internal static class HostileMutations
{
    /// <summary>The number of mutation kinds <see cref="Apply"/> knows.</summary>
    internal const int Kinds = 7;

    /// <summary>Tokens and values inserted or swapped in: other types, huge and tiny numbers, extreme dates, Unicode digits, lone surrogates, nesting.</summary>
    internal static readonly string[] Payloads =
    [
        "\"٣٥\"", "\"３５\"", "٣٥", "３５", "\"\\uD800\"", "\"x\\uDC00y\"", "1e400", "-1e400", "123456789012345678901234567890",
        "-99999999999999999999", "0.0000000000000000000000000000001", "\"0000-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"2024-02-30\"", "\"31.12.9999\"", "\"00.00.0000\"", "[[[[[[[[", "{", "}", "]", ",", ":", "null", "true", "false", "\"\"", "[]", "{}",
        "\"Школа № 1 «Ёлочка»\"", "\"😀\"", "2147483648", "-2147483649", "4294967296", "\"до ٣٠.٠٦.٢٠٢٤\"", "\"01.01.0000\"",
        "\"ежегодно\"", "\"31.02.2023\"", "\"XFD1048576\"", "\"\\u0000\"",
    ];

    /// <summary>Applies mutation <paramref name="kind"/> at <paramref name="position"/> (taken modulo the length) with payload <paramref name="payload"/>.</summary>
    internal static byte[] Apply(byte[] original, int kind, int position, int payload, byte value)
    {
        if (original.Length == 0)
        {
            return original;
        }

        var at = position % original.Length;
        var token = Encoding.UTF8.GetBytes(Payloads[payload % Payloads.Length]);
        switch (kind % Kinds)
        {
            case 0:
                var flipped = (byte[])original.Clone();
                flipped[at] ^= (byte)(value == 0 ? 0x80 : value);
                return flipped;
            case 1:
                return original[..at];
            case 2:
                return [.. original[..at], .. original[Math.Min(original.Length, at + 1 + (value % 16))..]];
            case 3:
                return [.. original[..at], .. token, .. original[at..]];
            case 4:
                return SwapValue(original, at, token);
            case 5:
                return SwapLike(original, at, token, IsDateStart);
            default:
                // Raw bytes that are not UTF-8: a lone surrogate encoded as CESU (ED A0 80), a stray continuation byte, an overlong form.
                byte[][] raw = [[0xED, 0xA0, 0x80], [0x80], [0xC0, 0xAF], [0xFF], [0xF4, 0x90, 0x80, 0x80]];
                return [.. original[..at], .. raw[value % raw.Length], .. original[at..]];
        }
    }

    /// <summary>Replaces the JSON value after the first ':' at or after <paramref name="at"/> (up to the next ',', '}' or ']').</summary>
    private static byte[] SwapValue(byte[] text, int at, byte[] token)
    {
        var colon = Array.IndexOf(text, (byte)':', at);
        if (colon < 0)
        {
            return [.. text[..at], .. token, .. text[at..]];
        }

        var end = colon + 1;
        var inString = false;
        for (; end < text.Length; end++)
        {
            var b = text[end];
            if (b == (byte)'"' && text[end - 1] != (byte)'\\')
            {
                inString = !inString;
            }
            else if (!inString && b is (byte)',' or (byte)'}' or (byte)']' or (byte)'{' or (byte)'[')
            {
                break;
            }
        }

        return [.. text[..(colon + 1)], (byte)' ', .. token, .. text[end..]];
    }

    /// <summary>Replaces the next quoted value that <paramref name="starts"/> recognises (a date) with the token.</summary>
    private static byte[] SwapLike(byte[] text, int at, byte[] token, Func<byte[], int, bool> starts)
    {
        for (var i = at; i < text.Length - 1; i++)
        {
            if (text[i] == (byte)'"' && starts(text, i + 1))
            {
                var close = Array.IndexOf(text, (byte)'"', i + 1);
                if (close > 0)
                {
                    return [.. text[..i], .. token, .. text[(close + 1)..]];
                }
            }
        }

        return [.. text[..at], .. token, .. text[at..]];
    }

    private static bool IsDateStart(byte[] text, int i) =>
        i + 10 <= text.Length && char.IsAsciiDigit((char)text[i]) && char.IsAsciiDigit((char)text[i + 3]) && text[i + 4] == (byte)'-' && text[i + 7] == (byte)'-';
}
