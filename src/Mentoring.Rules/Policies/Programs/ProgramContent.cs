using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// A program names its forms and kinds, its participants, its direction, and activities aimed at the mentee's
/// identified difficulties and at supporting the mentee's strengths.
/// </summary>
/// <remarks>
/// 002 §1 (понятия). The participants are those of the program's pair or group (joined by the pair's identifier);
/// the other parts must be stated by the program itself: a form, at least one kind, a direction, at least one identified
/// difficulty, at least one strength, and at least one planned activity. A part the program does not state is a
/// violation (the program is the document that must contain it), not a missing fact.
/// </remarks>
[RuleId("program.content")]
[Title("Содержание персонализированной программы", "The content of a personalized program")]
[Citation("002 §1 (понятия)", "включающая описание форм и видов наставничества, участников наставнической деятельности, направления наставнической деятельности и перечень мероприятий")]
[Severity(Severity.Warning)]
internal sealed class ProgramContent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program)
            .Match(() => pair, p => p.Id == program.PairId);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair)
    {
        (bool Present, string Ru, string En)[] parts =
        [
            (program.Form is not null, "форма наставничества", "the form"),
            (program.Kinds.Count != 0, "виды наставничества", "the kinds"),
            (program.Direction is not null, "направление наставнической деятельности", "the direction"),
            (program.MenteeDifficulties.Count != 0, "выявленные профессиональные затруднения наставляемого", "the mentee's identified difficulties"),
            (program.MenteeStrengths.Count != 0, "сильные стороны наставляемого", "the mentee's strengths"),
            (program.Activities.Count != 0, "перечень мероприятий", "the list of activities"),
        ];
        var missing = parts.Where(p => !p.Present).ToArray();
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (missing.Length != 0)
        {
            return Verdict.Violated(
                $"В программе {program.Id} {PairTexts.Ru(evaluation, pair)} не указано: {string.Join("; ", missing.Select(m => m.Ru))}.",
                $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} does not state {string.Join(", ", missing.Select(m => m.En))}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} содержит формы и виды, участников, направление и {program.Activities.Count} мероприятий.",
            $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} states its form and kinds, participants, direction and {program.Activities.Count} activities.",
            subjects);
    }
}
