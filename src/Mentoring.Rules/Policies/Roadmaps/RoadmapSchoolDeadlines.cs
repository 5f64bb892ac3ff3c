using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Organizations;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Roadmaps;

/// <summary>A municipal roadmap's items that fall on schools are checked against the dates of the school's own orders, bases and programs.</summary>
/// <remarks>
/// <para>
/// The municipal acts bind the schools of their municipality from the act's date; the edition names the act
/// (parameter <c>roadmap</c>), and the items are the ones whose responsible is the school («ОО», «ОУ», «руководители
/// образовательных организаций»):
/// ivanteevka-2021 (004): order п.3.2 and roadmap item 1 — the Положение and the roadmap by 01.10.2021; items 2 and 3 —
/// the banks of mentees and mentors by 15.10.2021; item 4 — the pairs approved by 20.10.2021; item 5 — a personalized
/// program for each pair by 30.12.2021 (where item 1 asks for pairs and programs by 01.10.2021 too, the later, specific
/// items 4–5 are taken). argun-2021 (003 roadmap): 1.3 — the curator, September 2021; 1.5 — the Положение and the
/// roadmap, September 2021; 4.1, 4.2, 5.1 — the bases of mentees and mentors, October 2021; 5.2 — the internal
/// monitoring, March–May 2022. smolensk-2022 (001 roadmap 1.1) — the Положение and the roadmap approved or updated,
/// December 2022. krasnokutsky-2022 (002 district roadmap items 2–3) — the roadmap and the local acts by 30.12.2022.
/// </para>
/// <para>
/// «до DATE» includes DATE; a month-only deadline is the month's last day; a due day on a non-working day moves to the
/// next working day (ГК РФ, ст. 193). An item is met by the school's document dated on or before its due day: the
/// earliest regulation, roadmap, curator or pairing order; the earliest dated entry of a base; each pair's program
/// approved (or, without an approval date, started) by then; an assessment in the monitoring's months. A later document
/// is late, none is missing (the case is the school's file of orders); pairs and programs are owed only by a school that
/// has pairs; a base not presented, or a monitoring with no assessment in the case at all, is unknown. The municipal
/// department's own file is not judged.
/// </para>
/// <para>Judged on: each item's due day, against the dates of the school's orders, base entries, programs and assessments.</para>
/// </remarks>
[JudgedOn("each item's due day, against the dates of the school's orders, base entries, programs and assessments.")]
[Name("roadmap.school-deadlines")]
[Title("Сроки муниципальной дорожной карты для образовательных организаций соблюдены", "The municipal roadmap's deadlines for schools are met")]
[Citation("004 order п.3.2, roadmap 1–5; 003 roadmap 1.3, 1.5, 4.1, 4.2, 5.1, 5.2; 001 roadmap 1.1; 002 district roadmap 2–3", "в срок до 1.10.2021г. разработать и утвердить необходимые локальные акты по реализации системы наставничества")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("roadmap", ParameterKind.Choice, "\"none\"", Choices = "none|ivanteevka-2021|argun-2021|smolensk-2022|krasnokutsky-2022", Description = "The municipal act whose school-facing items apply.", DescriptionRu = "Муниципальный акт, пункты дорожной карты которого возложены на образовательные организации.")]
internal sealed class RoadmapSchoolDeadlines : Rule
{
    /// <summary>What a school's item asks for.</summary>
    private enum Duty
    {
        Regulation,
        Roadmap,
        Curator,
        MenteeBase,
        MentorBase,
        Pairs,
        Programs,
        Monitoring,
    }

    /// <summary>An item: where it stands, what it asks, by when (and, for the monitoring, from when).</summary>
    private sealed record Item(string Source, Duty Duty, DateOnly Deadline, DateOnly? From = null);

    private static readonly Dictionary<string, Item[]> Items = new(StringComparer.Ordinal)
    {
        ["ivanteevka-2021"] =
        [
            new("приказ № 156 от 30.08.2021, п. 3.2; дорожная карта, п. 1", Duty.Regulation, new(2021, 10, 1)),
            new("приказ № 156 от 30.08.2021, п. 3.2; дорожная карта, п. 1", Duty.Roadmap, new(2021, 10, 1)),
            new("дорожная карта, п. 2", Duty.MenteeBase, new(2021, 10, 15)),
            new("дорожная карта, п. 3", Duty.MentorBase, new(2021, 10, 15)),
            new("дорожная карта, п. 4", Duty.Pairs, new(2021, 10, 20)),
            new("дорожная карта, п. 5", Duty.Programs, new(2021, 12, 30)),
        ],
        ["argun-2021"] =
        [
            new("дорожная карта, п. 1.3", Duty.Curator, new(2021, 9, 30)),
            new("дорожная карта, п. 1.5", Duty.Regulation, new(2021, 9, 30)),
            new("дорожная карта, п. 1.5", Duty.Roadmap, new(2021, 9, 30)),
            new("дорожная карта, пп. 4.1, 5.1", Duty.MenteeBase, new(2021, 10, 31)),
            new("дорожная карта, пп. 4.2, 5.1", Duty.MentorBase, new(2021, 10, 31)),
            new("дорожная карта, п. 5.2", Duty.Monitoring, new(2022, 5, 31), new(2022, 3, 1)),
        ],
        ["smolensk-2022"] =
        [
            new("дорожная карта, п. 1.1", Duty.Regulation, new(2022, 12, 31)),
            new("дорожная карта, п. 1.1", Duty.Roadmap, new(2022, 12, 31)),
        ],
        ["krasnokutsky-2022"] =
        [
            new("дорожная карта района, п. 2", Duty.Roadmap, new(2022, 12, 30)),
            new("дорожная карта района, п. 3", Duty.Regulation, new(2022, 12, 30)),
        ],
    };

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
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), organization, orders, pairs, assessments)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        Organization organization,
        IReadOnlyList<Order> orders,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<Assessment> assessments)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        var roadmap = parameters.Choice("roadmap") ?? "none";
        if (!Items.TryGetValue(roadmap, out var items) || organization.Kind == OrganizationKind.EducationAuthority)
        {
            return Verdict.NotApplicable(
                () => $"Редакция не называет муниципальную дорожную карту со сроками для {organization.Name}.",
                () => $"The edition names no municipal roadmap with deadlines for {organization.Name}.",
                subject);
        }

        var due = items.Where(i => DeadlineDays.Due(i.Deadline) < asOf).ToArray();
        if (due.Length == 0 || !OrganizationFacts.RunsMentoring(orders, pairs, asOf))
        {
            return Verdict.NotApplicable(
                () => $"На {asOf:dd.MM.yyyy} сроки муниципальной дорожной карты для {organization.Name} не наступили или наставничество не ведётся.",
                () => $"On {asOf:yyyy-MM-dd} no deadline of the municipal roadmap for {organization.Name} has passed, or it runs no mentoring.",
                subject);
        }

        var late = new List<(string Ru, string En)>();
        var unknown = new List<(string Ru, string En)>();
        var met = new List<(string Ru, string En)>();
        foreach (var item in due)
        {
            var (ru, en) = Name(item.Duty);
            var deadlineRu = DeadlineDays.Ru(item.Deadline);
            var deadlineEn = DeadlineDays.En(item.Deadline);
            var outcome = Check(evaluation, item, orders, pairs, assessments);
            switch (outcome.State)
            {
                case State.Met:
                    met.Add(($"{ru} — {outcome.Day:dd.MM.yyyy} ({item.Source})", $"{en}: {outcome.Day:yyyy-MM-dd}"));
                    break;
                case State.Late:
                    late.Add(($"{ru}: срок {deadlineRu} ({item.Source}), документ — {outcome.Day:dd.MM.yyyy}", $"{en}: due {deadlineEn}, dated {outcome.Day:yyyy-MM-dd}"));
                    break;
                case State.Missing:
                    late.Add(($"{ru}: срок {deadlineRu} ({item.Source}), в деле нет", $"{en}: due {deadlineEn}, none in the case"));
                    break;
                case State.Unknown:
                    unknown.Add(($"{ru} (срок {deadlineRu}, {item.Source})", $"{en} (due {deadlineEn})"));
                    break;
                default:
                    break; // not owed: the school has no pairs for it
            }
        }

        if (late.Count != 0)
        {
            return Verdict.Violated(
                () => $"Сроки муниципальной дорожной карты не соблюдены: {string.Join("; ", late.Select(l => l.Ru))}.",
                () => $"The municipal roadmap's deadlines are not met: {string.Join("; ", late.Select(l => l.En))}.",
                subject);
        }

        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(u => u.Ru),
                () => $"Не представлено, чем подтверждается выполнение пунктов муниципальной дорожной карты: {string.Join("; ", unknown.Select(u => u.Ru))}.",
                () => $"Nothing presented shows these items of the municipal roadmap were met: {string.Join("; ", unknown.Select(u => u.En))}.",
                subject);
        }

        return met.Count == 0
            ? Verdict.NotApplicable(
                () => $"Пункты муниципальной дорожной карты, срок которых прошёл, к {organization.Name} не относятся (нет пар и программ).",
                () => $"The municipal roadmap's items whose deadlines have passed do not concern {organization.Name} (no pairs or programs).",
                subject)
            : Verdict.Satisfied(
                () => $"Сроки муниципальной дорожной карты соблюдены: {string.Join("; ", met.Select(m => m.Ru))}.",
                () => $"The municipal roadmap's deadlines are met: {string.Join("; ", met.Select(m => m.En))}.",
                subject);
    }

    private enum State
    {
        Met,
        Late,
        Missing,
        Unknown,
        NotOwed,
    }

    private static (State State, DateOnly Day) Check(Evaluation evaluation, Item item, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Assessment> assessments)
    {
        var asOf = evaluation.AsOf;
        var due = DeadlineDays.Due(item.Deadline);
        var records = evaluation.Case.Records;
        switch (item.Duty)
        {
            case Duty.Regulation:
                return Earliest(orders.OfType<RegulationOrder>().Select(o => o.Date)
                    .Concat(records.DocumentReviews.Where(r => r.Document == ReviewedDocument.Regulation).Select(r => r.Date)), due, asOf);
            case Duty.Roadmap:
                return Earliest(orders.OfType<RoadmapOrder>().Select(o => o.Date)
                    .Concat(records.DocumentReviews.Where(r => r.Document == ReviewedDocument.Roadmap).Select(r => r.Date)), due, asOf);
            case Duty.Curator:
                return Earliest(orders.OfType<CuratorOrder>().Select(o => o.Date), due, asOf);
            case Duty.Pairs:
                return pairs.Count == 0 ? (State.NotOwed, default) : Earliest(orders.OfType<PairingOrder>().Select(o => o.Date), due, asOf);
            case Duty.MenteeBase:
                return evaluation.Case.MenteeRegistry is not { } mentees
                    ? (State.Unknown, default)
                    : Base(mentees.Records.Select(r => r.EntryDate), due, asOf);
            case Duty.MentorBase:
                return evaluation.Case.MentorRegistry is not { } mentors
                    ? (State.Unknown, default)
                    : Base(mentors.Records.Select(r => r.EntryDate), due, asOf);
            case Duty.Programs:
                return Programs(evaluation, orders, pairs, due, asOf);
            default:
                if (assessments.Count == 0)
                {
                    return (State.Unknown, default);
                }

                var within = assessments.Where(a => a.Date >= item.From && a.Date <= due).Select(a => (DateOnly?)a.Date).Min();
                return within is { } w ? (State.Met, w) : (State.Missing, default);
        }
    }

    /// <summary>The earliest document by the date of validation: on or before the due day, later, or none.</summary>
    private static (State, DateOnly) Earliest(IEnumerable<DateOnly> days, DateOnly due, DateOnly asOf)
    {
        var first = days.Where(d => d <= asOf).Select(d => (DateOnly?)d).Min();
        return first switch
        {
            null => (State.Missing, default),
            { } d when d <= due => (State.Met, d),
            { } d => (State.Late, d),
        };
    }

    /// <summary>A base: its earliest dated entry; undated entries only, or none, leave it unknown.</summary>
    private static (State, DateOnly) Base(IEnumerable<DateOnly?> entries, DateOnly due, DateOnly asOf)
    {
        var result = Earliest(entries.OfType<DateOnly>(), due, asOf);
        return result.Item1 == State.Missing ? (State.Unknown, default) : result;
    }

    /// <summary>Each pair fixed by the due day has a program approved (or started) by then.</summary>
    private static (State, DateOnly) Programs(Evaluation evaluation, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs, DateOnly due, DateOnly asOf)
    {
        // A pair is fixed by the order that lists it or that it names (readings.md, principle 6), or on its formation day.
        var fixedBy = pairs.Where(p => (p.FormedOn ?? orders.OfType<PairingOrder>().Where(o => o.Fixes(p.Id) || o.Id == p.ApprovedByOrder).Select(o => (DateOnly?)o.Date).Min()) is { } d && d <= due).ToArray();
        if (fixedBy.Length == 0)
        {
            return (State.NotOwed, default);
        }

        var latest = DateOnly.MinValue;
        foreach (var pair in fixedBy)
        {
            var day = evaluation.Case.ProgramsOf(pair.Id).Select(p => (DateOnly?)(p.ApprovedOn ?? p.Term.Start)).Where(d => d <= asOf).Min();
            if (day is not { } d)
            {
                return (State.Missing, default);
            }

            latest = d > latest ? d : latest;
        }

        return latest <= due ? (State.Met, latest) : (State.Late, latest);
    }

    private static (string Ru, string En) Name(Duty duty) => duty switch
    {
        Duty.Regulation => ("положение о системе наставничества (локальный акт)", "the regulation on mentoring (a local act)"),
        Duty.Roadmap => ("дорожная карта организации", "the organization's roadmap"),
        Duty.Curator => ("приказ о назначении куратора", "the order appointing the curator"),
        Duty.MenteeBase => ("база наставляемых", "the base of mentees"),
        Duty.MentorBase => ("база наставников", "the base of mentors"),
        Duty.Pairs => ("приказ о закреплении пар и групп", "the order fixing the pairs and groups"),
        Duty.Programs => ("персонализированные программы для каждой пары и группы", "a personalized program for each pair and group"),
        _ => ("внутренний мониторинг (оценки участников)", "the internal monitoring (assessments of participants)"),
    };
}
