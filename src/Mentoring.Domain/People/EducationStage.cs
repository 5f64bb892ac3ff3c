namespace Mentoring.Domain.People;

/// <summary>The stage of general education a student is at, given by the grade.</summary>
/// <remarks>003 §4.2 («ученик – ученик»: the mentor studies at a higher stage); Federal Law 273-ФЗ art. 66.</remarks>
public enum EducationStage
{
    /// <summary>Primary general education, grades 1–4 («начальное общее образование»).</summary>
    Primary = 1,

    /// <summary>Basic general education, grades 5–9 («основное общее образование»).</summary>
    Basic = 2,

    /// <summary>Secondary general education, grades 10–11 («среднее общее образование»).</summary>
    Secondary = 3,
}

/// <summary>The vocabulary of <see cref="EducationStage"/> and the stage of a grade.</summary>
public static class EducationStages
{
    /// <summary>The lowest grade of general education.</summary>
    public const int FirstGrade = 1;

    /// <summary>The highest grade of general education.</summary>
    public const int LastGrade = 11;

    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<EducationStage> Vocabulary { get; } = Vocabulary<EducationStage>.For("stage")
        .Add(EducationStage.Primary, "primary", "начальное общее образование", "primary general education", "003 §4.2", "начальное общее")
        .Add(EducationStage.Basic, "basic", "основное общее образование", "basic general education", "003 §4.2", "основное общее")
        .Add(EducationStage.Secondary, "secondary", "среднее общее образование", "secondary general education", "003 §4.2", "среднее общее")
        .Build();

    /// <summary>The term of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its code and names.</returns>
    public static Term<EducationStage> Term(this EducationStage stage) => Vocabulary[stage];

    /// <summary>The stage of a grade: 1–4 primary, 5–9 basic, 10–11 secondary.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The stage, or null for a number that is not a grade of general education.</returns>
    public static EducationStage? OfGrade(int grade) => grade switch
    {
        >= 1 and <= 4 => EducationStage.Primary,
        >= 5 and <= 9 => EducationStage.Basic,
        >= 10 and <= 11 => EducationStage.Secondary,
        _ => null,
    };
}
