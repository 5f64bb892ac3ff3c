using System.Collections.Concurrent;

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

    /// <summary>The most texts whose stems are kept (<see cref="StemsOf"/>); beyond it stems are computed each time.</summary>
    private const int CacheLimit = 4096;

    /// <summary>The stems of texts already seen, in the order of first occurrence: the same texts recur across pairs.</summary>
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The stems of a text, without the general words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stems, distinct.</returns>
    public static IReadOnlySet<string> Stems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HashSet<string>(StemsOf(text), StringComparer.Ordinal);
    }

    /// <summary>The stems a request shares with competences, the request against every competence.</summary>
    /// <param name="request">The mentee's request.</param>
    /// <param name="competences">The mentor's competences.</param>
    /// <returns>The shared stems (the shorter of each matching two), ordered.</returns>
    public static IReadOnlyList<string> Shared(string request, IEnumerable<string> competences)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(competences);
        var asked = StemsOf(request);
        HashSet<string>? shared = null;
        foreach (var competence in competences)
        {
            foreach (var offered in StemsOf(competence))
            {
                foreach (var wanted in asked)
                {
                    if (Matches(wanted, offered))
                    {
                        (shared ??= new HashSet<string>(StringComparer.Ordinal)).Add(offered.Length <= wanted.Length ? offered : wanted);
                    }
                }
            }
        }

        return Ordered(shared);
    }

    /// <summary>
    /// Whether a request shares a stem with some competence: whether <see cref="Shared(string, IEnumerable{string})"/>
    /// would list any, answered at the first match without listing them.
    /// </summary>
    /// <param name="request">The mentee's request.</param>
    /// <param name="competences">The mentor's competences.</param>
    /// <returns>True when some stem of the request matches some stem of a competence.</returns>
    public static bool SharesStem(string request, IEnumerable<string> competences)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(competences);
        var asked = StemsOf(request);
        if (asked.Length == 0)
        {
            return false;
        }

        foreach (var competence in competences)
        {
            foreach (var offered in StemsOf(competence))
            {
                foreach (var wanted in asked)
                {
                    if (Matches(wanted, offered))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The shared stems of two stem sets (the shorter of each matching two), ordered.</summary>
    internal static IReadOnlyList<string> Shared(IEnumerable<string> wanted, IEnumerable<string> offered)
    {
        var asked = wanted as IReadOnlyList<string> ?? [.. wanted];
        HashSet<string>? shared = null;
        foreach (var o in offered)
        {
            foreach (var a in asked)
            {
                if (Matches(a, o))
                {
                    (shared ??= new HashSet<string>(StringComparer.Ordinal)).Add(o.Length <= a.Length ? o : a);
                }
            }
        }

        return Ordered(shared);
    }

    /// <summary>
    /// The stems of a text, distinct, in the order of first occurrence; computed once per text (up to
    /// <see cref="CacheLimit"/> texts). The array is shared: never change it.
    /// </summary>
    internal static string[] StemsOf(string text)
    {
        if (Cache.TryGetValue(text, out var stems))
        {
            return stems;
        }

        stems = Compute(text);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(text, stems);
        }

        return stems;
    }

    private static string[] Ordered(HashSet<string>? shared)
    {
        if (shared is null)
        {
            return [];
        }

        var ordered = shared.ToArray();
        Array.Sort(ordered, StringComparer.Ordinal);
        return ordered;
    }

    private static string[] Compute(string text)
    {
        var stems = new List<string>();
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var capitals = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                capitals &= !char.IsLetter(c) || char.IsUpper(c);
                var lower = char.ToLowerInvariant(c);
                buffer[length++] = lower == 'ё' ? 'е' : lower;
                continue;
            }

            if (Stem(buffer[..length], capitals) is { } stem && !stems.Contains(stem, StringComparer.Ordinal))
            {
                stems.Add(stem);
            }

            length = 0;
            capitals = true;
        }

        return [.. stems];
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

    private static string? Stem(ReadOnlySpan<char> word, bool capitals)
    {
        if (capitals && word.Length >= 2 && HasLetter(word))
        {
            return word.ToString();
        }

        if (word.Length < MinWordLength)
        {
            return null;
        }

        foreach (var prefix in GeneralPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return word.Length == MinWordLength ? word.ToString() : word[..Math.Min(StemLength, word.Length - 1)].ToString();
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
