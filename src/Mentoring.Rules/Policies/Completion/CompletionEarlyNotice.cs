using Mentoring.Domain;
using Mentoring.Domain.Pairs;
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
/// TK 351.8 (federal law 381-ФЗ of 09.11.2024, in force from 01.03.2025). Judged: programs ended early on or after
/// 2025-03-01 on the mentor's initiative (the initiator is a mentor of the pair or group) or the employer's (the ground is
/// the curator's initiative, or the initiator is the head). An ending on a mentee's initiative, or before 2025-03-01, is
/// not judged. The notice day is <see cref="Domain.Programs.Completion.NoticeGivenOn"/>, or for a mentor's refusal the
/// latest release petition of that mentor for the pair filed on or before the ending. The working days are counted from
/// the day after the notice up to and including the day the program ended (TK art. 14), Monday to Friday:
/// <b>public holidays are not modelled</b>, so a notice spanning a holiday may be reported as sufficient when it is not.
/// </remarks>
[Name("completion.early-notice")]
[Title("Предупреждение о досрочном прекращении наставничества — не менее чем за 3 рабочих дня", "Early ending of mentoring needs at least 3 working days' notice")]
[Citation("TK 351.8", "предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня")]
[Severity(Severity.Error)]
[EffectiveFrom("2025-03-01")]
[RuleParameter("noticeWorkingDays", ParameterKind.WholeNumber, "3", Min = 0, Max = 60, Description = "The shortest notice in working days (Monday to Friday; public holidays are not modelled).")]
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
        IReadOnlyList<Petition> releases = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Match(() => program, p => p.Completion != null && p.Completion.IsEarly)
            .Match(() => pair, p => p.Id == program.PairId)
            .Query(() => releases, q => q.Match<Petition>(p => p.Kind == PetitionKind.MentorRelease, p => p.PairId == pair.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), organization, program, pair, releases)));
    }

    private static Verdict Judge(
        Evaluation evaluation, Editions.RuleParameters parameters, Domain.Organizations.Organization organization, PersonalizedProgram program, MentoringPair pair, IReadOnlyList<Petition> releases)
    {
        var required = parameters.WholeNumber("noticeWorkingDays") ?? 3;
        var completion = program.Completion!;
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (completion.Date < InForceFrom)
        {
            return Verdict.NotApplicable(
                () => $"{Ended()}, до вступления в силу ст. 351.8 ТК РФ (01.03.2025).",
                () => $"{EndedEn()}, before TK 351.8 came into force (2025-03-01).",
                subjects);
        }

        var initiator = completion.InitiatedBy;
        var byMentor = initiator is not null && pair.Mentors.Contains(initiator);
        var byEmployer = completion.Ground == CompletionGround.CuratorInitiative || (initiator is not null && initiator == organization.HeadId);
        if (!byMentor && !byEmployer)
        {
            return initiator is null
                ? Verdict.Unknown(
                    [$"инициатор досрочного прекращения программы {program.Id}"],
                    () => $"{Ended()}, но не указано, по чьей инициативе: нельзя определить, нужно ли предупреждение по ст. 351.8 ТК РФ.",
                    () => $"{EndedEn()}, but the initiator is not recorded, so whether TK 351.8 notice applies is unknown.",
                    subjects)
                : Verdict.NotApplicable(
                    () => $"{Ended()} по инициативе {evaluation.Name(initiator)}, не наставника и не работодателя.",
                    () => $"{EndedEn()} on the initiative of {evaluation.Name(initiator)}, neither the mentor nor the employer.",
                    subjects);
        }

        var petition = byMentor ? LatestRelease(releases, initiator!, completion.Date) : null;
        var notice = completion.NoticeGivenOn ?? petition?.FiledOn;
        Subject[] withPetition = petition is null || completion.NoticeGivenOn is not null ? subjects : [.. subjects, Subject.Of(petition)];
        if (notice is not { } noticeDay)
        {
            return Verdict.Unknown(
                [$"дата письменного предупреждения о досрочном прекращении программы {program.Id}"],
                () => $"{Ended()} ({Who()}), но дата предупреждения не указана.",
                () => $"{EndedEn()} ({WhoEn()}), but the day of notice is not recorded.",
                subjects);
        }

        var given = WorkingDays.Between(noticeDay, completion.Date);
        return given >= required
            ? Verdict.Satisfied(
                () => $"{Ended()} ({Who()}); предупреждение {noticeDay:dd.MM.yyyy} — за {given} раб. дн. (требуется не менее {required}).",
                () => $"{EndedEn()} ({WhoEn()}); notice on {noticeDay:yyyy-MM-dd} gave {given} working day(s), at least {required} required.",
                withPetition)
            : Verdict.Violated(
                () => $"{Ended()} ({Who()}); предупреждение {noticeDay:dd.MM.yyyy} — только за {given} раб. дн., а требуется не менее {required}.",
                () => $"{EndedEn()} ({WhoEn()}); notice on {noticeDay:yyyy-MM-dd} gave only {given} working day(s), {required} required.",
                withPetition);

        string Ended() => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} прекращена досрочно {completion.Date:dd.MM.yyyy}";
        string EndedEn() => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} ended early on {completion.Date:yyyy-MM-dd}";
        string Who() => byMentor ? $"отказ наставника {evaluation.Name(initiator!)}" : "отмена поручения работодателем";
        string WhoEn() => byMentor ? $"refusal by mentor {evaluation.Name(initiator!)}" : "cancellation by the employer";
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
