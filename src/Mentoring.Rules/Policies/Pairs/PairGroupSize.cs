using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using Mentoring.Domain;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A pair of the kind «в группе» has at least two mentees.</summary>
/// <remarks>
/// 002 §1 (в группе); 003 §4.6 п.2 define the kind: «один наставник взаимодействует с группой наставляемых
/// одновременно (от двух и более человек)». A definition (readings.md, principle 5): judged only on pairs declared of
/// the kind «в группе», and at most a warning. A «группа» with fewer than <c>groupMinMentees</c> mentees (one: a
/// mislabelled individual pair) is a warning. «Один наставник» is no cap: several mentors of one group, and pairs of
/// other kinds with several mentors and mentees, are lawful (003 §5.2). Judged on: the participants the pair records
/// (the kind and the composition as written; neither has a date of its own).
/// </remarks>
[JudgedOn("the participants the pair records (the kind and the composition as written; neither has a date of its own).")]
[Name("pair.group-size")]
[Title("В группе не менее двух наставляемых", "A group has at least two mentees")]
[Citation("002 §1 (в группе); 003 §4.6 п.2", "один наставник взаимодействует с группой наставляемых одновременно (от двух и более человек)")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Definition, "002 §1 and 003 §4.6 define the kind «в группе»; a group of one mentee is an individual pair mislabelled.")]
[RuleParameter("groupMinMentees", ParameterKind.WholeNumber, "2", Min = 2, Max = 100, Description = "The fewest mentees a group has.", DescriptionRu = "Наименьшее число наставляемых в группе.")]
internal sealed class PairGroupSize : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Kinds.Contains(MentoringKind.Group));
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), pair)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair)
    {
        var min = parameters.WholeNumber("groupMinMentees") ?? 2;
        var subjects = PairFacts.Subjects(evaluation, pair);
        var id = pair.Id;
        var mentees = pair.Mentees.Count;
        if (mentees == 1)
        {
            return Verdict.Violated(
                () => $"Группа {id} (вид «в группе»): наставляемый один ({evaluation.Names(pair.Mentees)}) — это индивидуальная пара, вид указан ошибочно.",
                () => $"Group {id} (kind \"in a group\") has one mentee ({evaluation.Names(pair.Mentees)}): an individual pair with the kind mislabelled.",
                subjects).AsWarning();
        }

        if (mentees < min)
        {
            return Verdict.Violated(
                () => $"Группа {id} (вид «в группе»): {Plural.RuWithNumber(mentees, "наставляемый", "наставляемых", "наставляемых")} ({evaluation.Names(pair.Mentees)}), меньше {min}.",
                () => $"Group {id} (kind \"in a group\") has {Plural.EnWithNumber(mentees, "mentee", "mentees")} ({evaluation.Names(pair.Mentees)}), fewer than {min}.",
                subjects).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Группа {id} (вид «в группе»): {Plural.RuWithNumber(mentees, "наставляемый", "наставляемых", "наставляемых")} ({evaluation.Names(pair.Mentees)}), не меньше {min}.",
            () => $"Group {id} (kind \"in a group\") has {Plural.EnWithNumber(mentees, "mentee", "mentees")} ({evaluation.Names(pair.Mentees)}), at least {min}.",
            subjects);
    }
}
