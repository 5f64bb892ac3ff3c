using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Monitoring;

/// <summary>The curator writes the final analytical report on the mentoring system, by the end of the school year in which the first program completes.</summary>
/// <remarks>
/// <para>
/// 002 §2 (куратор): «формирует итоговый аналитический отчет о реализации системы наставничества». The clause sets no
/// period: one final report. Its due day is inferred (readings.md): 31 August of the school year (1 September to 31
/// August) in which the organization's first program completes, moved to the next working day when it is not one; so
/// the rule gives at most a warning. The Krasnokutsky district roadmap п.5 («ежегодно … Аналитическая справка») falls
/// on the head and the district department, not the curator, and is not this rule.
/// </para>
/// <para>
/// A report (<see cref="MonitoringReport"/>) submitted on or before the due day: satisfied; submitted later: a warning;
/// none once the due day has passed: a warning; a report whose submission day is not recorded leaves it unknown. Before
/// any program completes, or before the due day, nothing is due.
/// </para>
/// <para>Judged on: the due day, 31 August of the school year in which the first program completes.</para>
/// </remarks>
[JudgedOn("the due day, 31 August of the school year in which the first program completes.")]
[Name("monitoring.curator-report")]
[Title("Итоговый аналитический отчёт куратора", "The curator's final analytical report")]
[Citation("002 §2 (куратор)", "формирует итоговый аналитический отчет о реализации системы наставничества")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "002 §2 sets no period or due day for the final report; the end of the school year in which the first program completes is inferred.")]
internal sealed class MonitoringCuratorReport : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Domain.Organizations.Organization organization = null!;
        IReadOnlyList<PersonalizedProgram> programs = null!;
        IReadOnlyList<MonitoringReport> reports = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => programs, q => q.Match<PersonalizedProgram>().CollectList())
            .Query(() => reports, q => q.Match<MonitoringReport>(r => r.OrganizationId == organization.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, programs, reports)));
    }

    private static Verdict Judge(Evaluation evaluation, Domain.Organizations.Organization organization, IReadOnlyList<PersonalizedProgram> programs, IReadOnlyList<MonitoringReport> reports)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        PersonalizedProgram? first = null;
        foreach (var program in programs)
        {
            if (program.Status == ProgramStatus.Completed && program.Completion is { } c && c.Date <= asOf
                && (first is null || c.Date < first.Completion!.Date))
            {
                first = program;
            }
        }

        if (first is null)
        {
            return Verdict.NotApplicable(
                () => $"На {asOf:dd.MM.yyyy} ни одна программа наставничества в {organization.Name} не завершена; итоговый отчёт ещё не требуется.",
                () => $"On {asOf:yyyy-MM-dd} no program of {organization.Name} has completed; the final report is not due yet.",
                subject);
        }

        var completed = first.Completion!.Date;
        var deadline = new DateOnly(completed.Month >= 9 ? completed.Year + 1 : completed.Year, 8, 31);
        var due = DeadlineDays.Due(deadline);
        Subject[] subjects = [subject, Subject.Of(first)];
        var onTime = reports.Where(r => r.SubmittedOn is { } s && s <= due && s <= asOf).MinBy(r => r.SubmittedOn);
        if (onTime is not null)
        {
            return Verdict.Satisfied(
                () => $"Итоговый аналитический отчёт куратора ({onTime.Id}) представлен {onTime.SubmittedOn:dd.MM.yyyy}, до срока {DeadlineDays.Ru(deadline)} (первая программа, {first.Id}, завершена {completed:dd.MM.yyyy}).",
                () => $"The curator's final analytical report ({onTime.Id}) was submitted on {onTime.SubmittedOn:yyyy-MM-dd}, by {DeadlineDays.En(deadline)} (the first program, {first.Id}, completed on {completed:yyyy-MM-dd}).",
                subjects);
        }

        if (asOf <= due)
        {
            return Verdict.NotApplicable(
                () => $"Итоговый аналитический отчёт куратора ожидается до {DeadlineDays.Ru(deadline)} (первая программа, {first.Id}, завершена {completed:dd.MM.yyyy}); срок не истёк.",
                () => $"The curator's final analytical report is due by {DeadlineDays.En(deadline)} (the first program, {first.Id}, completed on {completed:yyyy-MM-dd}); that day has not passed.",
                subjects);
        }

        var undated = reports.Where(r => r.SubmittedOn is null).ToArray();
        if (undated.Length != 0)
        {
            return Verdict.Unknown(
                undated.Select(r => $"дата представления отчёта {r.Id}"),
                () => $"Итоговый аналитический отчёт куратора ожидался до {DeadlineDays.Ru(deadline)}; дата представления не указана: {string.Join(", ", undated.Select(r => r.Id))}.",
                () => $"The curator's final analytical report was due by {DeadlineDays.En(deadline)}; the submission day is not recorded for {string.Join(", ", undated.Select(r => r.Id))}.",
                subjects);
        }

        var late = reports.Where(r => r.SubmittedOn <= asOf).MinBy(r => r.SubmittedOn);
        return Verdict.Violated(
            () => late is null
                ? $"Итоговый аналитический отчёт куратора не представлен; срок (по выводу из положения) — {DeadlineDays.Ru(deadline)}, конец учебного года, в котором завершена первая программа ({first.Id}, {completed:dd.MM.yyyy})."
                : $"Итоговый аналитический отчёт куратора ({late.Id}) представлен {late.SubmittedOn:dd.MM.yyyy}, после срока {DeadlineDays.Ru(deadline)} (по выводу из положения: конец учебного года, в котором завершена первая программа).",
            () => late is null
                ? $"The curator's final analytical report is not submitted; it was due (an inference from the regulation) by {DeadlineDays.En(deadline)}, the end of the school year in which the first program ({first.Id}) completed on {completed:yyyy-MM-dd}."
                : $"The curator's final analytical report ({late.Id}) was submitted on {late.SubmittedOn:yyyy-MM-dd}, after {DeadlineDays.En(deadline)} (inferred: the end of the school year in which the first program completed).",
            subjects).AsWarning();
    }
}
