using Mentoring.Domain.Monitoring;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Roadmaps;

/// <summary>
/// Optional (Smolensk): the municipal department submits its reports on the roadmap to the regional institute (ГАУ ДПО
/// СОИРО) by 30.06.2023, 30.06.2024 and 25.12.2024.
/// </summary>
/// <remarks>
/// <para>
/// 001 order п.2 («Информационно-аналитическому отделу Управления … предоставить ГАУ ДПО СОИРО отчеты»), roadmap 2.6. The
/// duty binds the municipal department, not schools: the rule judges only the department's own file (an organization of
/// kind <see cref="Domain.Organizations.OrganizationKind.EducationAuthority"/>), never a school. Off unless an edition
/// turns it on (the Smolensk edition); the due dates are parameters (<c>dueDates</c>).
/// </para>
/// <para>
/// «до DATE» includes DATE, and a due date on a non-working day moves to the next working day (ГК РФ, ст. 193): 30.06.2024
/// was a Sunday, so that report was due on 01.07.2024. A due date counts once that day has passed. Reports are matched
/// to the due dates in order, each report once: the first unmatched report submitted after the previous due day and on
/// or before this one is on time; failing that, the first unmatched report submitted after this due day is its late
/// report. The reports are the file's analytical reports (<see cref="MonitoringReport"/>) with their submission dates;
/// when a due date has no report but some report's submission date is unknown, the outcome is unknown.
/// </para>
/// <para>Judged on: each due date (moved to the next working day), against the days the reports were submitted.</para>
/// </remarks>
[JudgedOn("each due date (moved to the next working day), against the days the reports were submitted.")]
[Name("roadmap.reports-submitted")]
[Title("Отчёты о реализации дорожной карты представлены в срок", "The roadmap reports are submitted on time")]
[Citation("001 order п.2, roadmap 2.6", "предоставить ГАУ ДПО СОИРО отчеты о реализации мероприятий дорожной карты в срок до 30.06.2023, 30.06.2024, 25.12.2024")]
[Severity(Severity.Warning)]
[OffByDefault]
[RuleParameter("dueDates", ParameterKind.CalendarDateList, "[\"2023-06-30\", \"2024-06-30\", \"2024-12-25\"]", Description = "The reports' due dates.", DescriptionRu = "Сроки представления отчётов.")]
internal sealed class RoadmapReportsSubmitted : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Domain.Organizations.Organization organization = null!;
        IReadOnlyList<MonitoringReport> reports = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => reports, q => q.Match<MonitoringReport>().CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), organization, reports)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Domain.Organizations.Organization organization, IReadOnlyList<MonitoringReport> reports)
    {
        var due = parameters.CalendarDates("dueDates");
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        if (organization.Kind != Domain.Organizations.OrganizationKind.EducationAuthority)
        {
            return Verdict.NotApplicable(
                () => $"Отчёты в ГАУ ДПО СОИРО представляет Управление образования, а не образовательная организация: {organization.Name} по этому правилу не проверяется.",
                () => $"The reports to the regional institute are the municipal department's duty, not a school's: {organization.Name} is not judged by this rule.",
                subject);
        }

        var passed = due.Where(d => Due(d) < asOf).ToArray();
        if (passed.Length == 0)
        {
            return Verdict.NotApplicable(
                () => $"На {asOf:dd.MM.yyyy} ни один срок представления отчётов ({string.Join(", ", due.Select(d => $"{d:dd.MM.yyyy}"))}) ещё не прошёл.",
                () => $"As of {asOf:yyyy-MM-dd}, no report due date ({string.Join(", ", due.Select(d => $"{d:yyyy-MM-dd}"))}) has passed.",
                subject);
        }

        // Each passed due date with its report: on time, late (Late), or none at all (Report null).
        var matched = new List<(DateOnly Day, MonitoringReport? Report, bool Late)>(passed.Length);
        var unused = reports.Where(r => r.SubmittedOn is { } s && s <= asOf).OrderBy(r => r.SubmittedOn).ToList();
        DateOnly? previous = null;
        foreach (var day in passed)
        {
            var from = previous;
            var report = unused.Find(r => r.SubmittedOn <= Due(day) && (from is null || r.SubmittedOn > Due(from.Value)));
            var late = report is null;
            report ??= unused.Find(r => r.SubmittedOn > Due(day));
            matched.Add((day, report, late));
            if (report is not null)
            {
                unused.Remove(report);
            }

            previous = day;
        }

        if (!matched.Exists(m => m.Late))
        {
            return Verdict.Satisfied(
                () => $"Отчёты о реализации дорожной карты представлены в срок: {string.Join("; ", matched.Select(m => $"{m.Day:dd.MM.yyyy} — {m.Report!.Id} от {m.Report.SubmittedOn:dd.MM.yyyy}"))}.",
                () => $"The roadmap reports were submitted on time for {string.Join(", ", passed.Select(d => $"{d:yyyy-MM-dd}"))}.",
                subject);
        }

        var undated = reports.Where(r => r.SubmittedOn is null).ToArray();
        if (undated.Length != 0)
        {
            return Verdict.Unknown(
                undated.Select(r => $"дата представления отчёта {r.Id}"),
                () => $"Отчёты о реализации дорожной карты: {MissingRu()}; дата представления не указана: {string.Join(", ", undated.Select(r => r.Id))}.",
                () => $"Roadmap reports: {MissingEn()}; the submission date of {string.Join(", ", undated.Select(r => r.Id))} is not recorded.",
                subject);
        }

        return Verdict.Violated(
            () => $"Отчёты о реализации дорожной карты в ГАУ ДПО СОИРО: {MissingRu()}.",
            () => $"Roadmap reports to the regional institute: {MissingEn()}.",
            subject);

        string MissingRu() => string.Join("; ", matched.Where(m => m.Late).Select(m => m.Report is not { } report
            ? $"срок {DeadlineDays.Ru(m.Day)} — отчёт не представлен"
            : $"срок {DeadlineDays.Ru(m.Day)} — отчёт {report.Id} представлен с опозданием, {report.SubmittedOn:dd.MM.yyyy}"));
        string MissingEn() => string.Join("; ", matched.Where(m => m.Late).Select(m => m.Report is not { } report
            ? $"due {DeadlineDays.En(m.Day)}: not submitted"
            : $"due {DeadlineDays.En(m.Day)}: {report.Id} submitted late, on {report.SubmittedOn:yyyy-MM-dd}"));
    }

    /// <summary>The due day of a due date (moved to the next working day).</summary>
    private static DateOnly Due(DateOnly day) => DeadlineDays.Due(day);
}
