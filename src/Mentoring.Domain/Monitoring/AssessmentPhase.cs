namespace Mentoring.Domain.Monitoring;

/// <summary>When a participant is assessed in the two-phase monitoring.</summary>
/// <remarks>003 §7.2–7.5: the first phase before entering a program, the second after completing it.</remarks>
public enum AssessmentPhase
{
    /// <summary>«до входа в программу»: the first phase.</summary>
    BeforeEntry = 1,

    /// <summary>«по завершении программы»: the second phase.</summary>
    AfterCompletion = 2,
}

/// <summary>The vocabulary of <see cref="AssessmentPhase"/>.</summary>
public static class AssessmentPhases
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<AssessmentPhase> Vocabulary { get; } = Vocabulary<AssessmentPhase>.For("phase")
        .Add(AssessmentPhase.BeforeEntry, "before-entry", "до входа в программу", "before entering the program", "003 §7.2–7.4", "первый этап мониторинга")
        .Add(AssessmentPhase.AfterCompletion, "after-completion", "по завершении программы", "after completing the program", "003 §7.5", "второй этап мониторинга")
        .Build();

    /// <summary>The term of a phase.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>Its code and names.</returns>
    public static Term<AssessmentPhase> Term(this AssessmentPhase phase) => Vocabulary[phase];
}
