namespace Mentoring.Domain.Kinds;

/// <summary>A kind of mentoring (вид наставничества; 002 calls these forms too). Kinds combine.</summary>
/// <remarks>002 §1 (виды/формы наставничества); 003 §4.6.</remarks>
public enum MentoringKind
{
    /// <summary>«виртуальное (дистанционное)»: by information and communication technologies.</summary>
    Virtual = 1,

    /// <summary>«в группе»: one mentor, two or more mentees.</summary>
    Group = 2,

    /// <summary>«краткосрочное или целеполагающее»: a set goal and a short term.</summary>
    ShortTerm = 3,

    /// <summary>«реверсивное»: the younger professional mentors the experienced one on new technologies.</summary>
    Reverse = 4,

    /// <summary>«ситуационное»: help at a moment that matters to the mentee.</summary>
    Situational = 5,

    /// <summary>«скоростное»: a single meeting.</summary>
    Speed = 6,

    /// <summary>«традиционное (один-на-один)».</summary>
    Traditional = 7,
}

/// <summary>The vocabulary of <see cref="MentoringKind"/>.</summary>
public static class MentoringKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<MentoringKind> Vocabulary { get; } = Vocabulary<MentoringKind>.For("kinds")
        .Add(MentoringKind.Virtual, "virtual", "виртуальное (дистанционное)", "virtual (remote)", "002 §1; 003 §4.6 п.1", "виртуальное", "дистанционное")
        .Add(MentoringKind.Group, "group", "в группе", "in a group", "002 §1; 003 §4.6 п.2", "групповое")
        .Add(MentoringKind.ShortTerm, "short-term", "краткосрочное или целеполагающее", "short-term or goal-setting", "002 §1; 003 §4.6 п.3", "краткосрочное", "целеполагающее")
        .Add(MentoringKind.Reverse, "reverse", "реверсивное", "reverse", "002 §1; 003 §4.6 п.4")
        .Add(MentoringKind.Situational, "situational", "ситуационное", "situational", "002 §1; 003 §4.6 п.5")
        .Add(MentoringKind.Speed, "speed", "скоростное", "speed", "002 §1; 003 §4.6 п.6")
        .Add(MentoringKind.Traditional, "traditional", "традиционное (один-на-один)", "traditional (one-to-one)", "002 §1; 003 §4.6 п.7", "традиционное", "один-на-один")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<MentoringKind> Term(this MentoringKind kind) => Vocabulary[kind];
}
