using System.Globalization;

namespace Mentoring.Regulations.Extraction;

/// <summary>
/// Reads Russian cardinal numbers written in words, in the forms legal texts use: «один», «одного», «двух», «трёх»/«трех»,
/// «пяти», «двадцати пяти», «полутора»; and in figures with or without a case ending («3», «3-х», «5-ти», «3х»).
/// </summary>
/// <remarks>
/// No morphology library: every case form of 1–20, the tens and «полтора» is listed. Values are whole numbers except
/// «полтора»/«полутора», which is 1.5 (read as 18 months by the term extractor).
/// </remarks>
internal static class RussianNumbers
{
    private static readonly Dictionary<string, decimal> Words = Build();

    /// <summary>The regular expression alternative of every number word (longest first), for use inside patterns.</summary>
    public static string WordPattern { get; } = string.Join("|", Words.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace("ё", "[её]", StringComparison.Ordinal)));

    /// <summary>Reads one number: figures (with an optional case ending) or one or two number words («двадцати пяти»).</summary>
    /// <param name="text">The text of the number alone.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is a number.</returns>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var t = text.Trim().ToLowerInvariant().Replace('ё', 'е');
        if (t.Length == 0)
        {
            return false;
        }

        // Figures: «3», «3-х», «5-ти», «3х», «1,5».
        var digits = 0;
        while (digits < t.Length && (char.IsAsciiDigit(t[digits]) || (digits > 0 && t[digits] is ',' or '.' && digits + 1 < t.Length && char.IsAsciiDigit(t[digits + 1]))))
        {
            digits++;
        }

        if (digits > 0)
        {
            var rest = t[digits..].TrimStart('-', '–');
            if (rest.Length > 3 || rest.Any(c => !char.IsLetter(c)))
            {
                return false;
            }

            return decimal.TryParse(t[..digits].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        var parts = t.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            return false;
        }

        decimal total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!Words.TryGetValue(parts[i], out var part))
            {
                return false;
            }

            // «двадцати пяти»: a ten, then a unit; «пяти двадцати» is no number.
            if (i == 1 && (total % 10 != 0 || total < 20 || part >= 10 || part < 1 || part != decimal.Truncate(part)))
            {
                return false;
            }

            total += part;
        }

        value = total;
        return true;
    }

    private static Dictionary<string, decimal> Build()
    {
        var words = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Add(decimal value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[form.Replace('ё', 'е')] = value;
            }
        }

        Add(1, "один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "одно");
        Add(2, "два", "две", "двух", "двум", "двумя");
        Add(3, "три", "трех", "трем", "тремя");
        Add(4, "четыре", "четырех", "четырем", "четырьмя");
        Add(1.5m, "полтора", "полторы", "полутора");
        string[] soft = ["пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать", "двадцать", "тридцать"];
        decimal[] values = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30];
        for (var i = 0; i < soft.Length; i++)
        {
            var stem = soft[i][..^1];
            // «восемь» has a fleeting vowel: «восьми».
            var oblique = soft[i] == "восемь" ? "восьми" : stem + "и";
            Add(values[i], soft[i], oblique, stem + "ью", soft[i] == "восемь" ? "восьмью" : stem + "ью");
        }

        Add(40, "сорок", "сорока");
        Add(50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        Add(60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        Add(70, "семьдесят", "семидесяти", "семьюдесятью");
        Add(80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        Add(90, "девяносто", "девяноста");
        return words;
    }
}
