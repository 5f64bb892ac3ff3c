using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Pairs;
using Mentoring.Rules.Policies.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>
/// The order fixing pairs states the term of mentoring, and the personalized programs of those pairs keep to it.
/// </summary>
/// <remarks>
/// Not in the seeds; some organizations' regulations require it (optional, off unless an edition turns it on):
/// «Наставничество организуется на основании … приказа руководителя, в которых определяются кандидатуры подшефных,
/// наставников, сроки наставничества». Judges every pairing order issued by the date of validation by
/// <see cref="PairingOrder.Term"/>: a term not recorded leaves the outcome unknown (the case may not transcribe it,
/// readings.md principle 2). Where the order states a term, every program of the pairs it fixes (the pairs it lists and
/// those that name it, readings.md principle 6) must have the same approved term (<see cref="Domain.Programs.PersonalizedProgram.ApprovedTerm"/>,
/// first and last day): a program that starts or ends on another day is a violation naming both terms; a pair with no
/// program yet does not break it (<c>program.per-pair</c> judges that). Judged on: the date of each pairing order (the
/// term it states), and the approved terms of the programs of its pairs, whatever the date of validation.
/// </remarks>
[JudgedOn("the date of each pairing order (the term it states), and the approved terms of the programs of its pairs, whatever the date of validation.")]
[Name("pair.order-states-term")]
[Title("Приказ о закреплении пар и групп определяет сроки наставничества", "The pairing order states the term of mentoring")]
[Citation("положения других организаций (необязательное правило)", "Наставничество организуется на основании локального акта учреждения и приказа руководителя, в которых определяются кандидатуры подшефных, наставников, сроки наставничества (типовая формулировка)")]
[Severity(Severity.Warning)]
[OffByDefault]
internal sealed class PairOrderStatesTerm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PairingOrder order = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, evaluation.Case.PairsFixedBy(order.Id))));   // the order's pairs, by key
    }

    private static Verdict Judge(Evaluation evaluation, PairingOrder order, IReadOnlyList<MentoringPair> pairs)
    {
        var subjects = new List<Subject>(pairs.Count + 1) { Subject.Of(order) };
        subjects.AddRange(pairs.Select(Subject.Of));
        var names = pairs.Count == 0 ? string.Join(", ", order.Pairs) : PairFacts.Ids(pairs);
        if (order.Term is not { } term)
        {
            return Verdict.Unknown(
                [$"сроки наставничества, определённые приказом {PairFacts.Ru(order)}"],
                () => $"Приказ {PairFacts.Ru(order)} (закреплены: {names}): в деле не указаны сроки наставничества, определённые приказом.",
                () => $"The case does not record the term of mentoring that {PairFacts.En(order)} (fixing {names}) states.",
                subjects);
        }

        var stated = $"{ProgramTexts.Ru(term.Start)}–{ProgramTexts.Ru(term.End)}";
        var statedEn = $"{ProgramTexts.En(term.Start)} to {ProgramTexts.En(term.End)}";
        var differ = new List<(string Ru, string En)>();
        foreach (var pair in pairs)
        {
            foreach (var program in evaluation.Case.ProgramsOf(pair.Id))
            {
                var approved = program.ApprovedTerm;
                if (approved.Start != term.Start || approved.End != term.End)
                {
                    differ.Add((
                        $"программа {program.Id} ({(pair.IsGroup ? "группа" : "пара")} {pair.Id}) — {ProgramTexts.Ru(approved.Start)}–{ProgramTexts.Ru(approved.End)}",
                        $"program {program.Id} ({(pair.IsGroup ? "group" : "pair")} {pair.Id}) runs {ProgramTexts.En(approved.Start)} to {ProgramTexts.En(approved.End)}"));
                }
            }
        }

        return differ.Count == 0
            ? Verdict.Satisfied(
                () => $"Приказ {PairFacts.Ru(order)} (закреплены: {names}) определяет сроки наставничества: {stated}; утверждённые сроки их программ с ними не расходятся.",
                () => $"{PairFacts.Capital(PairFacts.En(order))} (fixing {names}) states the term of mentoring, {statedEn}; the pairs' programs agree with it.",
                subjects)
            : Verdict.Violated(
                () => $"Приказ {PairFacts.Ru(order)} определяет сроки наставничества {stated}, а утверждённые сроки программ другие: {string.Join("; ", differ.Select(d => d.Ru))}.",
                () => $"{PairFacts.Capital(PairFacts.En(order))} states the term of mentoring as {statedEn}, but the approved terms differ: {string.Join("; ", differ.Select(d => d.En))}.",
                subjects);
    }
}
