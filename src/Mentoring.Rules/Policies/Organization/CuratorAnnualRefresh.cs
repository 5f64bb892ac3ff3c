using Mentoring.Domain.Calendar;
using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The curator refreshes the list of teachers who need mentoring at least once a year.</summary>
/// <remarks>
/// <para>
/// 002 §2 (куратор): «своевременно (не менее одного раза в год) актуализирует информацию о наличии … педагогов, которых
/// необходимо включить в наставническую деятельность». A refresh is the day the curator reviewed who needs mentoring,
/// whether it found anyone or not: the case file records them (<see cref="Domain.Organizations.OrganizationRecords.CuratorRefreshes"/>).
/// A new entry of the mentee registry («дата вхождения в программу») is evidence of a refresh too; its absence is not
/// evidence of none, so when the file does not record the refreshes a breach is unknown, never violated.
/// </para>
/// <para>
/// The duty runs from the first curator order. Two readings of «не менее одного раза в год» (readings.md, principle 7):
/// every <c>refreshIntervalMonths</c> months (the next refresh due that many months after the previous one, or after the
/// appointment, and late from the day after), and every calendar year (each full calendar year after the appointment's,
/// up to the last year ended by the date of validation, has a refresh). Breaching both: violated; only one: a warning
/// naming the reading breached.
/// </para>
/// <para>Judged on: each refresh day and each interval or calendar year between the first curator order and the date of validation.</para>
/// </remarks>
[JudgedOn("each refresh day and each interval or calendar year between the first curator order and the date of validation.")]
[Name("org.curator-annual-refresh")]
[Title("Куратор не реже раза в год актуализирует список педагогов, нуждающихся в наставничестве", "The curator refreshes the list of teachers who need mentoring at least once a year")]
[Citation("002 §2 (куратор)", "своевременно (не менее одного раза в год) актуализирует информацию о наличии в образовательной организации педагогов, которых необходимо включить в наставническую деятельность в качестве наставляемых")]
[Severity(Severity.Error)]
[RuleParameter("refreshIntervalMonths", ParameterKind.WholeNumber, "12", Min = 1, Max = 60, Description = "The longest time between two refreshes of the mentee list, in months.", DescriptionRu = "Наибольший промежуток между двумя актуализациями списка наставляемых, в месяцах.")]
internal sealed class CuratorAnnualRefresh : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        CuratorOrder order = null!;
        IPerson curator = null!;
        IReadOnlyList<CuratorOrder> curatorOrders = null!;
        IReadOnlyList<MenteeRecord> records = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Not<CuratorOrder>(later => later.Date <= evaluation.AsOf && later.Date > order.Date)
            .Match(() => curator, p => p.Id == order.CuratorId)
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>(o => o.Date <= evaluation.AsOf).CollectList())
            .Query(() => records, q => q.Match<MenteeRecord>(r => r.EntryDate != null && r.EntryDate <= evaluation.AsOf).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), order, curator, curatorOrders, records)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        CuratorOrder order,
        IPerson curator,
        IReadOnlyList<CuratorOrder> curatorOrders,
        IReadOnlyList<MenteeRecord> records)
    {
        var months = parameters.WholeNumber("refreshIntervalMonths") ?? 12;
        var asOf = evaluation.AsOf;
        var start = curatorOrders.Min(o => o.Date);
        var recorded = evaluation.Case.Records.CuratorRefreshes;
        var refreshes = new SortedSet<DateOnly>();
        foreach (var day in recorded ?? [])
        {
            if (day >= start && day <= asOf)
            {
                refreshes.Add(day);
            }
        }

        foreach (var record in records)
        {
            if (record.EntryDate!.Value >= start)
            {
                refreshes.Add(record.EntryDate.Value);
            }
        }

        // Reading 1: at most `months` months between the appointment, the refreshes and the date of validation.
        (DateOnly From, DateOnly Due)? gap = null;
        var previous = start;
        foreach (var day in refreshes.Append(asOf))
        {
            if (gap is null && day > previous.PlusMonths(months))
            {
                gap = (previous, previous.PlusMonths(months));
            }

            previous = day;
        }

        // Reading 2: each full calendar year after the appointment's, ended by the date of validation, has a refresh.
        var years = new List<int>();
        for (var year = start.Year + 1; year < asOf.Year; year++)
        {
            if (!refreshes.Any(d => d.Year == year))
            {
                years.Add(year);
            }
        }

        var last = refreshes.Count == 0 ? (DateOnly?)null : refreshes.Max;
        Subject[] subjects = [Subject.Of(curator), Subject.Of(order)];
        var who = evaluation.Name(curator);
        if (gap is null && years.Count == 0)
        {
            var next = (last ?? start).PlusMonths(months);
            return Verdict.Satisfied(
                () => $"Куратор: {who} (приказ {order}) — {LastRu()}; следующая актуализация списка — не позднее {next:dd.MM.yyyy}.",
                () => $"Curator {who} ({OrganizationFacts.En(order)}): {LastEn()}; the next refresh of the list is due by {next:yyyy-MM-dd}.",
                subjects);
        }

        var breachRu = new List<string>();
        var breachEn = new List<string>();
        if (gap is { } g)
        {
            breachRu.Add($"прочтение «раз в {Plural.RuWithNumber(months, "месяц", "месяца", "месяцев")}»: после {g.From:dd.MM.yyyy} следующая актуализация требовалась не позднее {g.Due:dd.MM.yyyy}");
            breachEn.Add($"the reading \"every {Plural.EnWithNumber(months, "month", "months")}\": after {g.From:yyyy-MM-dd} the next refresh was due by {g.Due:yyyy-MM-dd}");
        }

        if (years.Count != 0)
        {
            breachRu.Add($"прочтение «каждый календарный год»: нет актуализации за {string.Join(", ", years)} г.");
            breachEn.Add($"the reading \"every calendar year\": no refresh in {string.Join(", ", years)}");
        }

        if (recorded is null)
        {
            return Verdict.Unknown(
                ["сведения об актуализации куратором списка педагогов, нуждающихся в наставничестве"],
                () => $"Сведения об актуализации списка педагогов, нуждающихся в наставничестве, не представлены (куратор: {who}); по записям базы наставляемых актуализация не подтверждена, {string.Join("; ", breachRu)}.",
                () => $"No record of the curator's refreshes of the list of teachers who need mentoring is presented (curator {who}); the mentee registry's entries alone do not confirm a refresh under {string.Join("; ", breachEn)}.",
                subjects);
        }

        var verdict = Verdict.Violated(
            () => $"Список педагогов, нуждающихся в наставничестве, не актуализирован в срок (куратор: {who}, приказ {order}; {LastRu()}): нарушено {string.Join("; ", breachRu)}.",
            () => $"The list of teachers who need mentoring was not refreshed on time (curator {who}, {OrganizationFacts.En(order)}; {LastEn()}): breaches {string.Join("; ", breachEn)}.",
            subjects);
        return gap is not null && years.Count != 0 ? verdict : verdict.AsWarning();

        string LastRu() => last is { } l ? $"последняя актуализация — {l:dd.MM.yyyy}" : "актуализаций после назначения куратора нет";
        string LastEn() => last is { } e ? $"the latest refresh is of {e:yyyy-MM-dd}" : "no refresh since the curator was appointed";
    }
}
