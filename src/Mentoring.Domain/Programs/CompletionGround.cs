namespace Mentoring.Domain.Programs;

/// <summary>The ground on which a personalized program ends.</summary>
/// <remarks>002 «Завершение персонализированной программы наставничества».</remarks>
public enum CompletionGround
{
    /// <summary>«завершение плана мероприятий персонализированной программы наставничества в полном объёме».</summary>
    PlanCompleted = 1,

    /// <summary>«по инициативе наставника или наставляемого и/или обоюдному решению (по уважительным обстоятельствам)».</summary>
    ParticipantInitiative = 2,

    /// <summary>«по инициативе куратора (в случае недолжного исполнения … в силу различных обстоятельств … – форс-мажора)».</summary>
    CuratorInitiative = 3,
}

/// <summary>The vocabulary of <see cref="CompletionGround"/>.</summary>
public static class CompletionGrounds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<CompletionGround> Vocabulary { get; } = Vocabulary<CompletionGround>.For("completion.ground")
        .Add(CompletionGround.PlanCompleted, "plan-completed", "выполнение плана мероприятий в полном объёме", "the plan of activities completed in full", "002 «Завершение»", "завершение плана мероприятий в полном объеме", "выполнение плана")
        .Add(CompletionGround.ParticipantInitiative, "participant-initiative", "по инициативе наставника или наставляемого и/или обоюдному решению (по уважительным обстоятельствам)", "on the initiative of the mentor or the mentee and/or by their mutual decision, for good reasons", "002 «Завершение»", "по инициативе наставника", "по инициативе наставляемого", "по обоюдному решению")
        .Add(CompletionGround.CuratorInitiative, "curator-initiative", "по инициативе куратора (в случае недолжного исполнения программы в силу форс-мажора)", "on the curator's initiative, for improper execution (force majeure)", "002 «Завершение»", "по инициативе куратора")
        .Build();

    /// <summary>The term of a ground.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>Its code and names.</returns>
    public static Term<CompletionGround> Term(this CompletionGround ground) => Vocabulary[ground];

    /// <summary>True for the grounds of an early ending: the participants' or the curator's initiative.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>True unless the ground is <see cref="CompletionGround.PlanCompleted"/>.</returns>
    public static bool IsEarly(this CompletionGround ground) => ground is CompletionGround.ParticipantInitiative or CompletionGround.CuratorInitiative;
}
