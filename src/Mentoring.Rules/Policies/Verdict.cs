using System.Runtime.CompilerServices;

namespace Mentoring.Rules.Policies;

/// <summary>
/// What a policy rule says about its subjects when it fires: the outcome, the subjects, a message in Russian and
/// English, and for <see cref="Outcome.Unknown"/> the facts that are missing. Rules emit verdicts with
/// <c>ctx.Emit(...)</c>; the validator turns them into findings with the rule's metadata.
/// </summary>
/// <remarks>
/// The messages may be given as text or as functions that write it. A function runs the first time its message is
/// read, at most once, so a validation whose findings are only counted or filtered by outcome never pays for the
/// wording (most of the cost of a finding). Such a function must read only what it captured and the evaluation, and
/// give the same text whenever it runs.
/// </remarks>
public sealed class Verdict
{
    private readonly Func<string>? _writeRu;
    private readonly Func<string>? _writeEn;
    private string? _messageRu;
    private string? _messageEn;

    private Verdict(Outcome outcome, string? messageRu, string? messageEn, Func<string>? writeRu, Func<string>? writeEn, IReadOnlyList<Subject> subjects, IReadOnlyList<string> missing)
    {
        Outcome = outcome;
        _messageRu = messageRu;
        _messageEn = messageEn;
        _writeRu = writeRu;
        _writeEn = writeEn;
        Subjects = subjects;
        Missing = missing;
    }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>
    /// The severity of this verdict where it is lower than the rule's, or null for the rule's own: a violation of only
    /// some defensible readings of the clause is a warning, and its message says which reading it breaches.
    /// </summary>
    /// <remarks>readings.md, principle 7 (benefit of the doubt).</remarks>
    public Severity? Severity { get; private init; }

    /// <summary>
    /// This verdict as a warning: for a violation of only some defensible readings of the clause (the message says
    /// which), or of a clause the rule infers rather than reads.
    /// </summary>
    /// <returns>A verdict like this one, of severity <see cref="Policies.Severity.Warning"/>.</returns>
    /// <remarks>readings.md, principles 5 and 7.</remarks>
    public Verdict AsWarning() => new(Outcome, _messageRu, _messageEn, _writeRu, _writeEn, Subjects, Missing)
    {
        Severity = Policies.Severity.Warning,
        MissingDocument = MissingDocument,
        Gate = Gate,
    };

    /// <summary>
    /// True for an unknown verdict whose missing fact is a document the regulation requires in writing (a consent, an
    /// order, an addendum): strict validation (<c>ValidationOptions.Strict</c>, <c>--strict</c>) reports it as violated.
    /// </summary>
    /// <remarks>readings.md, principle 2.</remarks>
    public bool MissingDocument { get; private init; }

    /// <summary>Marks an unknown verdict as a missing written document (see <see cref="MissingDocument"/>).</summary>
    /// <returns>A verdict like this one, marked.</returns>
    /// <exception cref="InvalidOperationException">The verdict is not <see cref="Outcome.Unknown"/>.</exception>
    public Verdict AsMissingDocument() => Outcome == Outcome.Unknown
        ? new(Outcome, _messageRu, _messageEn, _writeRu, _writeEn, Subjects, Missing) { Severity = Severity, MissingDocument = true, Gate = Gate }
        : throw new InvalidOperationException("Only an unknown verdict can be a missing document.");

    /// <summary>In strict validation, a missing written document is a violation; any other verdict stays as it is.</summary>
    internal Verdict Strict() => MissingDocument
        ? new(Outcome.Violated, _messageRu, _messageEn, _writeRu, _writeEn, Subjects, Missing) { Severity = Severity, MissingDocument = true, Gate = Gate }
        : this;

    /// <summary>The message in Russian (written on first read when it was given as a function).</summary>
    public string MessageRu => _messageRu ?? Write(ref _messageRu, _writeRu!);

    /// <summary>The message in English (written on first read when it was given as a function).</summary>
    public string MessageEn => _messageEn ?? Write(ref _messageEn, _writeEn!);

    /// <summary>
    /// The lock under which deferred messages are written: the validator sets it to the validation's
    /// <see cref="Evaluation"/>, whose caches the writers share, so that findings read from several threads stay safe.
    /// </summary>
    internal object? Gate { get; set; }

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
        Create(Outcome.Satisfied, Checked(ru), Checked(en), null, null, subjects, []);

    /// <summary>The rule holds; the messages are written when first read.</summary>
    /// <param name="ru">Writes the message in Russian.</param>
    /// <param name="en">Writes the message in English.</param>
    /// <param name="subjects">The subjects, the main one first.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Satisfied(Func<string> ru, Func<string> en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Satisfied, null, null, ru, en, subjects, []);

    /// <summary>The rule is broken.</summary>
    /// <param name="ru">The message in Russian, naming the people and documents involved.</param>
    /// <param name="en">The message in English.</param>
    /// <param name="subjects">The subjects, the main one first.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Violated(string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Violated, Checked(ru), Checked(en), null, null, subjects, []);

    /// <summary>The rule is broken; the messages are written when first read.</summary>
    /// <param name="ru">Writes the message in Russian, naming the people and documents involved.</param>
    /// <param name="en">Writes the message in English.</param>
    /// <param name="subjects">The subjects, the main one first.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Violated(Func<string> ru, Func<string> en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Violated, null, null, ru, en, subjects, []);

    /// <summary>The rule does not apply to these subjects.</summary>
    /// <param name="ru">Why, in Russian.</param>
    /// <param name="en">Why, in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotApplicable(string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.NotApplicable, Checked(ru), Checked(en), null, null, subjects, []);

    /// <summary>The rule does not apply to these subjects; the messages are written when first read.</summary>
    /// <param name="ru">Writes why, in Russian.</param>
    /// <param name="en">Writes why, in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotApplicable(Func<string> ru, Func<string> en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.NotApplicable, null, null, ru, en, subjects, []);

    /// <summary>The rule cannot be decided: facts it needs are missing.</summary>
    /// <param name="missing">What is missing, in Russian (e.g. «дата рождения Иванова И. И.»).</param>
    /// <param name="ru">The message in Russian.</param>
    /// <param name="en">The message in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Unknown(IEnumerable<string> missing, string ru, string en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Unknown, Checked(ru), Checked(en), null, null, subjects, MissingList(missing));

    /// <summary>The rule cannot be decided: facts it needs are missing; the messages are written when first read.</summary>
    /// <param name="missing">What is missing, in Russian (e.g. «дата рождения Иванова И. И.»).</param>
    /// <param name="ru">Writes the message in Russian.</param>
    /// <param name="en">Writes the message in English.</param>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Unknown(IEnumerable<string> missing, Func<string> ru, Func<string> en, params IEnumerable<Subject> subjects) =>
        Create(Outcome.Unknown, null, null, ru, en, subjects, MissingList(missing));

    /// <summary>A verdict from its parts, for the validator's own findings (its subjects as given, already distinct).</summary>
    internal static Verdict Of(Outcome outcome, string ru, string en, IReadOnlyList<Subject> subjects, IReadOnlyList<string> missing) =>
        new(outcome, Checked(ru), Checked(en), null, null, subjects, missing);

    /// <summary>Writes both messages now (live validation does so while the rule fires, so that what they read is recorded).</summary>
    internal void Write()
    {
        _ = MessageRu;
        _ = MessageEn;
    }

    private static string[] MissingList(IEnumerable<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var list = missing.ToArray();
        return list.Length == 0 ? throw new ArgumentException("An unknown verdict names what is missing.", nameof(missing)) : list;
    }

    private static string Checked(string message, [CallerArgumentExpression(nameof(message))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message, name);
        return message;
    }

    private static Verdict Create(Outcome outcome, string? ru, string? en, Func<string>? writeRu, Func<string>? writeEn, IEnumerable<Subject> subjects, IReadOnlyList<string> missing)
    {
        if (ru is null)
        {
            ArgumentNullException.ThrowIfNull(writeRu, nameof(ru));
        }

        if (en is null)
        {
            ArgumentNullException.ThrowIfNull(writeEn, nameof(en));
        }

        ArgumentNullException.ThrowIfNull(subjects);
        return new Verdict(outcome, ru, en, writeRu, writeEn, Distinct(subjects), missing);
    }

    /// <summary>Writes a deferred message once (under <see cref="Gate"/>) and keeps it.</summary>
    private string Write(ref string? message, Func<string> write)
    {
        lock (Gate ?? this)
        {
            if (message is null)
            {
                var text = write();
                message = string.IsNullOrWhiteSpace(text)
                    ? throw new InvalidOperationException($"A rule wrote an empty message for a verdict of {Outcome}.")
                    : text;
            }

            return message;
        }
    }

    /// <summary>The subjects without repeats, first occurrences in order (as <c>Distinct</c>, without its set for a few).</summary>
    private static Subject[] Distinct(IEnumerable<Subject> subjects)
    {
        var all = subjects.ToArray();
        if (all.Length > 16)
        {
            // Many subjects: a set finds the repeats, and the first occurrences are kept in place, in order.
            var seen = new HashSet<Subject>(all.Length);
            var kept = 0;
            foreach (var subject in all)
            {
                if (seen.Add(subject))
                {
                    all[kept++] = subject;
                }
            }

            return kept == all.Length ? all : all[..kept];
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
