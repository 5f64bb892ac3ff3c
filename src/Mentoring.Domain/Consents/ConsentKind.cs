namespace Mentoring.Domain.Consents;

/// <summary>What a consent (согласие) agrees to.</summary>
/// <remarks>002 §2, model roadmap stages 2–3; 003 §2.3–2.4, §2.6; TK 351.8.</remarks>
public enum ConsentKind
{
    /// <summary>A teacher's consent to work as a mentor (003 §2.3; TK 351.8).</summary>
    MentorParticipation = 1,

    /// <summary>A mentee's consent to take part in a mentoring program (003 §2.1, §2.4).</summary>
    MenteeParticipation = 2,

    /// <summary>A legal representative's consent to a minor mentee's participation (003 §2.4).</summary>
    LegalRepresentative = 3,

    /// <summary>A participant's consent to the extra duties of a fixed pair or group (002 §2; 003 §2.6).</summary>
    PairingDuties = 4,

    /// <summary>Consent to the processing of personal data (002 model roadmap stages 2–3; 004).</summary>
    PersonalData = 5,
}

/// <summary>The vocabulary of <see cref="ConsentKind"/>.</summary>
public static class ConsentKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ConsentKind> Vocabulary { get; } = Vocabulary<ConsentKind>.For("kind")
        .Add(ConsentKind.MentorParticipation, "mentor-participation", "согласие наставника на работу наставником", "mentor's consent to mentor", "003 §2.3; TK 351.8", "согласие наставника")
        .Add(ConsentKind.MenteeParticipation, "mentee-participation", "согласие наставляемого на участие в программе наставничества", "mentee's consent to take part", "003 §2.1, §2.4", "согласие наставляемого")
        .Add(ConsentKind.LegalRepresentative, "legal-representative", "согласие законного представителя несовершеннолетнего наставляемого", "legal representative's consent for a minor", "003 §2.4", "согласие законного представителя")
        .Add(ConsentKind.PairingDuties, "pairing-duties", "согласие на возложение дополнительных обязанностей, связанных с наставнической деятельностью", "consent to the extra duties of mentoring", "002 §2; 003 §2.6", "согласие на дополнительные обязанности")
        .Add(ConsentKind.PersonalData, "personal-data", "согласие на обработку персональных данных", "consent to the processing of personal data", "002 МР stages 2–3; 004 roadmap stages 2–3", "согласие на сбор и обработку персональных данных")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ConsentKind> Term(this ConsentKind kind) => Vocabulary[kind];
}
