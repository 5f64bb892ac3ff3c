using Mentoring.Domain;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>The numbers and dates the program and completion rules print, agreeing with their nouns.</summary>
/// <remarks>readings.md, «Russian text»: numbers agree with nouns by the Russian plural rules (<see cref="Plural"/>).</remarks>
internal static class ProgramTexts
{
    /// <summary>«1 месяц», «3 месяца», «12 месяцев» (nominative or accusative: «длится 3 месяца»).</summary>
    internal static string Months(int n) => Plural.RuWithNumber(n, "месяц", "месяца", "месяцев");

    /// <summary>«1 месяца», «3 месяцев», «12 месяцев» (genitive: «не менее 3 месяцев», «дольше 12 месяцев»).</summary>
    internal static string MonthsGenitive(int n) => Plural.RuWithNumber(n, "месяца", "месяцев", "месяцев");

    /// <summary>"1 month", "3 months".</summary>
    internal static string MonthsEn(int n) => Plural.EnWithNumber(n, "month", "months");

    /// <summary>«1 мероприятие», «3 мероприятия», «5 мероприятий».</summary>
    internal static string Activities(int n) => Plural.RuWithNumber(n, "мероприятие", "мероприятия", "мероприятий");

    /// <summary>"1 activity", "3 activities".</summary>
    internal static string ActivitiesEn(int n) => Plural.EnWithNumber(n, "activity", "activities");

    /// <summary>«1 рабочий день», «3 рабочих дня», «5 рабочих дней» (accusative: «за 3 рабочих дня»).</summary>
    internal static string WorkingDays(int n) => Plural.RuWithNumber(n, "рабочий день", "рабочих дня", "рабочих дней");

    /// <summary>"1 working day", "3 working days".</summary>
    internal static string WorkingDaysEn(int n) => Plural.EnWithNumber(n, "working day", "working days");

    /// <summary>The text ending with one full stop: a list that ends with initials («Сидорова А. И.») gets no second one.</summary>
    internal static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>«01.09.2023».</summary>
    internal static string Ru(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"2023-09-01".</summary>
    internal static string En(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
