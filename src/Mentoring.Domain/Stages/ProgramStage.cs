namespace Mentoring.Domain.Stages;

/// <summary>A stage of a mentoring cycle in an organization (этап реализации целевой модели наставничества).</summary>
/// <remarks>003 §5.1–5.6: подготовительный, проектировочный, реализационный, рефлексивно-аналитический, результативный.</remarks>
public enum ProgramStage
{
    /// <summary>«подготовительный» (003 §5.2).</summary>
    Preparatory = 1,

    /// <summary>«проектировочный» (003 §5.3).</summary>
    Design = 2,

    /// <summary>«реализационный» (003 §5.4).</summary>
    Implementation = 3,

    /// <summary>«рефлексивно-аналитический» (003 §5.5).</summary>
    ReflectiveAnalytical = 4,

    /// <summary>«результативный» (003 §5.6).</summary>
    Outcome = 5,
}

/// <summary>The vocabulary of <see cref="ProgramStage"/>.</summary>
public static class ProgramStages
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ProgramStage> Vocabulary { get; } = Vocabulary<ProgramStage>.For("stage")
        .Add(ProgramStage.Preparatory, "preparatory", "подготовительный", "preparatory", "003 §5.2")
        .Add(ProgramStage.Design, "design", "проектировочный", "design", "003 §5.3")
        .Add(ProgramStage.Implementation, "implementation", "реализационный", "implementation", "003 §5.4")
        .Add(ProgramStage.ReflectiveAnalytical, "reflective-analytical", "рефлексивно-аналитический", "reflective and analytical", "003 §5.5")
        .Add(ProgramStage.Outcome, "outcome", "результативный", "outcome", "003 §5.6")
        .Build();

    /// <summary>The term of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ProgramStage> Term(this ProgramStage stage) => Vocabulary[stage];
}
