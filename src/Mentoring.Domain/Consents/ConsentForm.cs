namespace Mentoring.Domain.Consents;

/// <summary>How a consent is given.</summary>
/// <remarks>002 §2, 003 §2.3 and TK 351.8 require written consent; older regulations speak of mutual consent (rule <c>consent.mentor-written</c>, parameter <c>consentForm</c>).</remarks>
public enum ConsentForm
{
    /// <summary>Written consent («письменное согласие»).</summary>
    Written = 1,

    /// <summary>Mutual consent of the parties, not necessarily in writing («обоюдное согласие»).</summary>
    Mutual = 2,
}

/// <summary>The vocabulary of <see cref="ConsentForm"/>.</summary>
public static class ConsentForms
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ConsentForm> Vocabulary { get; } = Vocabulary<ConsentForm>.For("form")
        .Add(ConsentForm.Written, "written", "письменное согласие", "written consent", "002 §2; 003 §2.3; TK 351.8", "письменное")
        .Add(ConsentForm.Mutual, "mutual", "обоюдное согласие", "mutual consent", "002 «Изменение сроков»", "обоюдное", "взаимное согласие")
        .Build();

    /// <summary>The term of a form.</summary>
    /// <param name="form">The form.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ConsentForm> Term(this ConsentForm form) => Vocabulary[form];
}
