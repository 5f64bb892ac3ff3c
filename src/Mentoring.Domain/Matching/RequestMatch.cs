using System.Text;

namespace Mentoring.Domain.Matching;

/// <summary>
/// The word-stem overlap between a mentee's request and a mentor's competences: the one implementation behind the rule
/// <c>pair.profile-matches-request</c> and the profile criterion of matching (<see cref="MatchCriterion.Profile"/>).
/// </summary>
/// <remarks>
/// <para>
/// 002 «Процесс формирования пар»: «профессиональный профиль или личный (компетентностный) опыт наставника должны
/// соответствовать запросам наставляемого». Texts are split into words at every character that is not a letter or
/// digit, and compared case-insensitively (ё is read as е). A word counts when it has at least
/// <see cref="MinWordLength"/> letters, or when it is an abbreviation written in capitals of two letters or more (ИКТ,
/// ОГЭ). Words too general to say anything about a profile are dropped: those beginning with работ-, вопрос-, навык-,
/// умени-, помощ-, поддерж-, развит-, деятельн-, педагог-, учител-, язык-, опыт-, област-, сфер-, уров(е)н-,
/// повышени-, профессион-, компетен-, организаци-, образовательн-, процесс-, затруднени-, подготовк-.
/// </para>
/// <para>
/// A word's stem is its first <see cref="StemLength"/> letters, but never the whole of a word longer than
/// <see cref="MinWordLength"/> letters (its last letter is taken for an ending): «математика», «математике» →
/// «матем»; «химия», «химии» → «хими»; a four-letter word or an abbreviation is its own stem. Two stems match when
/// one begins with the other («урок» and «уроко» of «уроков»), and two texts match when a stem of one matches a stem
/// of the other. This is deliberately simple and predictable: it may accept a loose match, never one with no word
/// in common.
/// </para>
/// </remarks>
public static class RequestMatch
{
    /// <summary>The shortest ordinary word that counts.</summary>
    public const int MinWordLength = 4;

    /// <summary>The most letters of a stem.</summary>
    public const int StemLength = 5;

    private static readonly string[] GeneralPrefixes =
    [
        "работ", "вопрос", "навык", "умени", "помощ", "поддерж", "развит", "деятельн", "педагог", "учител", "язык",
        "опыт", "област", "сфер", "уровен", "уровн", "повышени", "профессион", "компетен", "организаци",
        "образовательн", "процесс", "затруднени", "подготовк",
    ];

    /// <summary>The stems of a text, without the general words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stems, distinct.</returns>
    public static IReadOnlySet<string> Stems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var capitals = true;
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                capitals &= !char.IsLetter(c) || char.IsUpper(c);
                var lower = char.ToLowerInvariant(c);
                word.Append(lower == 'ё' ? 'е' : lower);
                continue;
            }

            if (Stem(word.ToString(), capitals) is { } stem)
            {
                stems.Add(stem);
            }

            word.Clear();
            capitals = true;
        }

        return stems;
    }

    /// <summary>The stems a request shares with competences, the request against every competence.</summary>
    /// <param name="request">The mentee's request.</param>
    /// <param name="competences">The mentor's competences.</param>
    /// <returns>The shared stems (the shorter of each matching two), ordered.</returns>
    public static IReadOnlyList<string> Shared(string request, IEnumerable<string> competences)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(competences);
        return Shared(Stems(request), competences.SelectMany(Stems));
    }

    /// <summary>The shared stems of two stem sets (the shorter of each matching two), ordered.</summary>
    internal static IReadOnlyList<string> Shared(IEnumerable<string> wanted, IEnumerable<string> offered)
    {
        var asked = wanted.ToList();
        var shared = offered.SelectMany(o => asked
            .Where(a => Matches(a, o))
            .Select(a => o.Length <= a.Length ? o : a));
        return [.. shared.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>How many of the wanted stems some offered stem matches.</summary>
    internal static int Covered(string[] wanted, string[] offered)
    {
        var covered = 0;
        foreach (var asked in wanted)
        {
            foreach (var stem in offered)
            {
                if (Matches(asked, stem))
                {
                    covered++;
                    break;
                }
            }
        }

        return covered;
    }

    private static bool Matches(string asked, string offered) =>
        offered.StartsWith(asked, StringComparison.Ordinal) || asked.StartsWith(offered, StringComparison.Ordinal);

    private static string? Stem(string word, bool capitals)
    {
        if (capitals && word.Length >= 2 && word.Any(char.IsLetter))
        {
            return word;
        }

        if (word.Length < MinWordLength || GeneralPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        return word.Length == MinWordLength ? word : word[..Math.Min(StemLength, word.Length - 1)];
    }
}
