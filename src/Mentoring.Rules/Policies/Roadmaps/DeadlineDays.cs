using Mentoring.Domain.Calendar;

namespace Mentoring.Rules.Policies.Roadmaps;

/// <summary>
/// The day a deadline falls due, as readings.md reads deadlines: «до DATE» includes DATE, a month-only deadline is the
/// month's last day, and a deadline on a non-working day moves to the next working day (ГК РФ, ст. 193), by the
/// production calendar. A deadline is missed only from the day after its due day.
/// </summary>
internal static class DeadlineDays
{
    /// <summary>The due day of a deadline: the deadline, or the next working day when it falls on a non-working one.</summary>
    internal static DateOnly Due(DateOnly deadline) => ProductionCalendar.Russia.ShiftDeadline(deadline).Value;

    /// <summary>The last day of a month-only deadline («декабрь 2023»), before any shift.</summary>
    internal static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The deadline for a message: «31.12.2023 (нерабочий день, срок переносится на 09.01.2024: ГК РФ, ст. 193)» or «31.08.2022».</summary>
    internal static string Ru(DateOnly deadline)
    {
        var due = Due(deadline);
        return due == deadline ? $"{deadline:dd.MM.yyyy}" : $"{deadline:dd.MM.yyyy} (нерабочий день, срок переносится на {due:dd.MM.yyyy}: ГК РФ, ст. 193)";
    }

    /// <summary>The deadline for an English message: "2023-12-31 (a non-working day; due 2024-01-09, Civil Code art. 193)".</summary>
    internal static string En(DateOnly deadline)
    {
        var due = Due(deadline);
        return due == deadline ? $"{deadline:yyyy-MM-dd}" : $"{deadline:yyyy-MM-dd} (a non-working day; due {due:yyyy-MM-dd}, Civil Code art. 193)";
    }
}
