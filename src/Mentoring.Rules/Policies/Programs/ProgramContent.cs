using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// A program names its forms and kinds, its participants, its direction, and activities aimed at the mentee's
/// identified difficulties and at supporting the mentee's strengths.
/// </summary>
/// <remarks>
/// 002 §1 (понятия). The participants are those of the program's pair or group (joined by the pair's identifier);
/// the other parts must be stated by the program itself: a form, at least one kind, a direction, at least one identified
/// difficulty, at least one strength, and at least one planned activity. A part the program does not state is a
/// violation (the program is the document that must contain it), not a missing fact. The content is read as it stands
/// after agreed changes (a change of form replaces the form, 002 «Изменение сроков»).
/// <para>Judged on: the program's text as recorded (as approved, with its agreed changes), whatever the date of validation.</para>
/// </remarks>
[JudgedOn("the program's text as recorded (as approved, with its agreed changes), whatever the date of validation.")]
[Name("program.content")]
[Title("Содержание персонализированной программы", "The content of a personalized program")]
[Citation("002 §1 (понятия)", "включающая описание форм и видов наставничества, участников наставнической деятельности, направления наставнической деятельности и перечень мероприятий")]
[Severity(Severity.Warning)]
internal sealed class ProgramContent : Rule
{
    /// <summary>The parts a program must state, in the order the messages name them.</summary>
    private static readonly (Part Part, string Ru, string En)[] Parts =
    [
        (Part.Form, "форма наставничества", "the form"),
        (Part.Kinds, "виды наставничества", "the kinds"),
        (Part.Direction, "направление наставнической деятельности", "the direction"),
        (Part.Difficulties, "выявленные профессиональные затруднения наставляемого", "the mentee's identified difficulties"),
        (Part.Strengths, "сильные стороны наставляемого", "the mentee's strengths"),
        (Part.Activities, "перечень мероприятий", "the list of activities"),
    ];

    /// <summary>A part of a program's content.</summary>
    [Flags]
    private enum Part
    {
        None = 0,
        Form = 1,
        Kinds = 2,
        Direction = 4,
        Difficulties = 8,
        Strengths = 16,
        Activities = 32,
    }

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair)
    {
        var missing = Missing(program);
        var activities = program.Activities.Count;
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (missing != Part.None)
        {
            return Verdict.Violated(
                () => $"В программе {program.Id} {PairTexts.Ru(evaluation, pair)} не указано: {string.Join("; ", Names(missing, english: false))}.",
                () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} does not state {string.Join(", ", Names(missing, english: true))}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} содержит форму и виды наставничества, участников, направление, затруднения и сильные стороны наставляемого и {ProgramTexts.Activities(activities)}.",
            () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} states its form and kinds, participants, direction, the mentee's difficulties and strengths, and {ProgramTexts.ActivitiesEn(activities)}.",
            subjects);
    }

    /// <summary>The parts the program does not state.</summary>
    private static Part Missing(PersonalizedProgram program)
    {
        var missing = Part.None;
        if (program.Form is null)
        {
            missing |= Part.Form;
        }

        if (program.Kinds.Count == 0)
        {
            missing |= Part.Kinds;
        }

        if (program.Direction is null)
        {
            missing |= Part.Direction;
        }

        if (program.MenteeDifficulties.Count == 0)
        {
            missing |= Part.Difficulties;
        }

        if (program.MenteeStrengths.Count == 0)
        {
            missing |= Part.Strengths;
        }

        if (program.Activities.Count == 0)
        {
            missing |= Part.Activities;
        }

        return missing;
    }

    /// <summary>How the messages name the <paramref name="parts"/>, in the order of <see cref="Parts"/>.</summary>
    private static IEnumerable<string> Names(Part parts, bool english) =>
        Parts.Where(p => parts.HasFlag(p.Part)).Select(p => english ? p.En : p.Ru);
}
