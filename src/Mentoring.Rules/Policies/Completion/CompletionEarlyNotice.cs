using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>
/// From 2025-03-01, an early refusal by the mentor or an early cancellation by the employer gives at least 3 working
/// days' notice.
/// </summary>
/// <remarks>
/// ТК РФ, ст. 351.8 (федеральный закон от 09.11.2024 № 381-ФЗ, in force from 01.03.2025). The article binds the employer
/// and the employee only: a student mentor is no employee, so the rule does not apply to a refusal by a student mentor or
/// to the cancellation of mentoring whose mentors are all students. An ending by the mentor's and the mentee's mutual
/// decision (002 «Завершение»: «обоюдному решению») is no unilateral refusal: not applicable. A refusal is an ending on
/// the initiative of a mentor of the pair or group; a cancellation by the employer is an ending on the curator's
/// initiative or the head's. The notice is <see cref="Domain.Programs.Completion.NoticeGivenOn"/>, or for a mentor's
/// refusal the latest release petition of that mentor for the pair filed on or before the ending. The working days are
/// counted by the production calendar (<see cref="ProductionCalendar.Russia"/>: holidays and the government's transfers
/// for the years it ships, an approximate calendar otherwise, which the message then names) from the day after the
/// notice (ТК РФ, ст. 14) up to and including the day the program ended. The working week is the parameter
/// <c>workWeek</c>; when it is not known, the notice is violated (an error) only if it also fails the six-day count, and a
/// notice short by the five-day count only is a warning (readings.md, principle 7).
/// <para>
/// Judged on: the day of the notice — from 01.03.2025, whenever the assignment began; a notice given before that day is
/// not judged. The finding does not change as the date of validation moves later.
/// </para>
/// </remarks>
[JudgedOn("the day of the notice — from 01.03.2025, whenever the assignment began; a notice given before that day is not judged. The finding does not change as the date of validation moves later.")]
[Name("completion.early-notice")]
[Title("Предупреждение о досрочном прекращении наставничества — не менее чем за 3 рабочих дня", "Early ending of mentoring needs at least 3 working days' notice")]
[Citation("TK 351.8", "предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня")]
[Severity(Severity.Error)]
[EffectiveFrom("2025-03-01")]
[RuleParameter("noticeWorkingDays", ParameterKind.WholeNumber, "3", Min = 0, Max = 60, Description = "The shortest notice in working days (by the production calendar).", DescriptionRu = "Наименьший срок предупреждения в рабочих днях (по производственному календарю).")]
[RuleParameter("workWeek", ParameterKind.Choice, "\"unknown\"", Choices = "five-day|six-day|unknown", Description = "The organization's working week; when unknown, a notice is an error only if it fails the six-day count too.", DescriptionRu = "Рабочая неделя организации; если она неизвестна, предупреждение — ошибка, только если не выдержан и счёт по шестидневной неделе.")]
internal sealed class CompletionEarlyNotice : Rule
{
    private static readonly DateOnly InForceFrom = new(2025, 3, 1);

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Domain.Organizations.Organization organization = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Match(() => program, p => p.Completion != null && p.Completion.IsEarly)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), organization, program, pair, evaluation.PetitionsAbout(pair.Id, PetitionKind.MentorRelease)))); // the pair's petitions, by key
    }

    private static Verdict Judge(
        Evaluation evaluation, Editions.RuleParameters parameters, Domain.Organizations.Organization organization, PersonalizedProgram program, MentoringPair pair, IReadOnlyList<Petition> releases)
    {
        var required = parameters.WholeNumber("noticeWorkingDays") ?? 3;
        var week = parameters.Choice("workWeek") switch
        {
            "five-day" => WorkWeek.FiveDay,
            "six-day" => WorkWeek.SixDay,
            _ => (WorkWeek?)null,
        };
        var completion = program.Completion!;
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (completion.ByMutualDecision)
        {
            return Verdict.NotApplicable(
                () => $"{Ended()} по обоюдному решению наставника и наставляемого — это не односторонний отказ, ТК РФ, ст. 351.8 не применяется.",
                () => $"{EndedEn()} by the mentor's and the mentee's mutual decision, not a unilateral refusal: Labour Code art. 351.8 does not apply.",
                subjects);
        }

        var initiator = completion.InitiatedBy;
        var byMentor = initiator is not null && pair.Mentors.Contains(initiator);
        var byEmployer = !byMentor && (completion.Ground == CompletionGround.CuratorInitiative || (initiator is not null && initiator == organization.HeadId));
        if (!byMentor && !byEmployer)
        {
            return initiator is null
                ? Verdict.Unknown(
                    [$"инициатор досрочного прекращения программы {program.Id}"],
                    () => $"{Ended()}, но не указано, по чьей инициативе: нельзя определить, нужно ли предупреждение по ТК РФ, ст. 351.8.",
                    () => $"{EndedEn()}, but the initiator is not recorded, so whether Labour Code art. 351.8 notice applies is unknown.",
                    subjects)
                : Verdict.NotApplicable(
                    () => $"{Ended()} не по инициативе наставника или работодателя (инициатор: {evaluation.Name(initiator)}).",
                    () => $"{EndedEn()} on the initiative of {evaluation.Name(initiator)}, neither the mentor nor the employer.",
                    subjects);
        }

        if (byMentor ? IsStudent(evaluation, initiator!) : pair.Mentors.All(m => IsStudent(evaluation, m)))
        {
            return Verdict.NotApplicable(
                () => $"{Ended()}; наставник — обучающийся, не работник: ТК РФ, ст. 351.8 связывает только работодателя и работника.",
                () => $"{EndedEn()}; the mentor is a student, not an employee: Labour Code art. 351.8 binds only the employer and the employee.",
                subjects);
        }

        var petition = byMentor ? LatestRelease(releases, initiator!, completion.Date) : null;
        var notice = completion.NoticeGivenOn ?? petition?.FiledOn;
        Subject[] withPetition = petition is null || completion.NoticeGivenOn is not null ? subjects : [.. subjects, Subject.Of(petition)];
        if (notice is not { } noticeDay)
        {
            return completion.Date < InForceFrom
                ? Verdict.NotApplicable(
                    () => $"{Ended()} ({Who()}), до 01.03.2025: предупреждение, если оно было, дано до вступления в силу ТК РФ, ст. 351.8.",
                    () => $"{EndedEn()} ({WhoEn()}) before 2025-03-01: any notice was given before Labour Code art. 351.8 came into force.",
                    subjects)
                : Verdict.Unknown(
                    [$"дата письменного предупреждения о досрочном прекращении программы {program.Id}"],
                    () => $"{Ended()} ({Who()}), но дата письменного предупреждения не указана.",
                    () => $"{EndedEn()} ({WhoEn()}), but the day of the written notice is not recorded.",
                    subjects);
        }

        if (noticeDay < InForceFrom)
        {
            return Verdict.NotApplicable(
                () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} дано до вступления в силу ТК РФ, ст. 351.8 (01.03.2025).",
                () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} was given before Labour Code art. 351.8 came into force (2025-03-01).",
                withPetition);
        }

        var five = ProductionCalendar.Russia.CountWorkingDays(noticeDay, completion.Date, WorkWeek.FiveDay);
        var six = ProductionCalendar.Russia.CountWorkingDays(noticeDay, completion.Date, WorkWeek.SixDay);
        var approximate = (week switch { WorkWeek.FiveDay => five.IsApproximate, WorkWeek.SixDay => six.IsApproximate, _ => five.IsApproximate || six.IsApproximate })
            ? $" {ApproximateRu(YearsWithoutData(noticeDay, completion.Date))}"
            : string.Empty;
        var approximateEn = approximate.Length == 0
            ? string.Empty
            : $" The calendar for {string.Join(", ", YearsWithoutData(noticeDay, completion.Date))} is approximate: no official data on transferred days off.";
        var fiveOk = five.Value >= required;
        var sixOk = six.Value >= required;
        var need = ProgramTexts.WorkingDays(required);
        var needEn = ProgramTexts.WorkingDaysEn(required);

        if (week is { } known)
        {
            var given = known == WorkWeek.FiveDay ? five.Value : six.Value;
            var weekRu = known == WorkWeek.FiveDay ? "при пятидневной рабочей неделе" : "при шестидневной рабочей неделе";
            var weekEn = known == WorkWeek.FiveDay ? "in a five-day week" : "in a six-day week";
            return given >= required
                ? Verdict.Satisfied(
                    () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} — за {ProgramTexts.WorkingDays(given)} {weekRu} (требуется не менее чем за {need}, ТК РФ, ст. 351.8).{approximate}",
                    () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} gave {ProgramTexts.WorkingDaysEn(given)} {weekEn} (at least {needEn} required, Labour Code art. 351.8).{approximateEn}",
                    withPetition)
                : Verdict.Violated(
                    () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} — только за {ProgramTexts.WorkingDays(given)} {weekRu}, а ТК РФ, ст. 351.8 требует не менее чем за {need}.{approximate}",
                    () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} gave only {ProgramTexts.WorkingDaysEn(given)} {weekEn}, while Labour Code art. 351.8 requires at least {needEn}.{approximateEn}",
                    withPetition);
        }

        if (fiveOk && sixOk)
        {
            return Verdict.Satisfied(
                () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} — за {ProgramTexts.WorkingDays(Math.Min(five.Value, six.Value))} при любой рабочей неделе (требуется не менее чем за {need}, ТК РФ, ст. 351.8).{approximate}",
                () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} gave {ProgramTexts.WorkingDaysEn(Math.Min(five.Value, six.Value))} in either working week (at least {needEn} required, Labour Code art. 351.8).{approximateEn}",
                withPetition);
        }

        if (!fiveOk && !sixOk)
        {
            return Verdict.Violated(
                () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} — только за {ProgramTexts.WorkingDays(five.Value)} при пятидневной и за {ProgramTexts.WorkingDays(six.Value)} при шестидневной рабочей неделе, а ТК РФ, ст. 351.8 требует не менее чем за {need}.{approximate}",
                () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} gave only {ProgramTexts.WorkingDaysEn(five.Value)} in a five-day week and {ProgramTexts.WorkingDaysEn(six.Value)} in a six-day week, while Labour Code art. 351.8 requires at least {needEn}.{approximateEn}",
                withPetition);
        }

        var (shortRu, shortEn, shortCount, longRu, longEn, longCount) = fiveOk
            ? ("шестидневной", "six-day", six.Value, "пятидневной", "five-day", five.Value)
            : ("пятидневной", "five-day", five.Value, "шестидневной", "six-day", six.Value);
        return Verdict.Violated(
            () => $"{Ended()} ({Who()}); предупреждение {ProgramTexts.Ru(noticeDay)} — за {ProgramTexts.WorkingDays(shortCount)} при {shortRu} рабочей неделе, меньше требуемых ТК РФ, ст. 351.8 ({need}), "
                + $"но за {ProgramTexts.WorkingDays(longCount)} при {longRu}: рабочая неделя организации не указана, нарушение — только при {shortRu}.{approximate}",
            () => $"{EndedEn()} ({WhoEn()}); the notice of {ProgramTexts.En(noticeDay)} gave {ProgramTexts.WorkingDaysEn(shortCount)} in a {shortEn} week, less than Labour Code art. 351.8 requires ({needEn}), "
                + $"but {ProgramTexts.WorkingDaysEn(longCount)} in a {longEn} week: the organization's working week is not known, so it breaches the {shortEn} reading only.{approximateEn}",
            withPetition).AsWarning();

        string Ended() => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} прекращена досрочно {ProgramTexts.Ru(completion.Date)}";
        string EndedEn() => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} ended early on {ProgramTexts.En(completion.Date)}";
        string Who() => byMentor ? $"отказ наставника от наставничества; наставник: {evaluation.Name(initiator!)}" : "отмена поручения работодателем";
        string WhoEn() => byMentor ? $"refusal by the mentor {evaluation.Name(initiator!)}" : "cancellation by the employer";
    }

    /// <summary>«Календарь за 2030 год приблизительный: …», for the years without official data.</summary>
    private static string ApproximateRu(IEnumerable<int> years)
    {
        int[] list = [.. years];
        return $"Производственный календарь за {string.Join(", ", list)} {(list.Length == 1 ? "год" : "годы")} приблизительный: официальных данных о переносе выходных дней нет.";
    }

    private static bool IsStudent(Evaluation evaluation, PersonId person) => evaluation.Case.FindPerson(person) is Student;

    /// <summary>The years of the counted days (after the notice, through the ending) the calendar has no official data for.</summary>
    private static IEnumerable<int> YearsWithoutData(DateOnly notice, DateOnly through)
    {
        for (var year = notice.PlusDays(1).Year; year <= through.Year; year++)
        {
            if (!ProductionCalendar.Russia.HasOfficialData(year))
            {
                yield return year;
            }
        }
    }

    /// <summary>
    /// The release petition of <paramref name="mentor"/> filed last on or before <paramref name="ended"/> (the first of
    /// those filed that day), or null.
    /// </summary>
    private static Petition? LatestRelease(IReadOnlyList<Petition> releases, PersonId mentor, DateOnly ended)
    {
        Petition? latest = null;
        for (var i = 0; i < releases.Count; i++)
        {
            var release = releases[i];
            if (release.From == mentor && release.FiledOn <= ended && (latest is null || release.FiledOn > latest.FiledOn))
            {
                latest = release;
            }
        }

        return latest;
    }
}
