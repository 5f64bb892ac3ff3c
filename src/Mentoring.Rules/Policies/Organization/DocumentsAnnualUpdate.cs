using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>(smolensk-2022) The school reviews its Положение and its roadmap each year, in December 2023 and December 2024.</summary>
/// <remarks>
/// <para>
/// 001 roadmap 1.1: «Разработка и утверждение (актуализация) документов … Положение о системе наставничества» with the
/// roadmap, «декабрь 2022 (с 2023 года – ежегодно)», the schools (ОУ) among the responsible. The roadmap runs 2022–2024,
/// so the yearly reviews are December 2023 and December 2024 (parameter <c>dueMonths</c>: the last day of each month);
/// a month-only deadline is the month's last day, moved to the next working day when that day is not one (31.12.2023
/// to 09.01.2024; 31.12.2024, a non-working day by ПП № 1314, to 09.01.2025).
/// </para>
/// <para>
/// A review counts when the case records it (<see cref="OrganizationRecords.DocumentReviews"/>; a review without a new
/// edition satisfies it) or when an order approves the document (a new edition). Two readings of «ежегодно» after
/// «декабрь»: in December of the year, or at any time in the year. Reviewed in the year but not in December breaches only
/// the first: a warning naming it; not reviewed in the year at all breaches both: a violation. When the case records no
/// review at all, a review without a new edition cannot be ruled out: unknown. A document the school had not approved
/// by a due day owes no review for it.
/// </para>
/// <para>Judged on: each due day (December 2023, December 2024, moved as above), against the dates of the reviews and orders on or before it.</para>
/// </remarks>
[JudgedOn("each due day (December 2023, December 2024, moved as above), against the dates of the reviews and orders on or before it.")]
[Name("org.documents-annual-update")]
[Title("Положение и дорожная карта актуализируются ежегодно", "The regulation and the roadmap are reviewed every year")]
[Citation("001 roadmap 1.1", "Разработка и утверждение (актуализация) документов … декабрь 2022 (с 2023 года – ежегодно)")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("dueMonths", ParameterKind.CalendarDateList, "[\"2023-12-31\", \"2024-12-31\"]", Description = "The last days of the months in which the yearly review falls (001 roadmap 1.1: December 2023 and December 2024).", DescriptionRu = "Последние дни месяцев, на которые приходится ежегодная актуализация (дорожная карта г. Смоленска, п. 1.1: декабрь 2023 и декабрь 2024 г.).")]
internal sealed class DocumentsAnnualUpdate : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        var months = parameters.CalendarDates("dueMonths");
        var passed = months.Where(m => DeadlineDays.Due(m) < asOf).ToArray();
        if (passed.Length == 0)
        {
            return Verdict.NotApplicable(
                () => $"На {asOf:dd.MM.yyyy} срок ежегодной актуализации положения и дорожной карты ({string.Join(", ", months.Select(DeadlineDays.Ru))}) ещё не наступил.",
                () => $"On {asOf:yyyy-MM-dd} no yearly review of the regulation and the roadmap ({string.Join(", ", months.Select(DeadlineDays.En))}) is due yet.",
                subject);
        }

        var reviews = evaluation.Case.Records.DocumentReviews;
        var recorded = reviews.Count != 0;
        var errors = new List<(string Ru, string En)>();
        var warnings = new List<(string Ru, string En)>();
        var met = new List<(string Ru, string En)>();
        foreach (var month in passed)
        {
            var due = DeadlineDays.Due(month);
            foreach (var document in (ReadOnlySpan<ReviewedDocument>)[ReviewedDocument.Regulation, ReviewedDocument.Roadmap])
            {
                var days = Evidence(document, reviews, orders, due);
                if (days.Count == 0)
                {
                    continue; // not approved by the due day: no review owed
                }

                var name = document.Term();
                var december = days.Any(d => (d.Year == month.Year && d.Month == month.Month) || d > month);
                var inYear = days.Any(d => d.Year == month.Year || d > month);
                if (december)
                {
                    met.Add(($"{name.NameRu} — {month:MM.yyyy}", $"{name.NameEn}: {month:yyyy-MM}"));
                }
                else if (inYear)
                {
                    warnings.Add((
                        $"{name.NameRu}: актуализация в {month.Year} г. была, но не в декабре (срок — {DeadlineDays.Ru(month)}); нарушено прочтение «в декабре», прочтение «раз в год» соблюдено",
                        $"{name.NameEn}: reviewed in {month.Year} but not in December (due {DeadlineDays.En(month)}); breaches the reading \"in December\", not the reading \"once a year\""));
                }
                else
                {
                    errors.Add((
                        $"{name.NameRu}: актуализация за {month.Year} г. не проведена (срок — {DeadlineDays.Ru(month)})",
                        $"{name.NameEn}: not reviewed for {month.Year} (due {DeadlineDays.En(month)})"));
                }
            }
        }

        if (errors.Count != 0 && !recorded)
        {
            return Verdict.Unknown(
                ["сведения об актуализации положения и дорожной карты (в том числе без новой редакции)"],
                () => $"Сведения об актуализации положения и дорожной карты {organization.Name} не представлены; новой редакции нет: {string.Join("; ", errors.Select(e => e.Ru))}.",
                () => $"No record of the reviews of the regulation and the roadmap of {organization.Name} is presented, and no new edition: {string.Join("; ", errors.Select(e => e.En))}.",
                subject);
        }

        if (errors.Count != 0)
        {
            return Verdict.Violated(
                () => $"{organization.Name}: {string.Join("; ", errors.Concat(warnings).Select(e => e.Ru))}.",
                () => $"{organization.Name}: {string.Join("; ", errors.Concat(warnings).Select(e => e.En))}.",
                subject);
        }

        if (warnings.Count != 0)
        {
            return Verdict.Violated(
                () => $"{organization.Name}: {string.Join("; ", warnings.Select(e => e.Ru))}.",
                () => $"{organization.Name}: {string.Join("; ", warnings.Select(e => e.En))}.",
                subject).AsWarning();
        }

        return met.Count == 0
            ? Verdict.NotApplicable(
                () => $"Положение и дорожная карта {organization.Name} не были утверждены к срокам ежегодной актуализации.",
                () => $"The regulation and the roadmap of {organization.Name} were not approved by the yearly review's due days.",
                subject)
            : Verdict.Satisfied(
                () => $"Положение и дорожная карта {organization.Name} актуализированы в срок: {string.Join("; ", met.Select(m => m.Ru))}.",
                () => $"The regulation and the roadmap of {organization.Name} were reviewed on time: {string.Join("; ", met.Select(m => m.En))}.",
                subject);
    }

    /// <summary>The days the document was approved or reviewed, on or before the due day, earliest first.</summary>
    private static List<DateOnly> Evidence(ReviewedDocument document, IReadOnlyList<DocumentReview> reviews, IReadOnlyList<Order> orders, DateOnly due)
    {
        var days = new List<DateOnly>();
        foreach (var review in reviews)
        {
            if (review.Document == document && review.Date <= due)
            {
                days.Add(review.Date);
            }
        }

        foreach (var order in orders)
        {
            var approves = document == ReviewedDocument.Regulation ? order is RegulationOrder : order is RoadmapOrder;
            if (approves && order.Date <= due)
            {
                days.Add(order.Date);
            }
        }

        days.Sort();
        return days;
    }
}
