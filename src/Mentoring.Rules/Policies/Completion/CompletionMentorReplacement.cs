using Mentoring.Domain.Pairs;
using Mentoring.Domain.Petitions;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>A mentee may petition the curator and the head to replace the mentor.</summary>
/// <remarks>
/// 002 §4 (права наставляемого): «обращаться к куратору и руководителю образовательной организации с ходатайством о
/// замене наставника». A right, not a duty (readings.md, principle 4): a petition to the curator or to the head is lawful,
/// and one pending or refused asks nothing more. That a granted petition was acted on — the new mentor is a mentor of the
/// pair or group — is an inference (principle 5): at most a warning. A petition filed by someone who is not a mentee of
/// the pair is reported as a warning; granted without a recorded new mentor is unknown. ТК РФ, ст. 351.8 gives the mentee
/// no right of refusal and changes nothing here.
/// <para>Judged on: the day of the decision, against the pair's mentors as recorded.</para>
/// </remarks>
[JudgedOn("the day of the decision, against the pair's mentors as recorded.")]
[Name("completion.mentor-replacement")]
[Title("Замена наставника по ходатайству наставляемого", "A mentee's petition to replace the mentor")]
[Citation("002 §4 (права наставляемого)", "обращаться к куратору и руководителю образовательной организации с ходатайством о замене наставника")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "A right of the mentee (principle 4): that a granted petition brings a new mentor into the pair is inferred, not stated.")]
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
            .Let(() => pair, () => evaluation.Case.FindPair(petition.PairId)!) // the petition's pair, by key (no join with every pair)
            .Having(() => pair != null);
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
                subjects).AsWarning();
        }

        if (PetitionTexts.Unaddressed(evaluation, petition, subjects) is { } unaddressed)
        {
            return unaddressed;
        }

        if (petition.Outcome != PetitionOutcome.Granted)
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()} подано {PetitionTexts.AddresseesRu(petition)}; решение: {PetitionTexts.DecisionRu(petition)}.",
                () => $"The {PetitionEn()} is addressed to {PetitionTexts.AddresseesEn(petition)}; decision: {PetitionTexts.DecisionEn(petition)}.",
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
                () => ProgramTexts.Sentence($"{PetitionRu()} удовлетворено; новый наставник: {evaluation.Name(newMentor)}"),
                () => ProgramTexts.Sentence($"The {PetitionEn()} is granted; the new mentor is {evaluation.Name(newMentor)}"),
                withNew)
            : Verdict.Violated(
                () => $"{PetitionRu()} удовлетворено, но новый наставник ({evaluation.Name(newMentor)}) не указан среди наставников {PairTexts.Ru(evaluation, pair)}.",
                () => $"The {PetitionEn()} is granted, but the new mentor {evaluation.Name(newMentor)} is not a mentor of the {PairTexts.En(evaluation, pair)}.",
                withNew).AsWarning();

        string PetitionRu() => PetitionTexts.Capitalize(PetitionTexts.Ru(evaluation, petition));
        string PetitionEn() => PetitionTexts.En(evaluation, petition);
    }
}
