using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The curator refreshes the list of teachers who need mentoring at least once a year.</summary>
/// <remarks>
/// <para>
/// 002 §2 (куратор). The list of teachers to be included as mentees is the mentee registry («база наставляемых»,
/// 002 МР stage 2; 003 annex 3), so the refresh is recorded by the registry: its latest entry date («дата
/// вхождения в программу») on or before the date of validation is the day of the last refresh.
/// </para>
/// <para>
/// The subject is the current curator (the latest curator order issued by the date of validation). The curator's
/// clock starts at the later of the last refresh and the appointment; the next refresh is due
/// <c>refreshIntervalMonths</c> calendar months later (<c>DateOnly.AddMonths</c>) and is late from the day after.
/// When it is late and the registry records no entry date at all, the rule cannot tell and the outcome is unknown.
/// </para>
/// </remarks>
[Name("org.curator-annual-refresh")]
[Title("Куратор не реже раза в год актуализирует список педагогов, нуждающихся в наставничестве", "The curator refreshes the list of teachers who need mentoring at least once a year")]
[Citation("002 §2 (куратор)", "своевременно (не менее одного раза в год) актуализирует информацию о наличии в образовательной организации педагогов, которых необходимо включить в наставническую деятельность в качестве наставляемых")]
[Severity(Severity.Warning)]
[RuleParameter("refreshIntervalMonths", ParameterKind.WholeNumber, "12", Min = 1, Max = 60, Description = "The longest time between two refreshes of the mentee list, in months.")]
internal sealed class CuratorAnnualRefresh : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        CuratorOrder order = null!;
        IPerson curator = null!;
        IReadOnlyList<MenteeRecord> records = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Not<CuratorOrder>(later => later.Date <= evaluation.AsOf && later.Date > order.Date)
            .Match(() => curator, p => p.Id == order.CuratorId)
            .Query(() => records, q => q.Match<MenteeRecord>(r => r.EntryDate != null && r.EntryDate <= evaluation.AsOf).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), order, curator, records)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, CuratorOrder order, IPerson curator, IReadOnlyList<MenteeRecord> records)
    {
        var months = parameters.WholeNumber("refreshIntervalMonths") ?? 12;
        var asOf = evaluation.AsOf;
        DateOnly? lastRefresh = null;
        foreach (var record in records)
        {
            if (lastRefresh is not { } latest || record.EntryDate!.Value > latest)
            {
                lastRefresh = record.EntryDate!.Value;
            }
        }

        var from = lastRefresh is { } last && last > order.Date ? last : order.Date;
        var due = from.AddMonths(months);
        Subject[] subjects = [Subject.Of(curator), Subject.Of(order)];

        if (asOf <= due)
        {
            return Verdict.Satisfied(
                () => $"Куратор {evaluation.Name(curator)} (приказ {order}): {RefreshRu()}; следующая актуализация списка — не позднее {due:dd.MM.yyyy} (раз в {months} мес.).",
                () => $"Curator {evaluation.Name(curator)} ({OrganizationFacts.En(order)}): {RefreshEn()}; the next refresh of the list is due by {due:yyyy-MM-dd} (every {months} months).",
                subjects);
        }

        if (lastRefresh is null)
        {
            return Verdict.Unknown(
                [$"дата актуализации списка педагогов, нуждающихся в наставничестве (записи базы наставляемых), после {order.Date:dd.MM.yyyy}"],
                () => $"Неизвестно, актуализировал ли куратор {evaluation.Name(curator)} список наставляемых: {RefreshRu()}, а срок ({due:dd.MM.yyyy}) истёк.",
                () => $"Whether curator {evaluation.Name(curator)} refreshed the mentee list is unknown: {RefreshEn()}, and the term ({due:yyyy-MM-dd}) has passed.",
                subjects);
        }

        return Verdict.Violated(
            () => $"Куратор {evaluation.Name(curator)} не актуализировал список педагогов, нуждающихся в наставничестве, с {from:dd.MM.yyyy}: {RefreshRu()}, срок истёк {due:dd.MM.yyyy} (раз в {months} мес.).",
            () => $"Curator {evaluation.Name(curator)} has not refreshed the list of teachers who need mentoring since {from:yyyy-MM-dd}: {RefreshEn()}; the term ended on {due:yyyy-MM-dd} (every {months} months).",
            subjects);

        string RefreshRu() => lastRefresh is { } l ? $"последняя запись в базе наставляемых — {l:dd.MM.yyyy}" : "в базе наставляемых нет датированных записей";
        string RefreshEn() => lastRefresh is { } e ? $"the latest mentee registry entry is of {e:yyyy-MM-dd}" : "the mentee registry has no dated entries";
    }
}
