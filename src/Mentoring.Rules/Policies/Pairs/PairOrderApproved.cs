using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Every pair or group is approved by the head's order (приказ о закреплении наставнических пар/групп).</summary>
/// <remarks>
/// 002 «Процесс формирования пар»; 003 §2.6. The pair is approved when a pairing order dated on or before the date of
/// validation lists it, or when the pair names such an order as the one approving it (principle 6: one relation, one
/// answer). An order dated after the date of validation is not yet issued; one the pair names that is not a pairing
/// order does not approve it. The order is the head's when signed by the head, by a person recorded as acting head
/// that day, or by a deputy with a recorded delegation (an order distributing duties, a power of attorney); a deputy
/// with nothing recorded leaves it unknown, the missing document being the delegation (a violation in strict
/// validation); anyone else is a violation; an order whose copy does not show the signatory is taken as the head's.
/// Judged on: the date of the approving order (the signatory's authority on that day).
/// </remarks>
[JudgedOn("the date of the approving order (the signatory's authority on that day).")]
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

        // The orders approving the pair are the case's, looked up by identifier (keyed queries), not collected by
        // comparing every pair with every order.
        When()
            .Match(() => evaluation)
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, evaluation.OrdersApproving(pair))));
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
            return BySignatory(evaluation, pair, approved, [.. subjects, Subject.Of(approved)]);
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

    /// <summary>Judges the approving order by who signed it on its date.</summary>
    private static Verdict BySignatory(Evaluation evaluation, MentoringPair pair, PairingOrder order, Subject[] subjects)
    {
        if (order.SignedBy is not { } signer)
        {
            return Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} утверждена приказом {PairFacts.Ru(order)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} is approved by {PairFacts.En(order)}.",
                subjects);
        }

        var @case = evaluation.Case;
        if (@case.Organization.HeadId == signer || @case.FindPerson(signer) is Teacher { IsHead: true })
        {
            return Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} утверждена приказом {PairFacts.Ru(order)}, подписан руководителем ({evaluation.Name(signer)}).",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} is approved by {PairFacts.En(order)}, signed by the head ({evaluation.Name(signer)}).",
                subjects);
        }

        if (@case.AuthoritiesOf(signer, order.Date).FirstOrDefault() is { } authority)
        {
            return Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} утверждена приказом {PairFacts.Ru(order)}; подпись: {evaluation.Name(signer)} — {AuthorityRu(evaluation, authority)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} is approved by {PairFacts.En(order)}, signed by {evaluation.Name(signer)}: {AuthorityEn(evaluation, authority)}.",
                [.. subjects, Subject.Of(SubjectKind.Document, authority.Id.Value)]);
        }

        if (@case.FindPerson(signer) is Teacher { IsDeputyHead: true })
        {
            return Verdict.Unknown(
                [$"документ о передаче права подписи заместителю {evaluation.Name(signer)} на {order.Date:dd.MM.yyyy} (приказ о распределении обязанностей, доверенность) или о возложении обязанностей руководителя"],
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: приказ {PairFacts.Ru(order)} подписан заместителем руководителя ({evaluation.Name(signer)}); документ о передаче права подписи или об исполнении обязанностей руководителя на {order.Date:dd.MM.yyyy} не представлен.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: {PairFacts.En(order)} is signed by a deputy head ({evaluation.Name(signer)}); no delegation or acting-head record for {order.Date:yyyy-MM-dd} is presented.",
                subjects).AsMissingDocument();
        }

        if (@case.Organization.HeadId is null && !@case.Teachers.Any(t => t.IsHead))
        {
            return Verdict.Unknown(
                ["руководитель организации"],
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: приказ {PairFacts.Ru(order)} подписан: {evaluation.Name(signer)}; руководитель организации в деле не указан.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: {PairFacts.En(order)} is signed by {evaluation.Name(signer)}; the case does not name the organization's head.",
                subjects);
        }

        return Verdict.Violated(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}: приказ {PairFacts.Ru(order)} подписан не руководителем ({evaluation.Name(signer)}), полномочия на {order.Date:dd.MM.yyyy} не представлены.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}: {PairFacts.En(order)} is not signed by the head ({evaluation.Name(signer)}), and no authority to sign on {order.Date:yyyy-MM-dd} is presented.",
            subjects);
    }

    private static string AuthorityRu(Evaluation evaluation, SigningAuthority authority) =>
        (authority.Kind == SigningAuthorityKind.ActingHead ? "исполнение обязанностей руководителя" : "передача права подписи")
        + (authority.Basis is { } basis ? $" ({evaluation.Text(basis)})" : string.Empty);

    private static string AuthorityEn(Evaluation evaluation, SigningAuthority authority) =>
        (authority.Kind == SigningAuthorityKind.ActingHead ? "acting head" : "signature delegated")
        + (authority.Basis is { } basis ? $" ({evaluation.Text(basis)})" : string.Empty);
}
