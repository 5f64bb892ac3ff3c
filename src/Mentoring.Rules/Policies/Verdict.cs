namespace Mentoring.Rules.Policies;

/// <summary>
/// What a policy rule says about its subjects when it fires: the outcome, the subjects, a message in Russian and
/// English, and for <see cref="Outcome.Unknown"/> the facts that are missing. Rules emit verdicts with
/// <c>ctx.Emit(...)</c>; the validator turns them into findings with the rule's metadata.
/// </summary>
public sealed class Verdict
{
    private Verdict(Outcome outcome, string messageRu, string messageEn, IReadOnlyList<Subject> subjects, IReadOnlyList<string> missing)
    {
        Outcome = outcome;
        MessageRu = messageRu;
        MessageEn = messageEn;
        Subjects = subjects;
        Missing = missing;
    }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>The message in Russian.</summary>
    public string MessageRu { get; }

    /// <summary>The message in English.</summary>
    public string MessageEn { get; }

    /// <summary>The subjects, the main one first.</summary>
    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>The facts that are missing (for <see cref="Outcome.Unknown"/>), in Russian.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The rule holds.</summary>
    /// <param name="ru">The message in Russian.</param>
    /// <param name="en">The message in English.</param>
    /// <param name="subjects">The subjects, the main one first.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Satisfied(string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Satisfied, ru, en, subjects, []);

    /// <summary>The rule is broken.</summary>
    /// <param name="ru">The message in Russian, naming the people and documents involved.</param>
    /// <param name="en">The message in English.</param>
    /// <param name="subjects">The subjects, the main one first.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Violated(string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Violated, ru, en, subjects, []);

    /// <summary>The rule does not apply to these subjects.</summary>
    /// <param name="ru">Why, in Russian.</param>
    /// <param name="en">Why, in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotApplicable(string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.NotApplicable, ru, en, subjects, []);

    /// <summary>The rule cannot be decided: facts it needs are missing.</summary>
    /// <param name="missing">What is missing, in Russian (e.g. «дата рождения Иванова И. И.»).</param>
    /// <param name="ru">The message in Russian.</param>
    /// <param name="en">The message in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Unknown(IEnumerable<string> missing, string ru, string en, params IEnumerable<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var list = missing.ToArray();
        return list.Length == 0
            ? throw new ArgumentException("An unknown verdict names what is missing.", nameof(missing))
            : Create(Outcome.Unknown, ru, en, subjects, list);
    }

    private static Verdict Create(Outcome outcome, string ru, string en, IEnumerable<Subject> subjects, IReadOnlyList<string> missing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ru);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        ArgumentNullException.ThrowIfNull(subjects);
        return new Verdict(outcome, ru, en, Distinct(subjects), missing);
    }

    /// <summary>The subjects without repeats, first occurrences in order (as <c>Distinct</c>, without its set for a few).</summary>
    private static Subject[] Distinct(IEnumerable<Subject> subjects)
    {
        var all = subjects.ToArray();
        if (all.Length > 16)
        {
            return [.. all.Distinct()];
        }

        var count = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < count; j++)
            {
                if (EqualityComparer<Subject>.Default.Equals(all[j], all[i]))
                {
                    repeated = true;
                    break;
                }
            }

            if (!repeated)
            {
                all[count++] = all[i];
            }
        }

        return count == all.Length ? all : all[..count];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Outcome}: {MessageEn}";
}
