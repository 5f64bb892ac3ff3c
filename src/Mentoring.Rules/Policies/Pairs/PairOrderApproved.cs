using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Every pair or group is approved by the head's order (приказ о закреплении наставнических пар/групп).</summary>
/// <remarks>
/// 002 «Процесс формирования пар»; 003 §2.6. The pair is approved when a pairing order dated on or before the date of
/// validation lists it, or when the pair names such an order as the one approving it. An order dated after the date
/// of validation is not yet issued; one the pair names that is not a pairing order does not approve it.
/// </remarks>
[Name("pair.order-approved")]
[Title("Пара (группа) утверждена приказом руководителя", "A pair or group is approved by the head's order")]
[Citation("002 «Процесс формирования пар»; 003 §2.6", "пары/группы утверждаются приказом руководителя образовательной организации")]
[Severity(Severity.Error)]
internal sealed class PairOrderApproved : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IReadOnlyList<Order> orders = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair)
            .Query(() => orders, q => q.Match<Order>(o => o.Id == pair.ApprovedByOrder || (o is PairingOrder && ((PairingOrder)o).Fixes(pair.Id))).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, orders)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<Order> orders)
    {
        // The first pairing order issued by the date of validation approves the pair; else the first issued later.
        PairingOrder? approving = null;
        PairingOrder? later = null;
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            if (order is PairingOrder pairing)
            {
                if (pairing.Date <= evaluation.AsOf)
                {
                    approving = pairing;
                    break;
                }

                later ??= pairing;
            }
        }

        var subjects = PairFacts.Subjects(evaluation, pair);
        if (approving is { } approved)
        {
            return Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} утверждена приказом {PairFacts.Ru(approved)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} is approved by {PairFacts.En(approved)}.",
                [.. subjects, Subject.Of(approved)]);
        }

        if (later is { } issuedLater)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} не утверждена приказом на {evaluation.AsOf:dd.MM.yyyy}: приказ {PairFacts.Ru(issuedLater)} издан позже.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} is not approved by an order on {evaluation.AsOf:yyyy-MM-dd}: {PairFacts.En(issuedLater)} comes later.",
                [.. subjects, Subject.Of(issuedLater)]);
        }

        if (orders.Count != 0)
        {
            var other = orders[0];
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} ссылается на приказ {other}, который не закрепляет наставнические пары; приказа о закреплении нет.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} refers to {PairFacts.En(other)}, which is not a pairing order; no pairing order approves it.",
                [.. subjects, Subject.Of(other)]);
        }

        return Verdict.Violated(
            () => $"{PairFacts.OpeningRu(evaluation, pair)} не утверждена приказом руководителя: в деле нет приказа о её закреплении.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)} is not approved by the head's order: the case has no pairing order for it.",
            subjects);
    }
}
