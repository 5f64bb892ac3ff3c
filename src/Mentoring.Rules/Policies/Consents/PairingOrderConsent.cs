using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>
/// The order fixing a pair or group needs the written consent of every participant to the extra duties, dated on or
/// before the order.
/// </summary>
/// <remarks>
/// <para>
/// 002 §2, МР п.1 («издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на
/// возложение на них дополнительных обязанностей»); 003 §2.6; 004 roadmap п.1. The subject is each pairing order issued
/// by the date of validation. Judged on: the day of the order (readings.md, principle 1).
/// </para>
/// <para>
/// The order fixes every pair it lists and every pair that names it (readings.md, principle 6: one relation, one
/// answer). For every mentor and mentee of those pairs, a written consent to the extra duties
/// (<see cref="ConsentKind.PairingDuties"/>) given by or for the participant, for that pair or for no particular pair,
/// on or before the order and not withdrawn before it, satisfies the rule. A recorded refusal, a consent given after
/// the order, withdrawn before it, or only mutual, is a violation; a participant with nothing recorded leaves the
/// outcome unknown and a missing written document (listing who), unless another participant's consent already violates
/// it. Where the two sides disagree — a pair the order lists names another order, or a pair that names the order is
/// listed by another one — the inconsistency is reported (a warning when the consents are in order), not resolved.
/// </para>
/// </remarks>
[JudgedOn("the day of the order (readings.md, principle 1).")]
[Name("consent.pairing-order")]
[Title("Приказ о закреплении пар — с письменного согласия участников", "A pairing order needs every participant's prior written consent")]
[Citation("002 §2, МР п.1; 003 §2.6; 004 roadmap п.1", "издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью")]
[Severity(Severity.Error)]
internal sealed class PairingOrderConsent : Rule
{
    private static readonly (string Ru, string En) What = ("согласие на дополнительные обязанности", "consent to the extra duties");

    private static readonly (string Ru, string En) Required = ("письменное согласие", "a written consent");

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PairingOrder order = null!;

        // The pairs the order fixes, each participant's consents and the other orders fixing a pair are the case's,
        // looked up by identifier (the model's keyed queries), not found by scanning every pair, consent and order per order.
        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, evaluation.Case.PairsFixedBy(order.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, PairingOrder order, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subjects = new List<Subject>(pairs.Count + 1) { Subject.Of(order) };
        foreach (var pair in pairs)
        {
            subjects.Add(Subject.Of(pair));
        }

        var day = ("приказа", "the order"); // the message names the order first
        List<(string Ru, string En)>? faults = null;
        List<(string Missing, string Ru, string En)>? missing = null;
        var used = new List<Consent>();
        var usedOnce = new HashSet<Consent>(); // each consent once, in the order first used: one order may fix every pair
        foreach (var pair in pairs)
        {
            foreach (var people in (ReadOnlySpan<IReadOnlyList<PersonId>>)[pair.Mentors, pair.Mentees])
            {
                foreach (var person in people)
                {
                    var standing = ConsentFacts.Standing(ConsentFacts.About(evaluation.Case.ConsentsAbout(person, ConsentKind.PairingDuties), person, asOf, pair.Id), order.Date, asOf);
                    if (standing.State == ConsentState.InForce)
                    {
                        if (usedOnce.Add(standing.Deciding!))
                        {
                            used.Add(standing.Deciding!); // a consent for no particular pair may serve several
                        }

                        continue;
                    }

                    subjects.Add(evaluation.Person(person));
                    var who = ($"{evaluation.Name(person)} ({ConsentFacts.PairsRu([pair])})", $"{evaluation.Name(person)} ({ConsentFacts.PairsEn([pair])})");
                    if (ConsentFacts.Breach(standing, What, Required, day) is { } breach)
                    {
                        subjects.Add(Subject.Of(standing.Deciding!));
                        (faults ??= []).Add(($"{who.Item1}: {breach.Ru}", $"{who.Item2}: {breach.En}"));
                    }
                    else
                    {
                        (missing ??= []).Add(($"письменное согласие на дополнительные обязанности ({ConsentFacts.PairsRu([pair])}; участник: {evaluation.Name(person)})", who.Item1, who.Item2));
                    }
                }
            }
        }

        var inconsistency = Inconsistency(evaluation, order, pairs);
        var noteRu = inconsistency is { } n ? $" Записи расходятся: {n.Ru}." : string.Empty;
        var noteEn = inconsistency is { } m ? $" The records disagree: {m.En}." : string.Empty;
        if (faults is not null)
        {
            return Verdict.Violated(
                () => $"Приказ {order}: {string.Join("; ", faults.Select(f => f.Ru))}.{noteRu}",
                () => $"{ConsentFacts.En(order)}: {string.Join("; ", faults.Select(f => f.En))}.{noteEn}",
                subjects);
        }

        if (missing is not null)
        {
            return Verdict.Unknown(
                missing.Select(m => m.Missing),
                () => $"Приказ {order}: письменное согласие на дополнительные обязанности не представлено — {string.Join("; ", missing.Select(m => m.Ru))}.{noteRu}",
                () => $"{ConsentFacts.En(order)}: the written consent to the extra duties is not presented — {string.Join("; ", missing.Select(m => m.En))}.{noteEn}",
                subjects).AsMissingDocument();
        }

        foreach (var consent in used)
        {
            subjects.Add(Subject.Of(consent));
        }

        if (inconsistency is { } text)
        {
            return Verdict.Violated(
                () => $"Приказ {order}: согласия участников даны до приказа, но записи о закреплении пар расходятся: {text.Ru}.",
                () => $"{ConsentFacts.En(order)}: the participants consented before the order, but the records of which order fixes the pairs disagree: {text.En}.",
                subjects).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Приказ {order}: все участники ({ConsentFacts.PairsRu(pairs)}) дали письменное согласие не позднее даты приказа.",
            () => $"{ConsentFacts.En(order)}: every participant ({ConsentFacts.PairsEn(pairs)}) gave written consent on or before it.",
            subjects);
    }

    /// <summary>
    /// Where the order's list and the pairs' own records disagree: a pair the order lists names another order, or a
    /// pair that names this order is listed by another order but not by this one; null when they agree.
    /// </summary>
    private static (string Ru, string En)? Inconsistency(Evaluation evaluation, PairingOrder order, IReadOnlyList<MentoringPair> pairs)
    {
        List<(string Ru, string En)>? found = null;
        foreach (var pair in pairs)
        {
            if (order.Fixes(pair.Id) && pair.ApprovedByOrder is { } named && named != order.Id)
            {
                var other = evaluation.Case.PairingOrdersFixing(pair.Id).FirstOrDefault(o => o.Id == named);
                (found ??= []).Add(other is null
                    ? ($"пара {pair.Id} указана в приказе, но ссылается на приказ {named}, которого нет в деле", $"pair {pair.Id} is listed by the order but names order {named}, which the case does not hold")
                    : ($"пара {pair.Id} указана в приказе, но ссылается на приказ № {other.Number} от {other.Date:dd.MM.yyyy}", $"pair {pair.Id} is listed by the order but names order No. {other.Number} of {other.Date:yyyy-MM-dd}"));
            }
            else if (!order.Fixes(pair.Id) && evaluation.Case.PairingOrdersFixing(pair.Id).FirstOrDefault(o => o.Fixes(pair.Id)) is { } lister)
            {
                (found ??= []).Add((
                    $"пара {pair.Id} ссылается на этот приказ, но указана в приказе № {lister.Number} от {lister.Date:dd.MM.yyyy}",
                    $"pair {pair.Id} names this order but is listed by order No. {lister.Number} of {lister.Date:yyyy-MM-dd}"));
            }
        }

        return found is null ? null : (string.Join("; ", found.Select(f => f.Ru)), string.Join("; ", found.Select(f => f.En)));
    }
}
