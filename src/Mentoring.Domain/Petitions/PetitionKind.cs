namespace Mentoring.Domain.Petitions;

/// <summary>What a petition to the curator and the head asks for.</summary>
/// <remarks>002 §4 (права наставника; права наставляемого).</remarks>
public enum PetitionKind
{
    /// <summary>A mentor asks to be released from the duties of mentor («заявление о сложении обязанностей наставника»).</summary>
    MentorRelease = 1,

    /// <summary>A mentee asks to replace the mentor («ходатайство о замене наставника»).</summary>
    MentorReplacement = 2,
}

/// <summary>The vocabulary of <see cref="PetitionKind"/>.</summary>
public static class PetitionKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<PetitionKind> Vocabulary { get; } = Vocabulary<PetitionKind>.For("kind")
        .Add(PetitionKind.MentorRelease, "mentor-release", "заявление о сложении обязанностей наставника", "mentor's request to be released", "002 §4 (права наставника)", "сложение обязанностей наставника")
        .Add(PetitionKind.MentorReplacement, "mentor-replacement", "ходатайство о замене наставника", "mentee's petition to replace the mentor", "002 §4 (права наставляемого)", "замена наставника")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<PetitionKind> Term(this PetitionKind kind) => Vocabulary[kind];
}

/// <summary>The decision on a petition.</summary>
/// <remarks>002 §4: the curator and the head decide.</remarks>
public enum PetitionOutcome
{
    /// <summary>Granted («удовлетворено»).</summary>
    Granted = 1,

    /// <summary>Refused («отклонено»).</summary>
    Refused = 2,
}

/// <summary>The vocabulary of <see cref="PetitionOutcome"/>.</summary>
public static class PetitionOutcomes
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<PetitionOutcome> Vocabulary { get; } = Vocabulary<PetitionOutcome>.For("outcome")
        .Add(PetitionOutcome.Granted, "granted", "удовлетворено", "granted", "002 §4")
        .Add(PetitionOutcome.Refused, "refused", "отклонено", "refused", "002 §4", "в удовлетворении отказано")
        .Build();

    /// <summary>The term of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its code and names.</returns>
    public static Term<PetitionOutcome> Term(this PetitionOutcome outcome) => Vocabulary[outcome];
}
