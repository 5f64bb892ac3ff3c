using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Monitoring.Indicators;

/// <summary>
/// Computes the indicators of 003 §7.7 and the order preamble's 70 % target for a municipality and a year from its
/// organizations' cases (case files and registries).
/// </summary>
/// <remarks>
/// 003 §7.7 №1–7; 003 order preamble. The period is the calendar year (the seed's table has columns 2021г.–2024г.),
/// cut at the day of reckoning; ages, young-specialist status and the student age range are taken on the period's
/// last day. Definitions (see docs/monitoring.md):
/// <list type="bullet">
/// <item>a program <em>runs</em> in the period when it is not a draft and its term, cut at its completion date, meets the period;</item>
/// <item>a person <em>is in a program</em> as mentor or mentee when a pair that has a running program names them, or when
/// a linked registry record (003 annex 3) has an entry date on or before the period's end and no completion date before its start;</item>
/// <item>young teachers are pedagogical workers under <see cref="IndicatorSettings.AgeUnder"/> in their first
/// <see cref="IndicatorSettings.FirstYears"/> years (<see cref="Teacher.IsYoungSpecialistOn"/>); №5, №7 and the target share that denominator;</item>
/// <item>№7 counts a young teacher whose running program has planned activities (the individual route, 003 roadmap 4.5);</item>
/// <item>the target counts any form of support: a program, a pair formed by the period's end, a registry record, or support
/// recorded while unpaired (002 МР stage 5 п.3).</item>
/// </list>
/// </remarks>
public static class IndicatorCalculator
{
    /// <summary>Computes the eight figures for a year.</summary>
    /// <param name="municipalCase">The municipality's cases.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="asOf">The day of reckoning: a year not yet over is counted up to it.</param>
    /// <param name="settings">The settings, or the seeds' values.</param>
    /// <returns>The report, or MD1402 when the year begins after <paramref name="asOf"/>, MD0006 for a year outside 1–9998.</returns>
    public static Result<IndicatorReport> Compute(MunicipalCase municipalCase, int year, DateOnly asOf, IndicatorSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(municipalCase);
        if (year is < 1 or > 9998)
        {
            return DomainErrors.General.OutOfRange("year", year, 1, 9998).Fail();
        }

        var yearRange = DateRange.Year(year);
        if (asOf < yearRange.Start)
        {
            return DomainErrors.Indicators.YearNotBegun(year, asOf).Fail();
        }

        var period = asOf < yearRange.End ? DateRange.Create(yearRange.Start, asOf).Value : yearRange;
        var s = settings ?? IndicatorSettings.Default;
        var facts = municipalCase.Cases.Select(c => new CaseFacts(c, period)).ToArray();
        IndicatorValue Value(IndicatorDefinition d, Func<CaseFacts, IEnumerable<IndicatorItem>> items) =>
            new(d, period, [.. facts.SelectMany(items)], s.Target);

        IReadOnlyList<IndicatorValue> values =
        [
            Value(IndicatorCatalog.OrgsWithMentoring, OrgItems),
            Value(IndicatorCatalog.Programs, ProgramItems),
            Value(IndicatorCatalog.StudentsAsMentees, f => StudentItems(f, s, mentee: true)),
            Value(IndicatorCatalog.StudentsAsMentors, f => StudentItems(f, s, mentee: false)),
            Value(IndicatorCatalog.YoungTeachersAsMentees, f => YoungItems(f, s, f.MenteesInPrograms, "наставляемый в программе", "mentee in a program", "не наставляемый ни в одной программе периода", "not a mentee in any program of the period")),
            Value(IndicatorCatalog.TeachersAsMentors, TeacherMentorItems),
            Value(IndicatorCatalog.YoungTeachersRouteSupport, f => YoungItems(f, s, f.MenteesOnRoutes, "программа с планом мероприятий (индивидуальный маршрут)", "a program with planned activities (an individual route)", "нет программы с планом мероприятий", "no program with planned activities")),
            Value(IndicatorCatalog.YoungTeachersTarget, f => YoungItems(f, s, f.Supported, "в одной из форм поддержки", "in some form of support", "нет ни одной формы поддержки", "in no form of support")),
        ];
        return new IndicatorReport(year, period, s, values);
    }

    /// <summary>Computes the figures for each year from <paramref name="fromYear"/> to the year of <paramref name="asOf"/>.</summary>
    /// <param name="municipalCase">The municipality's cases.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="settings">The settings, or the seeds' values.</param>
    /// <returns>One report a year, or the first year's errors.</returns>
    public static Result<IReadOnlyList<IndicatorReport>> ComputeYears(MunicipalCase municipalCase, int fromYear, DateOnly asOf, IndicatorSettings? settings = null)
    {
        var reports = new List<IndicatorReport>();
        for (var year = fromYear; year <= asOf.Year; year++)
        {
            var report = Compute(municipalCase, year, asOf, settings);
            if (!report.IsSuccess)
            {
                return Result<IReadOnlyList<IndicatorReport>>.Invalid(report.ValidationErrors);
            }

            reports.Add(report.Value);
        }

        return reports.Count == 0
            ? Result<IReadOnlyList<IndicatorReport>>.Invalid(DomainErrors.Indicators.YearNotBegun(fromYear, asOf))
            : Result<IReadOnlyList<IndicatorReport>>.Success(reports);
    }

    /// <summary>The first year any program, pair or registry record of the cases starts, or null when none does.</summary>
    /// <param name="municipalCase">The cases.</param>
    /// <returns>The year, or null.</returns>
    public static int? FirstYear(MunicipalCase municipalCase)
    {
        ArgumentNullException.ThrowIfNull(municipalCase);
        var years = municipalCase.Cases.SelectMany(c =>
            c.Programs.Select(p => (int?)p.Term.Start.Year)
                .Concat(c.Pairs.Select(p => p.FormedOn?.Year))
                .Concat((c.MenteeRegistry?.Records ?? []).Select(r => r.EntryDate?.Year))
                .Concat((c.MentorRegistry?.Records ?? []).Select(r => r.EntryDate?.Year)))
            .Where(y => y is not null)
            .ToArray();
        return years.Length == 0 ? null : years.Min();
    }

    private static IEnumerable<IndicatorItem> OrgItems(CaseFacts f)
    {
        var org = f.Case.Organization;
        yield return f.RunningPrograms.Count != 0
            ? new IndicatorItem(org.Id, org.Id.Value, IndicatorItemStatus.Counted, $"реализуются программы: {f.RunningPrograms.Count}", $"programs running: {f.RunningPrograms.Count}")
            : new IndicatorItem(org.Id, org.Id.Value, IndicatorItemStatus.NotCounted, "нет программ наставничества в периоде", "no mentoring program in the period");
    }

    private static IEnumerable<IndicatorItem> ProgramItems(CaseFacts f)
    {
        var org = f.Case.Organization.Id;
        foreach (var program in f.Case.Programs.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            if (f.RunningPrograms.Contains(program))
            {
                yield return new IndicatorItem(org, program.Id.Value, IndicatorItemStatus.Counted, $"реализуется, {program.Term}", $"running, {program.Term}");
            }
            else if (program.Status == ProgramStatus.Draft && Meets(program.Term.Start, program.Term.End, f.Period))
            {
                yield return new IndicatorItem(org, program.Id.Value, IndicatorItemStatus.OutOfScope, "проект, не утверждена", "a draft, not approved");
            }
        }
    }

    private static IEnumerable<IndicatorItem> StudentItems(CaseFacts f, IndicatorSettings s, bool mentee)
    {
        var org = f.Case.Organization.Id;
        var inRole = mentee ? f.MenteesInPrograms : f.MentorsInPrograms;
        var (roleRu, roleEn) = mentee ? ("наставляемый", "mentee") : ("наставник", "mentor");
        foreach (var student in f.Case.Students.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            var id = student.Id.Value;
            if (student.AgeOn(f.Period.End) is not { } age)
            {
                yield return new IndicatorItem(org, id, IndicatorItemStatus.Unknown, "нет даты рождения", "no birth date");
            }
            else if (age < s.StudentAgeMin || age >= s.StudentAgeMax)
            {
                yield return new IndicatorItem(org, id, IndicatorItemStatus.OutOfScope, $"возраст {age}, вне {s.StudentAgeMin}–{s.StudentAgeMax}", $"aged {age}, outside {s.StudentAgeMin}–{s.StudentAgeMax}");
            }
            else
            {
                yield return inRole.Contains(student.Id)
                    ? new IndicatorItem(org, id, IndicatorItemStatus.Counted, $"{roleRu} в программе", $"{roleEn} in a program")
                    : new IndicatorItem(org, id, IndicatorItemStatus.NotCounted, $"не {roleRu} в программах периода", $"not a {roleEn} in the period's programs");
            }
        }
    }

    private static IEnumerable<IndicatorItem> TeacherMentorItems(CaseFacts f)
    {
        var org = f.Case.Organization.Id;
        foreach (var teacher in f.Case.Teachers.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            var id = teacher.Id.Value;
            if (!teacher.IsPedagogicalWorker)
            {
                yield return new IndicatorItem(org, id, IndicatorItemStatus.OutOfScope, "не педагогический работник", "not a pedagogical worker");
            }
            else if (NotYetWorking(teacher, f.Period))
            {
                yield return NotYetWorkingItem(org, id);
            }
            else
            {
                yield return f.MentorsInPrograms.Contains(teacher.Id)
                    ? new IndicatorItem(org, id, IndicatorItemStatus.Counted, "наставник в программе", "mentor in a program")
                    : new IndicatorItem(org, id, IndicatorItemStatus.NotCounted, "не наставник в программах периода", "not a mentor in the period's programs");
            }
        }
    }

    private static IEnumerable<IndicatorItem> YoungItems(CaseFacts f, IndicatorSettings s, HashSet<PersonId> counted, string yesRu, string yesEn, string noRu, string noEn)
    {
        var org = f.Case.Organization.Id;
        var on = f.Period.End;
        foreach (var teacher in f.Case.Teachers.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            var id = teacher.Id.Value;
            if (!teacher.IsPedagogicalWorker)
            {
                yield return new IndicatorItem(org, id, IndicatorItemStatus.OutOfScope, "не педагогический работник", "not a pedagogical worker");
                continue;
            }

            if (NotYetWorking(teacher, f.Period))
            {
                yield return NotYetWorkingItem(org, id);
                continue;
            }

            switch (teacher.IsYoungSpecialistOn(on, s.AgeUnder, s.FirstYears))
            {
                case null:
                    var missingRu = teacher.BirthDate is null ? "нет даты рождения" : "нет даты начала педагогической работы";
                    var missingEn = teacher.BirthDate is null ? "no birth date" : "no start of pedagogical career";
                    yield return new IndicatorItem(org, id, IndicatorItemStatus.Unknown, missingRu, missingEn);
                    break;
                case false:
                    yield return new IndicatorItem(org, id, IndicatorItemStatus.OutOfScope, $"не моложе {s.AgeUnder} лет или стаж не менее {s.FirstYears} лет", $"not under {s.AgeUnder} or not in the first {s.FirstYears} years");
                    break;
                default:
                    yield return counted.Contains(teacher.Id)
                        ? new IndicatorItem(org, id, IndicatorItemStatus.Counted, yesRu, yesEn)
                        : new IndicatorItem(org, id, IndicatorItemStatus.NotCounted, noRu, noEn);
                    break;
            }
        }
    }

    /// <summary>True when the teacher was hired, or began pedagogical work, only after the period.</summary>
    private static bool NotYetWorking(Teacher teacher, DateRange period) =>
        teacher.HireDate > period.End || teacher.PedagogicalCareerStart > period.End;

    private static IndicatorItem NotYetWorkingItem(OrganizationId org, string id) =>
        new(org, id, IndicatorItemStatus.OutOfScope, "принят на работу после периода", "hired after the period");

    private static bool Meets(DateOnly start, DateOnly end, DateRange period) => start <= period.End && end >= period.Start;

    /// <summary>What a case says about the period: running programs and who is in them.</summary>
    private sealed class CaseFacts
    {
        internal CaseFacts(MentoringCase mentoringCase, DateRange period)
        {
            Case = mentoringCase;
            Period = period;
            RunningPrograms = [.. mentoringCase.Programs.Where(p =>
                p.Status != ProgramStatus.Draft && Meets(p.Term.Start, p.Completion?.Date ?? p.Term.End, period))];
            var runningPairs = RunningPrograms.Select(p => mentoringCase.FindPair(p.PairId)).OfType<MentoringPair>().ToArray();
            var routePairs = RunningPrograms.Where(p => p.Activities.Count != 0).Select(p => mentoringCase.FindPair(p.PairId)).OfType<MentoringPair>();

            var registryMentees = (mentoringCase.MenteeRegistry?.Records ?? [])
                .Where(r => r.PersonId is not null && r.EntryDate is { } entry && entry <= period.End && (r.CompletionDate is not { } done || done >= period.Start))
                .ToArray();
            var registryMentors = (mentoringCase.MentorRegistry?.Records ?? [])
                .Where(r => r.PersonId is not null && r.EntryDate is { } entry && entry <= period.End && (r.CompletionDate is not { } done || done >= period.Start))
                .Select(r => r.PersonId!);

            MenteesInPrograms = runningPairs.SelectMany(p => p.Mentees).Concat(registryMentees.Select(r => r.PersonId!)).ToHashSet();
            MentorsInPrograms = runningPairs.SelectMany(p => p.Mentors).Concat(registryMentors).ToHashSet();
            MenteesOnRoutes = routePairs.SelectMany(p => p.Mentees).ToHashSet();

            // Any form of support: a program, a pair formed by the period's end whose programs did not all end before it,
            // a registry record, or support recorded while unpaired.
            var pairsInForce = mentoringCase.Pairs.Where(pair =>
            {
                if (pair.FormedOn is { } formed && formed > period.End)
                {
                    return false;
                }

                var programs = mentoringCase.ProgramsOf(pair.Id).ToArray();
                return programs.Length == 0 || programs.Any(p => (p.Completion?.Date ?? p.Term.End) >= period.Start);
            });
            var unpairedSupport = (mentoringCase.MenteeRegistry?.Records ?? [])
                .Where(r => r.PersonId is not null && r.SupportWhileUnpaired is not null && (r.EntryDate is not { } entry || entry <= period.End))
                .Select(r => r.PersonId!);
            Supported = MenteesInPrograms.Concat(pairsInForce.SelectMany(p => p.Mentees)).Concat(unpairedSupport).ToHashSet();
        }

        internal MentoringCase Case { get; }

        internal DateRange Period { get; }

        internal HashSet<PersonalizedProgram> RunningPrograms { get; }

        internal HashSet<PersonId> MenteesInPrograms { get; }

        internal HashSet<PersonId> MentorsInPrograms { get; }

        internal HashSet<PersonId> MenteesOnRoutes { get; }

        internal HashSet<PersonId> Supported { get; }
    }
}
