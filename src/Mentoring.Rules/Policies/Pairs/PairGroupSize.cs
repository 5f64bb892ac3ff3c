using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A group has one mentor and at least two mentees.</summary>
/// <remarks>
/// 002 §1 (в группе); 003 §4.6 п.2. A group is a pair declared of the kind «в группе», or one with two or more mentees.
/// It must have exactly one mentor and at least <c>groupMinMentees</c> mentees. Individual pairs are not judged.
/// </remarks>
[Name("pair.group-size")]
[Title("В группе один наставник и не менее двух наставляемых", "A group has one mentor and at least two mentees")]
[Citation("002 §1 (в группе); 003 §4.6 п.2", "один наставник взаимодействует с группой наставляемых одновременно (от двух и более человек)")]
[Severity(Severity.Warning)]
[RuleParameter("groupMinMentees", ParameterKind.WholeNumber, "2", Min = 2, Max = 100, Description = "The fewest mentees a group has.")]
internal sealed class PairGroupSize : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Kinds.Contains(MentoringKind.Group) || p.Mentees.Count >= 2);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), pair)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair)
    {
        var min = parameters.WholeNumber("groupMinMentees") ?? 2;
        var subjects = PairFacts.Subjects(evaluation, pair);
        var id = pair.Id;
        var (mentors, mentees) = (pair.Mentors.Count, pair.Mentees.Count);
        if (mentors != 1)
        {
            return Verdict.Violated(
                () => $"В группе {id} наставников: {mentors} ({evaluation.Names(pair.Mentors)}), а должен быть один.",
                () => $"Group {id} has {mentors} mentors ({evaluation.Names(pair.Mentors)}) instead of one.",
                subjects);
        }

        if (mentees < min)
        {
            return Verdict.Violated(
                () => $"В группе {id} наставника {evaluation.Names(pair.Mentors)} наставляемых: {mentees} ({evaluation.Names(pair.Mentees)}), меньше {min}.",
                () => $"Group {id} of mentor {evaluation.Names(pair.Mentors)} has {mentees} mentee(s) ({evaluation.Names(pair.Mentees)}), fewer than {min}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"В группе {id} один наставник ({evaluation.Names(pair.Mentors)}), наставляемых: {mentees} ({evaluation.Names(pair.Mentees)}).",
            () => $"Group {id} has one mentor ({evaluation.Names(pair.Mentors)}) and {mentees} mentees ({evaluation.Names(pair.Mentees)}).",
            subjects);
    }
}
