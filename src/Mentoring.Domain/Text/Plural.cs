using System.Globalization;

namespace Mentoring.Domain;

/// <summary>The CLDR plural categories used by <see cref="Plural"/>.</summary>
/// <remarks>Unicode CLDR, «Language Plural Rules» (ru: one, few, many; en: one, other); readings.md, «Russian text».</remarks>
public enum PluralCategory
{
    /// <summary>«one»: ru 1, 21, 101 (n % 10 = 1 and n % 100 ≠ 11); en 1.</summary>
    One = 1,

    /// <summary>«few»: ru 2–4, 22–24 (n % 10 in 2..4 and n % 100 not in 12..14).</summary>
    Few = 2,

    /// <summary>«many»: ru 0, 5–20, 25–30, 11–14, 111 (every other whole number).</summary>
    Many = 3,

    /// <summary>«other»: en every number but 1.</summary>
    Other = 4,
}

/// <summary>
/// Agreement of a noun with a whole number by the CLDR plural rules for Russian and English: «1 мероприятие,
/// 3 мероприятия, 5 мероприятий», «1 mentee, 2 mentees».
/// </summary>
/// <remarks>
/// readings.md, «Russian text»: numbers agree with nouns by the Russian plural rules, and "1 mentee(s)" has its English
/// counterpart. Whole numbers only; a negative number takes the form of its absolute value (CLDR's <c>n</c>). Numbers are
/// written with invariant digits and no group separator (1000, not «1 000»).
/// </remarks>
public static class Plural
{
    /// <summary>The Russian plural category of a whole number.</summary>
    /// <param name="n">The number.</param>
    /// <returns><see cref="PluralCategory.One"/>, <see cref="PluralCategory.Few"/> or <see cref="PluralCategory.Many"/>.</returns>
    /// <remarks>CLDR ru: one when n % 10 = 1 and n % 100 ≠ 11; few when n % 10 in 2..4 and n % 100 not in 12..14; many otherwise.</remarks>
    public static PluralCategory RussianCategory(long n)
    {
        var lastTwo = Math.Abs(n % 100);
        var last = lastTwo % 10;
        if (last == 1 && lastTwo != 11)
        {
            return PluralCategory.One;
        }

        return last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? PluralCategory.Few : PluralCategory.Many;
    }

    /// <summary>The English plural category of a whole number.</summary>
    /// <param name="n">The number.</param>
    /// <returns><see cref="PluralCategory.One"/> for 1 and −1, otherwise <see cref="PluralCategory.Other"/>.</returns>
    /// <remarks>CLDR en (integers): one when n = 1; other otherwise.</remarks>
    public static PluralCategory EnglishCategory(long n) => n is 1 or -1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary>The Russian form of a noun that agrees with <paramref name="n"/>: <c>Ru(3, "мероприятие", "мероприятия", "мероприятий")</c> is «мероприятия».</summary>
    /// <param name="n">The number.</param>
    /// <param name="one">The form for 1, 21, 101 («мероприятие», «год»).</param>
    /// <param name="few">The form for 2–4, 22–24 («мероприятия», «года»).</param>
    /// <param name="many">The form for 0, 5–20, 11–14 («мероприятий», «лет»).</param>
    /// <returns>One of the three forms.</returns>
    /// <remarks>readings.md, «Russian text»; CLDR ru.</remarks>
    public static string Ru(long n, string one, string few, string many)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(few);
        ArgumentNullException.ThrowIfNull(many);
        return RussianCategory(n) switch
        {
            PluralCategory.One => one,
            PluralCategory.Few => few,
            _ => many,
        };
    }

    /// <summary>The number followed by the agreeing Russian form: «3 мероприятия», «5 лет».</summary>
    /// <param name="n">The number.</param>
    /// <param name="one">The form for 1, 21, 101.</param>
    /// <param name="few">The form for 2–4, 22–24.</param>
    /// <param name="many">The form for 0, 5–20, 11–14.</param>
    /// <returns>The number and the noun, separated by a space.</returns>
    /// <remarks>readings.md, «Russian text»; CLDR ru.</remarks>
    public static string RuWithNumber(long n, string one, string few, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + Ru(n, one, few, many);

    /// <summary>The English form of a noun that agrees with <paramref name="n"/>: <c>En(2, "mentee", "mentees")</c> is "mentees".</summary>
    /// <param name="n">The number.</param>
    /// <param name="one">The singular.</param>
    /// <param name="other">The plural.</param>
    /// <returns>One of the two forms.</returns>
    /// <remarks>readings.md, «Russian text» ("1 mentee(s)" has its English counterpart); CLDR en.</remarks>
    public static string En(long n, string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return EnglishCategory(n) == PluralCategory.One ? one : other;
    }

    /// <summary>The number followed by the agreeing English form: "1 mentee", "2 mentees".</summary>
    /// <param name="n">The number.</param>
    /// <param name="one">The singular.</param>
    /// <param name="other">The plural.</param>
    /// <returns>The number and the noun, separated by a space.</returns>
    /// <remarks>readings.md, «Russian text»; CLDR en.</remarks>
    public static string EnWithNumber(long n, string one, string other) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + En(n, one, other);
}
