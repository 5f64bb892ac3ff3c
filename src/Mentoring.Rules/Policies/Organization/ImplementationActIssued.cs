using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>
/// (argun-2021) The act introducing the target model names its grounds, dates, the people responsible with their duties,
/// the monitoring dates and the planned results; the monitoring dates it sets are met.
/// </summary>
/// <remarks>
/// <para>
/// 003 §2.1 (the act is the first of the documents that regulate mentoring), §2.2 («Распорядительный акт … включающий:
/// основания …; сроки внедрения …; назначение ответственных … с описанием обязанностей …; сроки проведения мониторинга
/// …; планируемые результаты»). The act is <see cref="OrganizationRecords.ImplementationAct"/>; not presented (or dated
/// after the date of validation): unknown, a violation in strict validation. A part the act lacks: violated.
/// </para>
/// <para>
/// The monitoring dates become the school's own deadlines (a date on a non-working day moves to the next working day):
/// each one passed needs an assessment of participants dated after the previous date (or the act) and on or before it.
/// That the act's own dates bind the school is inferred: a missed one is a warning; with no assessment in the case at
/// all, unknown.
/// </para>
/// <para>Judged on: the act's date for its contents; each monitoring date the act sets for the monitoring.</para>
/// </remarks>
[JudgedOn("the act's date for its contents; each monitoring date the act sets for the monitoring.")]
[Name("org.implementation-act")]
[Title("Распорядительный акт о внедрении целевой модели наставничества", "The act introducing the target model of mentoring")]
[Citation("003 §2.2", "Распорядительный акт образовательной организации о внедрении Целевой модели наставничества на уровне организации, включающий")]
[Severity(Severity.Error)]
[OffByDefault]
internal sealed class ImplementationActIssued : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        IReadOnlyList<Order> orders = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<Assessment> assessments = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => orders, q => q.Match<Order>(o => o.OrganizationId == organization.Id).CollectList())
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.OrganizationId == organization.Id).CollectList())
            .Query(() => assessments, q => q.Match<Assessment>().CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, orders, pairs, assessments)));
    }

    private static Verdict Judge(Evaluation evaluation, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Assessment> assessments)
    {
        var asOf = evaluation.AsOf;
        if (!OrganizationFacts.RunsMentoring(orders, pairs, asOf))
        {
            return OrganizationFacts.NoMentoring(evaluation, organization);
        }

        var subject = Subject.Of(organization);
        if (evaluation.Case.Records.ImplementationAct is not { } act || act.Date > asOf)
        {
            return Verdict.Unknown(
                ["распорядительный акт о внедрении целевой модели наставничества"],
                () => $"Распорядительный акт {organization.Name} о внедрении целевой модели наставничества не представлен.",
                () => $"The act of {organization.Name} introducing the target model of mentoring is not presented.",
                subject).AsMissingDocument();
        }

        var name = act.Number is { } number ? $"№ {number} от {act.Date:dd.MM.yyyy}" : $"от {act.Date:dd.MM.yyyy}";
        var nameEn = act.Number is { } no ? $"No. {no} of {act.Date:yyyy-MM-dd}" : $"of {act.Date:yyyy-MM-dd}";
        var lacking = OrganizationRecordCodes.ImplementationActParts.All.Where(t => !act.Parts.Contains(t.Value)).ToArray();
        if (lacking.Length != 0)
        {
            return Verdict.Violated(
                () => $"Распорядительный акт {name} о внедрении целевой модели наставничества не содержит: {string.Join("; ", lacking.Select(t => t.NameRu))}.",
                () => $"The act {nameEn} introducing the target model of mentoring lacks: {string.Join("; ", lacking.Select(t => t.NameEn))}.",
                subject);
        }

        var missed = new List<DateOnly>();
        var from = act.Date;
        foreach (var date in act.MonitoringDates)
        {
            var due = DeadlineDays.Due(date);
            if (due >= asOf)
            {
                break;
            }

            var previous = from;
            if (!assessments.Any(a => a.Date > previous && a.Date <= due))
            {
                missed.Add(date);
            }

            from = due;
        }

        if (missed.Count != 0 && assessments.Count == 0)
        {
            return Verdict.Unknown(
                ["результаты мониторинга (оценки участников)"],
                () => $"Распорядительный акт {name} содержит всё, что требуется; результаты мониторинга к срокам акта ({string.Join(", ", missed.Select(DeadlineDays.Ru))}) не представлены.",
                () => $"The act {nameEn} holds every required part; no monitoring results for its dates ({string.Join(", ", missed.Select(DeadlineDays.En))}) are presented.",
                subject);
        }

        if (missed.Count != 0)
        {
            return Verdict.Violated(
                () => $"Мониторинг в сроки, установленные распорядительным актом {name}, не проведён: {string.Join(", ", missed.Select(DeadlineDays.Ru))} (нет оценок участников за эти периоды).",
                () => $"The monitoring was not carried out by the dates the act {nameEn} sets: {string.Join(", ", missed.Select(DeadlineDays.En))} (no assessment in those periods).",
                subject).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Распорядительный акт {name} о внедрении целевой модели наставничества содержит основания, сроки, ответственных, сроки мониторинга и планируемые результаты.",
            () => $"The act {nameEn} introducing the target model of mentoring names the grounds, the dates, the people responsible, the monitoring dates and the planned results.",
            subject);
    }
}
