using Mentoring.Domain.Calendar;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// <c>program.duration</c> with <c>wholePeriod</c>: the program lasts the mentee's whole period («на весь период
/// адаптации», «на период испытательного срока», while the mentee is a young specialist) instead of a number of months.
/// </summary>
/// <remarks>
/// The period's last day for a teacher mentee: <c>young-specialist</c> — the day before the mentee reaches
/// <c>mentee.eligible-category</c>'s <c>ageUnder</c> or <c>maxExperienceYears</c> whole years of pedagogical experience,
/// whichever comes first; <c>probation</c> — <see cref="TeacherPost.ProbationEnd"/> of the post held when the program
/// starts; <c>adaptation</c> — never given by the case. The program's approved term ends on that day: satisfied; on the
/// next day (the anniversary, ГК РФ ст. 191–192's reading of a term in years): a warning; earlier or later: violated.
/// </remarks>
internal static class WholePeriod
{
    internal const string YoungSpecialist = "young-specialist";
    internal const string Probation = "probation";

    /// <summary>The verdict for one program under a «whole period» term.</summary>
    internal static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, string period)
    {
        var approved = program.ApprovedTerm;
        var id = program.Id;
        var subject = Subject.Of(program);
        var term = $"{ProgramTexts.Ru(approved.Start)}–{ProgramTexts.Ru(approved.End)}";
        var termEn = $"{ProgramTexts.En(approved.Start)} to {ProgramTexts.En(approved.End)}";
        var (nameRu, nameEn) = Names(period);
        var mentees = evaluation.Case.FindPair(program.PairId) is { } pair
            ? pair.Mentees.Select(m => evaluation.Case.FindPerson(m)).OfType<Teacher>().ToList()
            : [];
        if (mentees.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"Программа {id}: срок «на весь период» ({nameRu}) определяется по наставляемому-педагогу, а в паре его нет.",
                () => $"Program {id}: a term for the whole period ({nameEn}) is reckoned on a teacher mentee, and the pair has none.",
                subject);
        }

        var missing = new List<string>();
        var faults = new List<(string Ru, string En, bool Warning)>();
        var judged = 0;
        foreach (var mentee in mentees)
        {
            var name = evaluation.Name(mentee);
            if (LastDay(evaluation, mentee, period, approved.Start, name, missing) is not { } last)
            {
                continue;
            }

            if (last < approved.Start)
            {
                continue; // the period was over before the program began: nothing to reckon for this mentee
            }

            judged++;
            if (approved.End == last)
            {
                continue;
            }

            var lastRu = ProgramTexts.Ru(last);
            var lastEn = ProgramTexts.En(last);
            faults.Add(approved.End == last.PlusDays(1)
                ? ($"наставляемый {name}: {nameRu} истекает {lastRu} в календарном счёте и {ProgramTexts.Ru(approved.End)} по ГК РФ, ст. 191–192, по которой срок соблюдён",
                    $"mentee {name}: {nameEn} ends on {lastEn} by the calendar and on {ProgramTexts.En(approved.End)} by the Civil Code, art. 191–192, which the term meets",
                    true)
                : approved.End < last
                    ? ($"наставляемый {name}: программа заканчивается раньше, чем истекает {nameRu} ({lastRu})",
                        $"mentee {name}: the program ends before {nameEn} does, on {lastEn}",
                        false)
                    : ($"наставляемый {name}: программа продолжается после того, как истёк {nameRu} ({lastRu})",
                        $"mentee {name}: the program runs past the end of {nameEn}, {lastEn}",
                        false));
        }

        if (faults.Exists(f => !f.Warning))
        {
            var errors = faults.Where(f => !f.Warning).ToList();
            return Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({term}) не совпадает с периодом, на который установлено наставничество: {string.Join("; ", errors.Select(f => f.Ru))}.",
                () => $"The approved term of program {id} ({termEn}) is not the period mentoring is set for: {string.Join("; ", errors.Select(f => f.En))}.",
                subject);
        }

        if (missing.Count != 0)
        {
            return Verdict.Unknown(
                missing,
                () => $"Программа {id} ({term}): срок установлен «на весь период» ({nameRu}), а окончание периода из дела не определяется.",
                () => $"Program {id} ({termEn}): the term is the whole period ({nameEn}), and the case does not show when the period ends.",
                subject);
        }

        if (faults.Count != 0)
        {
            return Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({term}) длиннее периода, на который установлено наставничество, только в календарном счёте: {string.Join("; ", faults.Select(f => f.Ru))}.",
                () => $"The approved term of program {id} ({termEn}) outlasts the period mentoring is set for by the calendar only: {string.Join("; ", faults.Select(f => f.En))}.",
                subject).AsWarning();
        }

        return judged == 0
            ? Verdict.NotApplicable(
                () => $"Программа {id} ({term}): период наставляемого ({nameRu}) истёк до начала программы; срок «на весь период» к ней не применяется.",
                () => $"Program {id} ({termEn}): the mentee's period ({nameEn}) was over before the program began; a term for the whole period does not apply to it.",
                subject)
            : Verdict.Satisfied(
                () => $"Утверждённый срок программы {id} ({term}) совпадает с периодом, на который установлено наставничество ({nameRu}).",
                () => $"The approved term of program {id} ({termEn}) is the period mentoring is set for ({nameEn}).",
                subject);
    }

    /// <summary>The period's last day for the mentee, or null with what is missing added.</summary>
    private static DateOnly? LastDay(Evaluation evaluation, Teacher mentee, string period, DateOnly start, string name, List<string> missing)
    {
        switch (period)
        {
            case YoungSpecialist:
                // The first whole years outside the edition's bounds, written as numbers or as the text says them
                // («до 35 лет» → 35, «не старше 35 лет» → 36, «не более 3 лет» → 4); no age bound: no age limit.
                var category = evaluation.Edition.Parameters("mentee.eligible-category");
                var ageUnder = category.Bound("ageUnder", Editions.YearsBound.Under)?.UnderEquivalent;
                var years = category.Bound("maxExperienceYears", Editions.YearsBound.Under)?.UnderEquivalent ?? 3;
                DateOnly? byAge = ageUnder is { } age && mentee.BirthDate is { } birth ? birth.PlusYears(age).PlusDays(-1) : null;
                DateOnly? byExperience = mentee.PedagogicalCareerStart is { } career ? career.PlusYears(years).PlusDays(-1) : null;
                if (ageUnder is not null && byAge is null)
                {
                    missing.Add($"дата рождения {name}");
                }

                if (byExperience is null)
                {
                    missing.Add($"дата начала педагогической деятельности {name}");
                }

                return (ageUnder is null || byAge is not null) && byExperience is { } experienceEnd
                    ? byAge is { } ageEnd && ageEnd < experienceEnd ? ageEnd : experienceEnd
                    : null;
            case Probation:
                var probation = mentee.PostsOn(start).Select(p => p.ProbationEnd).OfType<DateOnly>().ToList();
                if (probation.Count == 0)
                {
                    missing.Add($"срок испытания {name} по должности на {ProgramTexts.Ru(start)}");
                    return null;
                }

                return probation.Max();
            default:
                missing.Add($"окончание периода адаптации {name}: ни положение, ни дело не определяют его датой или числом месяцев");
                return null;
        }
    }

    private static (string Ru, string En) Names(string period) => period switch
    {
        YoungSpecialist => ("период работы молодым специалистом", "the period as a young specialist"),
        Probation => ("испытательный срок", "the probation"),
        _ => ("период адаптации", "the period of adaptation"),
    };
}
