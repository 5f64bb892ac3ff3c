using Mentoring.Domain.Pairs;
using Mentoring.Domain.Petitions;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>A mentee may petition the curator and the head to replace the mentor.</summary>
/// <remarks>
/// 002 §4 (права наставляемого). Each replacement petition is judged: it comes from a mentee of the pair or group and is
/// addressed to both the curator and the head; pending or refused, nothing more is required; granted, the new mentor
/// must be a mentor of the pair or group. Granted without a recorded new mentor is unknown.
/// </remarks>
[Name("completion.mentor-replacement")]
[Title("Замена наставника по ходатайству наставляемого", "A mentee's petition to replace the mentor")]
[Citation("002 §4 (права наставляемого)", "обращаться к куратору и руководителю образовательной организации с ходатайством о замене наставника")]
[Severity(Severity.Warning)]
internal sealed class CompletionMentorReplacement : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Petition petition = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => petition, p => p.Kind == PetitionKind.MentorReplacement)
            .Match(() => pair, p => p.Id == petition.PairId);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, petition, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, Petition petition, MentoringPair pair)
    {
        Subject[] subjects = [Subject.Of(petition), evaluation.Person(petition.From), Subject.Of(pair)];
        if (!pair.Mentees.Contains(petition.From))
        {
            return Verdict.Violated(
                () => $"{PetitionRu()} подано не наставляемым {PairTexts.Ru(evaluation, pair)}.",
                () => $"The {PetitionEn()} is not filed by a mentee of the {PairTexts.En(evaluation, pair)}.",
                subjects);
        }

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

        if (petition.NewMentor is not { } newMentor)
        {
            return Verdict.Unknown(
                [$"новый наставник по ходатайству {petition.Id}"],
                () => $"{PetitionRu()} удовлетворено, но новый наставник не указан.",
                () => $"The {PetitionEn()} is granted, but the new mentor is not recorded.",
                subjects);
        }

        Subject[] withNew = [.. subjects, evaluation.Person(newMentor)];
        return pair.Mentors.Contains(newMentor)
            ? Verdict.Satisfied(
                () => $"{PetitionRu()} удовлетворено; новый наставник — {evaluation.Name(newMentor)}.",
                () => $"The {PetitionEn()} is granted; the new mentor is {evaluation.Name(newMentor)}.",
                withNew)
            : Verdict.Violated(
                () => $"{PetitionRu()} удовлетворено, но новый наставник {evaluation.Name(newMentor)} не является наставником {PairTexts.Ru(evaluation, pair)}.",
                () => $"The {PetitionEn()} is granted, but the new mentor {evaluation.Name(newMentor)} is not a mentor of the {PairTexts.En(evaluation, pair)}.",
                withNew);

        string PetitionRu() => PetitionTexts.Capitalize(PetitionTexts.Ru(evaluation, petition));
        string PetitionEn() => PetitionTexts.En(evaluation, petition);
    }
}
