using Mentoring.Domain.Orders;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>The pairing order follows a review of the pairs by the pedagogical council (педагогический совет).</summary>
/// <remarks>
/// Not in the seeds; some organizations' regulations require it (optional, off unless an edition turns it on). Judges
/// every pairing order by <see cref="PairingOrder.ReviewedByCouncilOn"/>: a review on or before the order's date
/// satisfies the rule, a later one violates it, and none recorded leaves it unknown. Judged on: the date of each
/// pairing order (the review must precede it), whatever the date of validation.
/// </remarks>
[JudgedOn("the date of each pairing order (the review must precede it), whatever the date of validation.")]
[Name("pair.order-after-council")]
[Title("Приказ о закреплении пар издаётся после рассмотрения на педагогическом совете", "The pairing order follows a review by the pedagogical council")]
[Citation("положения других организаций (необязательное правило)", "пары/группы утверждаются приказом руководителя по итогам рассмотрения на педагогическом совете (типовая формулировка)")]
[Severity(Severity.Warning)]
[OffByDefault]
internal sealed class PairOrderAfterCouncil : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PairingOrder order = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order);
        Then()
            .Do(ctx => ctx.Emit(Judge(order)));
    }

    private static Verdict Judge(PairingOrder order)
    {
        var subjects = new Subject[order.Pairs.Count + 1];
        subjects[0] = Subject.Of(order);
        for (var i = 0; i < order.Pairs.Count; i++)
        {
            subjects[i + 1] = Subject.Of(SubjectKind.Pair, order.Pairs[i].Value);
        }

        if (order.ReviewedByCouncilOn is not { } reviewed)
        {
            return Verdict.Unknown(
                [$"дата рассмотрения пар на педагогическом совете (приказ {PairFacts.Ru(order)})"],
                () => $"Приказ {PairFacts.Ru(order)} (пары: {Pairs()}): не указано, рассматривались ли пары на педагогическом совете.",
                () => $"The case does not say whether the pedagogical council reviewed the pairs of {PairFacts.En(order)} (pairs: {Pairs()}).",
                subjects);
        }

        return reviewed <= order.Date
            ? Verdict.Satisfied(
                () => $"Приказ {PairFacts.Ru(order)} (пары: {Pairs()}) издан после рассмотрения на педагогическом совете {reviewed:dd.MM.yyyy}.",
                () => $"{PairFacts.Capital(PairFacts.En(order))} (pairs: {Pairs()}) follows the pedagogical council's review of {reviewed:yyyy-MM-dd}.",
                subjects)
            : Verdict.Violated(
                () => $"Приказ {PairFacts.Ru(order)} (пары: {Pairs()}) издан до рассмотрения на педагогическом совете {reviewed:dd.MM.yyyy}.",
                () => $"{PairFacts.Capital(PairFacts.En(order))} (pairs: {Pairs()}) precedes the pedagogical council's review of {reviewed:yyyy-MM-dd}.",
                subjects);

        string Pairs() => string.Join(", ", order.Pairs);
    }
}
