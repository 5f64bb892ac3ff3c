namespace Mentoring.Domain.Programs;

/// <summary>Where a personalized program is in its life cycle.</summary>
/// <remarks>002 §1 (понятия), «Завершение персонализированной программы наставничества».</remarks>
public enum ProgramStatus
{
    /// <summary>«проект»: drafted, not yet approved.</summary>
    Draft = 1,

    /// <summary>«утверждена»: approved, not yet started.</summary>
    Approved = 2,

    /// <summary>«реализуется»: running.</summary>
    Active = 3,

    /// <summary>«завершена»: ended.</summary>
    Completed = 4,

    /// <summary>«прекращена досрочно»: ended early.</summary>
    Terminated = 5,
}

/// <summary>The vocabulary of <see cref="ProgramStatus"/>.</summary>
public static class ProgramStatuses
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ProgramStatus> Vocabulary { get; } = Vocabulary<ProgramStatus>.For("status")
        .Add(ProgramStatus.Draft, "draft", "проект", "draft", "002 §1")
        .Add(ProgramStatus.Approved, "approved", "утверждена", "approved", "002 §1")
        .Add(ProgramStatus.Active, "active", "реализуется", "active", "002 §1")
        .Add(ProgramStatus.Completed, "completed", "завершена", "completed", "002 «Завершение»")
        .Add(ProgramStatus.Terminated, "terminated", "прекращена досрочно", "terminated early", "002 «Завершение»")
        .Build();

    /// <summary>The term of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ProgramStatus> Term(this ProgramStatus status) => Vocabulary[status];

    /// <summary>True for <see cref="ProgramStatus.Completed"/> and <see cref="ProgramStatus.Terminated"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when the program has ended.</returns>
    public static bool IsFinished(this ProgramStatus status) => status is ProgramStatus.Completed or ProgramStatus.Terminated;
}
