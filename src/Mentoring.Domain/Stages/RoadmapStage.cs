namespace Mentoring.Domain.Stages;

/// <summary>A stage of a school's roadmap for introducing mentoring (этап дорожной карты).</summary>
/// <remarks>002 model roadmap (МР) stages 1–7; 004 roadmap.</remarks>
public enum RoadmapStage
{
    /// <summary>«подготовка условий для реализации системы наставничества».</summary>
    PreparingConditions = 1,

    /// <summary>«формирование банка наставляемых».</summary>
    MenteeBank = 2,

    /// <summary>«формирование банка наставников».</summary>
    MentorBank = 3,

    /// <summary>«отбор и обучение наставников».</summary>
    SelectionAndTraining = 4,

    /// <summary>«организация и осуществление работы наставнических пар (групп)»: forming pairs, personalized programs.</summary>
    PairsAndGroupsWork = 5,

    /// <summary>«завершение персонализированных программ наставничества»: monitoring, council, final event.</summary>
    ProgramsCompletion = 6,

    /// <summary>«информационная поддержка системы наставничества».</summary>
    InformationSupport = 7,
}

/// <summary>The vocabulary of <see cref="RoadmapStage"/>.</summary>
public static class RoadmapStages
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<RoadmapStage> Vocabulary { get; } = Vocabulary<RoadmapStage>.For("roadmapStage")
        .Add(RoadmapStage.PreparingConditions, "preparing-conditions", "подготовка условий для реализации системы наставничества", "preparing the conditions", "002 МР stage 1; 004 п.1", "подготовка условий")
        .Add(RoadmapStage.MenteeBank, "mentee-bank", "формирование банка наставляемых", "forming the bank of mentees", "002 МР stage 2; 004 п.2")
        .Add(RoadmapStage.MentorBank, "mentor-bank", "формирование банка наставников", "forming the bank of mentors", "002 МР stage 3; 004 п.3")
        .Add(RoadmapStage.SelectionAndTraining, "selection-and-training", "отбор и обучение наставников", "selecting and training mentors", "002 МР stage 4; 004 п.4", "отбор и обучение")
        .Add(RoadmapStage.PairsAndGroupsWork, "pairs-and-groups", "организация и осуществление работы наставнических пар (групп)", "organizing the work of pairs and groups", "002 МР stage 5; 004 п.5", "организация работы пар/групп")
        .Add(RoadmapStage.ProgramsCompletion, "programs-completion", "завершение персонализированных программ наставничества", "completing the personalized programs", "002 МР stage 6; 004 п.6", "завершение программ")
        .Add(RoadmapStage.InformationSupport, "information-support", "информационная поддержка системы наставничества", "information support", "002 МР stage 7; 004 п.7", "информационная поддержка")
        .Build();

    /// <summary>The term of a roadmap stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its code and names.</returns>
    public static Term<RoadmapStage> Term(this RoadmapStage stage) => Vocabulary[stage];
}
