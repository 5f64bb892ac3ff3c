using Mentoring.Domain.Pairs;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;
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
[RuleId("completion.mentor-resignation")]
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
            .Query(() => programs, q => q.Match<PersonalizedProgram>(p => p.PairId == pair.Id).Collect());
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

        var ru = PetitionTexts.Capitalize(PetitionTexts.Ru(evaluation, petition));
        var en = PetitionTexts.En(evaluation, petition);
        if (petition.Outcome != PetitionOutcome.Granted)
        {
            return Verdict.Satisfied(
                $"{ru} подано куратору и руководителю; решение: {PetitionTexts.DecisionRu(petition)}.",
                $"The {en} is addressed to the curator and the head; decision: {PetitionTexts.DecisionEn(petition)}.",
                subjects);
        }

        if (!pair.Mentors.Contains(petition.From))
        {
            return Verdict.Satisfied(
                $"{ru} удовлетворено; наставники {PairTexts.Ru(evaluation, pair)} сменились.",
                $"The {en} is granted; the mentors of the {PairTexts.En(evaluation, pair)} have changed.",
                subjects);
        }

        var ended = programs.FirstOrDefault(p => p.Completion is { } c && c.Date >= petition.FiledOn);
        if (ended is not null)
        {
            return Verdict.Satisfied(
                $"{ru} удовлетворено; программа {ended.Id} завершена {ended.Completion!.Date:dd.MM.yyyy}.",
                $"The {en} is granted; program {ended.Id} ended on {ended.Completion!.Date:yyyy-MM-dd}.",
                [.. subjects, Subject.Of(ended)]);
        }

        if (programs.Count == 0)
        {
            return Verdict.Unknown(
                [$"программа {PairTexts.Ru(evaluation, pair)} и сведения о её завершении"],
                $"{ru} удовлетворено, наставник прежний, а программы пары/группы в деле нет — неизвестно, завершена ли работа пары.",
                $"The {en} is granted and the mentor is unchanged, but the case has no program of the pair/group to tell whether it ended.",
                subjects);
        }

        return Verdict.Violated(
            $"{ru} удовлетворено, но {evaluation.Name(petition.From)} остаётся наставником {PairTexts.Ru(evaluation, pair)}, а программа не завершена.",
            $"The {en} is granted, but {evaluation.Name(petition.From)} is still a mentor of the {PairTexts.En(evaluation, pair)} and no program has ended.",
            subjects);
    }
}
