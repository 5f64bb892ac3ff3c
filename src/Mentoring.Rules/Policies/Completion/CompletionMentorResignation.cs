using Mentoring.Domain.Pairs;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>
/// A mentor may ask the curator and the head to be released from the duties of mentor; once released, the pair's
/// program ends or the pair gets a new mentor.
/// </summary>
/// <remarks>
/// 002 §4 (права наставника). Each release petition is judged: it must be addressed to both the curator and the head;
/// pending or refused, nothing more is required; granted, the pair or group must no longer list the petitioner as a
/// mentor (a new mentor), or one of its programs must have ended on or after the day of filing. Granted with the mentor
/// still listed and no program of the pair in the case is unknown.
/// </remarks>
[Name("completion.mentor-resignation")]
[Title("Сложение обязанностей наставника", "A mentor's release from the duties of mentor")]
[Citation("002 §4 (права наставника)", "обращаться с заявлением к куратору и руководителю образовательной организации с просьбой о сложении с него обязанностей наставника")]
[Severity(Severity.Warning)]
internal sealed class CompletionMentorResignation : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Petition petition = null!;
        MentoringPair pair = null!;
        IReadOnlyList<PersonalizedProgram> programs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => petition, p => p.Kind == PetitionKind.MentorRelease)
            .Match(() => pair, p => p.Id == petition.PairId)
            .Query(() => programs, q => q.Match<PersonalizedProgram>(p => p.PairId == pair.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, petition, pair, programs)));
    }

    private static Verdict Judge(Evaluation evaluation, Petition petition, MentoringPair pair, IReadOnlyList<PersonalizedProgram> programs)
    {
        Subject[] subjects = [Subject.Of(petition), evaluation.Person(petition.From), Subject.Of(pair)];
        if (PetitionTexts.Misaddressed(evaluation, petition, subjects) is { } misaddressed)
        {
            return misaddressed;
        }

        if (petition.Outcome != PetitionOutcome.Granted)
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()} подано куратору и руководителю; решение: {PetitionTexts.DecisionRu(petition)}.",
                () => $"The {PetitionEn()} is addressed to the curator and the head; decision: {PetitionTexts.DecisionEn(petition)}.",
                subjects);
        }

        if (!pair.Mentors.Contains(petition.From))
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()} удовлетворено; наставники {PairTexts.Ru(evaluation, pair)} сменились.",
                () => $"The {PetitionEn()} is granted; the mentors of the {PairTexts.En(evaluation, pair)} have changed.",
                subjects);
        }

        if (EndedSince(programs, petition.FiledOn) is { } ended)
        {
            var endedOn = ended.Completion!.Date;
            return Verdict.Satisfied(
                () => $"{PetitionRu()} удовлетворено; программа {ended.Id} завершена {endedOn:dd.MM.yyyy}.",
                () => $"The {PetitionEn()} is granted; program {ended.Id} ended on {endedOn:yyyy-MM-dd}.",
                [.. subjects, Subject.Of(ended)]);
        }

        if (programs.Count == 0)
        {
            return Verdict.Unknown(
                [$"программа {PairTexts.Ru(evaluation, pair)} и сведения о её завершении"],
                () => $"{PetitionRu()} удовлетворено, наставник прежний, а программы пары/группы в деле нет — неизвестно, завершена ли работа пары.",
                () => $"The {PetitionEn()} is granted and the mentor is unchanged, but the case has no program of the pair/group to tell whether it ended.",
                subjects);
        }

        return Verdict.Violated(
            () => $"{PetitionRu()} удовлетворено, но {evaluation.Name(petition.From)} остаётся наставником {PairTexts.Ru(evaluation, pair)}, а программа не завершена.",
            () => $"The {PetitionEn()} is granted, but {evaluation.Name(petition.From)} is still a mentor of the {PairTexts.En(evaluation, pair)} and no program has ended.",
            subjects);

        string PetitionRu() => PetitionTexts.Capitalize(PetitionTexts.Ru(evaluation, petition));
        string PetitionEn() => PetitionTexts.En(evaluation, petition);
    }

    /// <summary>The first of the <paramref name="programs"/> that ended on or after <paramref name="day"/>, or null.</summary>
    private static PersonalizedProgram? EndedSince(IReadOnlyList<PersonalizedProgram> programs, DateOnly day)
    {
        for (var i = 0; i < programs.Count; i++)
        {
            if (programs[i].Completion is { } completion && completion.Date >= day)
            {
                return programs[i];
            }
        }

        return null;
    }
}
