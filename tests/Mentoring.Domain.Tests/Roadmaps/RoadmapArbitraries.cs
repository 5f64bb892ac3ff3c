using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Tests.Roadmaps;

/// <summary>The text of a deadline, as a roadmap writes it.</summary>
public readonly record struct DeadlineText(string Text);

/// <summary>The years (of 2021–2024) a yearly activity was done in, and the day it is looked at (2022–2024).</summary>
public sealed record YearlyCompletions(IReadOnlyList<int> Years, DateOnly AsOf);

/// <summary>The generators of the roadmaps' property tests (FsCheck picks them by type).</summary>
public static class RoadmapArbitraries
{
    /// <summary>Dates, months, quarters, yearly months and the words for open deadlines.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DeadlineText> DeadlineTexts() =>
        Gen.OneOf(
                from d in Gen.Choose(1, 28) from m in Gen.Choose(1, 12) from y in Gen.Choose(2000, 2040) select $"до {d:00}.{m:00}.{y}",
                Gen.Zip(Gen.Elements(Deadline.MonthNames), Gen.Choose(2000, 2040)).Select(t => $"{t.Item1} {t.Item2} г."),
                Gen.Zip(Gen.Elements("I", "II", "III", "IV"), Gen.Choose(2000, 2040)).Select(t => $"{t.Item1} квартал {t.Item2}"),
                Gen.Zip(Gen.Elements(Deadline.MonthNames), Gen.Elements(Deadline.MonthNames)).Select(t => $"ежегодно ({t.Item1}, {t.Item2})"),
                Gen.Elements("постоянно", "в течение года", "по отдельному графику", "2023 год 2024 год"))
            .Select(text => new DeadlineText(text))
            .ToArbitrary();

    /// <summary>Any sublist of 2021–2024 and any day of 2022–2024.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<YearlyCompletions> YearlyCompletions() =>
        (from years in Gen.SubListOf(new[] { 2021, 2022, 2023, 2024 })
         from asOfDay in Gen.Choose(0, 365 * 3)
         select new YearlyCompletions([.. years], new DateOnly(2022, 1, 1).AddDays(asOfDay)))
            .ToArbitrary();
}
