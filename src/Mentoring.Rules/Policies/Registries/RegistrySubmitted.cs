using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Organizations;
using Mentoring.Rules.Policies.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>(argun-2021) The bases of mentors and mentees reach the municipal coordinator by the end of the 2021–2022 school year.</summary>
/// <remarks>
/// <para>
/// 003 order п.4.5: «сформировать базы данных о наставниках и наставляемых в 2021–2022 учебном году и предоставить их
/// муниципальному координатору». The school year ends on 31 August, so the bases are due by 31.08.2022 (parameter
/// <c>dueDate</c>), the latest defensible reading; the roadmap's «октябрь 2021» items (4.1, 4.2) date the forming of
/// the bases, not their submission. A deadline on a non-working day moves to the next working day (ГК РФ, ст. 193).
/// </para>
/// <para>
/// The submissions are <see cref="OrganizationRecords.RegistrySubmissions"/>. Both bases submitted by the due day:
/// satisfied; one submitted late or not at all while the case records submissions: violated; no submission recorded at
/// all once the due day has passed: unknown. Before the due day nothing is late.
/// </para>
/// <para>Judged on: the due day (31.08.2022), against the dates of the submissions.</para>
/// </remarks>
[JudgedOn("the due day (31.08.2022), against the dates of the submissions.")]
[Name("registry.submitted")]
[Title("Базы наставников и наставляемых представлены муниципальному координатору", "The bases of mentors and mentees reach the municipal coordinator")]
[Citation("003 order п.4.5", "сформировать базы данных о наставниках и наставляемых в 2021–2022 учебном году и предоставить их муниципальному координатору")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("dueDate", ParameterKind.CalendarDate, "\"2022-08-31\"", Description = "The day by which the bases are due (003 order п.4.5: the end of the 2021–2022 school year).", DescriptionRu = "День, к которому базы должны быть представлены (приказ г. Аргун № 140/2-н, п. 4.5: конец 2021–2022 учебного года).")]
internal sealed class RegistrySubmitted : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var deadline = parameters.CalendarDate("dueDate") ?? new DateOnly(2022, 8, 31);
        var due = DeadlineDays.Due(deadline);
        var subject = Subject.Of(organization);
        var submissions = evaluation.Case.Records.RegistrySubmissions.Where(s => s.Date <= asOf).ToArray();
        var mentors = submissions.Where(s => s.Mentors).Select(s => (DateOnly?)s.Date).Min();
        var mentees = submissions.Where(s => s.Mentees).Select(s => (DateOnly?)s.Date).Min();
        if (mentors <= due && mentees <= due)
        {
            return Verdict.Satisfied(
                () => $"Базы наставников ({mentors:dd.MM.yyyy}) и наставляемых ({mentees:dd.MM.yyyy}) представлены муниципальному координатору до срока {DeadlineDays.Ru(deadline)}.",
                () => $"The bases of mentors ({mentors:yyyy-MM-dd}) and mentees ({mentees:yyyy-MM-dd}) reached the municipal coordinator by {DeadlineDays.En(deadline)}.",
                subject);
        }

        if (asOf <= due)
        {
            return Verdict.NotApplicable(
                () => $"Срок представления баз наставников и наставляемых муниципальному координатору — {DeadlineDays.Ru(deadline)}; на {asOf:dd.MM.yyyy} он не истёк.",
                () => $"The bases of mentors and mentees are due to the municipal coordinator by {DeadlineDays.En(deadline)}; on {asOf:yyyy-MM-dd} that day has not passed.",
                subject);
        }

        if (evaluation.Case.Records.RegistrySubmissions.Count == 0)
        {
            return Verdict.Unknown(
                ["сведения о представлении баз наставников и наставляемых муниципальному координатору"],
                () => $"Сведения о представлении баз наставников и наставляемых муниципальному координатору (срок — {DeadlineDays.Ru(deadline)}) не представлены.",
                () => $"No record of submitting the bases of mentors and mentees to the municipal coordinator (due {DeadlineDays.En(deadline)}) is presented.",
                subject);
        }

        return Verdict.Violated(
            () => $"Базы не представлены муниципальному координатору в срок ({DeadlineDays.Ru(deadline)}): {string.Join("; ", Faults(mentors, mentees, due, english: false))}.",
            () => $"The bases did not reach the municipal coordinator by {DeadlineDays.En(deadline)}: {string.Join("; ", Faults(mentors, mentees, due, english: true))}.",
            subject);
    }

    /// <summary>Which base is late or missing.</summary>
    private static IEnumerable<string> Faults(DateOnly? mentors, DateOnly? mentees, DateOnly due, bool english)
    {
        foreach (var (day, ru, en) in new (DateOnly?, string, string)[] { (mentors, "база наставников", "the base of mentors"), (mentees, "база наставляемых", "the base of mentees") })
        {
            if (day is not { } d)
            {
                yield return english ? $"{en}: not submitted" : $"{ru} — не представлена";
            }
            else if (d > due)
            {
                yield return english ? $"{en}: submitted late, on {d:yyyy-MM-dd}" : $"{ru} — представлена с опозданием, {d:dd.MM.yyyy}";
            }
        }
    }
}
