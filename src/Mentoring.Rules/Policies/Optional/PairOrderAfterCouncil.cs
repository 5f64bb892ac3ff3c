using Mentoring.Domain.Orders;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>The pairing order follows a review of the pairs by the pedagogical council (педагогический совет).</summary>
/// <remarks>
/// Not in the seeds; some organizations' regulations require it (optional, off unless an edition turns it on). Judges
/// every pairing order by <see cref="PairingOrder.ReviewedByCouncilOn"/>: a review on or before the order's date
/// satisfies the rule, a later one violates it, and none recorded leaves it unknown.
/// </remarks>
[RuleId("pair.order-after-council")]
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
        var pairs = string.Join(", ", order.Pairs);
        var subjects = order.Pairs.Select(p => Subject.Of(SubjectKind.Pair, p.Value)).Prepend(Subject.Of(order));
        var en = PairFacts.En(order);
        if (order.ReviewedByCouncilOn is not { } reviewed)
        {
            return Verdict.Unknown(
                [$"дата рассмотрения пар на педагогическом совете (приказ {PairFacts.Ru(order)})"],
                $"Приказ {PairFacts.Ru(order)} (пары: {pairs}): не указано, рассматривались ли пары на педагогическом совете.",
                $"The case does not say whether the pedagogical council reviewed the pairs of {en} (pairs: {pairs}).",
                subjects);
        }

        return reviewed <= order.Date
            ? Verdict.Satisfied(
                $"Приказ {PairFacts.Ru(order)} (пары: {pairs}) издан после рассмотрения на педагогическом совете {reviewed:dd.MM.yyyy}.",
                $"{PairFacts.Capital(en)} (pairs: {pairs}) follows the pedagogical council's review of {reviewed:yyyy-MM-dd}.",
                subjects)
            : Verdict.Violated(
                $"Приказ {PairFacts.Ru(order)} (пары: {pairs}) издан до рассмотрения на педагогическом совете {reviewed:dd.MM.yyyy}.",
                $"{PairFacts.Capital(en)} (pairs: {pairs}) precedes the pedagogical council's review of {reviewed:yyyy-MM-dd}.",
                subjects);
    }
}
