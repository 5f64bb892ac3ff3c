namespace Mentoring.Domain.Consents;

/// <summary>What a consent record says: the consent was given, refused, or not given.</summary>
/// <remarks>
/// readings.md, principle 2: no consent recorded is unknown, never refused; a case file can record that a consent was
/// refused or not given, and the consent rules treat such a record as the clause's consent missing for certain.
/// </remarks>
public enum ConsentStatus
{
    /// <summary>The consent was given («согласие дано»).</summary>
    Given = 1,

    /// <summary>The person refused to give it («отказ от дачи согласия»).</summary>
    Refused = 2,

    /// <summary>The organization records that it was not given (not asked for, or not returned) («согласие не дано»).</summary>
    NotGiven = 3,
}

/// <summary>The vocabulary of <see cref="ConsentStatus"/>.</summary>
public static class ConsentStatuses
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ConsentStatus> Vocabulary { get; } = Vocabulary<ConsentStatus>.For("status")
        .Add(ConsentStatus.Given, "given", "согласие дано", "consent given", "002 §2; 003 §2.3–2.4", "дано")
        .Add(ConsentStatus.Refused, "refused", "отказ от дачи согласия", "consent refused", "002 §2; 003 §2.3–2.4", "отказ")
        .Add(ConsentStatus.NotGiven, "not-given", "согласие не дано", "consent not given", "002 §2; 003 §2.3–2.4", "не дано")
        .Build();

    /// <summary>The term of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ConsentStatus> Term(this ConsentStatus status) => Vocabulary[status];
}
