namespace Mentoring.Domain.Roadmaps;

/// <summary>The shape of a roadmap deadline as the seeds write it.</summary>
/// <remarks>The «Сроки» columns of the roadmaps in seeds 000, 001, 002, 003 and 004.</remarks>
public enum DeadlineKind
{
    /// <summary>A day: «30.06.2023».</summary>
    OnDate = 1,

    /// <summary>By a day: «до 30.06.2023», «не позднее 30.06.2023».</summary>
    ByDate = 2,

    /// <summary>A period from one day to another: «2022-2024 гг.», «2023 год», «сентябрь-октябрь 2022 г.».</summary>
    Period = 3,

    /// <summary>A calendar month: «октябрь 2021 г.».</summary>
    Month = 4,

    /// <summary>A calendar quarter: «I квартал 2023 г.».</summary>
    Quarter = 5,

    /// <summary>Every year, optionally in given months: «ежегодно», «ежегодно, май», «ноябрь 2022 (далее – ежегодно)».</summary>
    Annually = 6,

    /// <summary>Given months of every year: «июнь, декабрь».</summary>
    RecurringMonths = 7,

    /// <summary>All the time, never overdue: «постоянно», «в течение года», «в течение всего периода».</summary>
    Continuous = 8,

    /// <summary>On a schedule set elsewhere, with no date in the roadmap: «по отдельному графику», «в сроки, определяемые организаторами».</summary>
    Schedule = 9,

    /// <summary>Several deadlines in one cell: «до 30.06.2023, 30.06.2024, 25.12.2024», «февраль - март 2023, февраль - март 2024».</summary>
    Several = 10,
}

/// <summary>The vocabulary of <see cref="DeadlineKind"/>.</summary>
public static class DeadlineKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<DeadlineKind> Vocabulary { get; } = Vocabulary<DeadlineKind>.For("deadline.kind")
        .Add(DeadlineKind.OnDate, "on-date", "в дату", "on a date", "001; 002 district roadmap")
        .Add(DeadlineKind.ByDate, "by-date", "до даты", "by a date", "001 п.2; 002 district roadmap; 004")
        .Add(DeadlineKind.Period, "period", "период", "period", "000; 001; 003")
        .Add(DeadlineKind.Month, "month", "месяц", "month", "001; 002 district roadmap; 003")
        .Add(DeadlineKind.Quarter, "quarter", "квартал", "quarter", "001")
        .Add(DeadlineKind.Annually, "annually", "ежегодно", "annually", "001; 002 district roadmap")
        .Add(DeadlineKind.RecurringMonths, "recurring-months", "по месяцам", "in given months", "001 roadmap 2.5")
        .Add(DeadlineKind.Continuous, "continuous", "постоянно", "continuously", "001; 003", "в течение года")
        .Add(DeadlineKind.Schedule, "schedule", "по отдельному графику", "on a separate schedule", "003; 001 roadmap 4.3")
        .Add(DeadlineKind.Several, "several", "несколько сроков", "several deadlines", "001 roadmap 2.6, 3.7; 000")
        .Build();

    /// <summary>The term of a deadline kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<DeadlineKind> Term(this DeadlineKind kind) => Vocabulary[kind];
}

/// <summary>Where a roadmap activity stands on a given day.</summary>
public enum RoadmapActivityStatus
{
    /// <summary>Done (for a recurring deadline: done for the current occurrence).</summary>
    Done = 1,

    /// <summary>Not done, due within the due-soon window.</summary>
    DueSoon = 2,

    /// <summary>Not done by a deadline that has passed (or done after it).</summary>
    Overdue = 3,

    /// <summary>Not done, due later than the due-soon window.</summary>
    Upcoming = 4,

    /// <summary>Continuous or on a separate schedule: no date to be late for.</summary>
    Continuous = 5,
}
