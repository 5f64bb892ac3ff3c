using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Monitoring;

/// <summary>The curator writes a yearly analytical report on the organization's mentoring system.</summary>
/// <remarks>
/// 002 §2 (куратор). A report is due for every calendar year from the year of the first curator order up to the year
/// before the date of validation (the current year's report is not due yet); a report counts for the year it reports on
/// (<see cref="MonitoringReport.Year"/>). Without a curator order in the case the first year is unknown.
/// </remarks>
[Name("monitoring.curator-report")]
[Title("Ежегодный аналитический отчёт куратора", "The curator's yearly analytical report")]
[Citation("002 §2 (куратор)", "формирует итоговый аналитический отчет о реализации системы наставничества")]
[Severity(Severity.Warning)]
internal sealed class MonitoringCuratorReport : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Domain.Organizations.Organization organization = null!;
        IReadOnlyList<CuratorOrder> curatorOrders = null!;
        IReadOnlyList<MonitoringReport> reports = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>().CollectList())
            .Query(() => reports, q => q.Match<MonitoringReport>().CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, curatorOrders, reports)));
    }

    private static Verdict Judge(Evaluation evaluation, Domain.Organizations.Organization organization, IReadOnlyList<CuratorOrder> curatorOrders, IReadOnlyList<MonitoringReport> reports)
    {
        var subject = Subject.Of(organization);
        if (curatorOrders.Count == 0)
        {
            return Verdict.Unknown(
                ["приказ о назначении куратора"],
                "В деле нет приказа о назначении куратора: неизвестно, с какого года нужен ежегодный аналитический отчёт.",
                "The case has no curator order, so the first year a yearly report is due is unknown.",
                subject);
        }

        var first = curatorOrders[0];
        foreach (var order in curatorOrders)
        {
            if (order.Date < first.Date)
            {
                first = order;
            }
        }

        // The years due: from the year of the first curator order up to the year before the date of validation.
        var from = first.Date.Year;
        var years = Math.Max(0, evaluation.AsOf.Year - from);
        Subject[] subjects = [subject, Subject.Of(first), evaluation.Person(first.CuratorId)];
        if (years == 0)
        {
            return Verdict.NotApplicable(
                () => $"Куратор {evaluation.Name(first.CuratorId)} назначен приказом {first}; первый отчётный год ещё не закончился.",
                () => $"The curator {evaluation.Name(first.CuratorId)} was appointed on {first.Date:yyyy-MM-dd}; the first year has not ended yet.",
                subjects);
        }

        List<int>? missing = null;
        for (var year = from; year < from + years; year++)
        {
            if (!Reported(reports, year))
            {
                (missing ??= []).Add(year);
            }
        }

        if (missing is not null)
        {
            return Verdict.Violated(
                () => $"Нет аналитического отчёта куратора о системе наставничества за {string.Join(", ", missing)} г. (куратор назначен приказом {first}).",
                () => $"The curator's analytical report is missing for {string.Join(", ", missing)} (curator appointed on {first.Date:yyyy-MM-dd}).",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"Аналитические отчёты куратора есть за каждый год: {string.Join(", ", Enumerable.Range(from, years))}.",
            () => $"The curator's analytical reports exist for every year: {string.Join(", ", Enumerable.Range(from, years))}.",
            subjects);
    }

    /// <summary>True when one of the reports reports on the year.</summary>
    private static bool Reported(IReadOnlyList<MonitoringReport> reports, int year)
    {
        foreach (var report in reports)
        {
            if (report.Year == year)
            {
                return true;
            }
        }

        return false;
    }
}
