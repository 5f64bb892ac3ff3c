using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>
/// The order fixing a pair or group needs the written consent of every participant to the extra duties, dated on or
/// before the order.
/// </summary>
/// <remarks>
/// 002 §2, МР п.1; 003 §2.6; 004 roadmap п.1. The subject is each pairing order issued on or before the date of
/// validation. For every mentor and mentee of every pair it fixes, a consent to the extra duties
/// (<see cref="ConsentKind.PairingDuties"/>) given by or for the participant, for that pair or for no particular pair,
/// must be written and in force on the day of the order. A participant with such a consent only in mutual form, only
/// given after the order, or withdrawn before it, violates the rule; a participant with none recorded leaves the
/// outcome unknown (listing who) unless another participant's consent already violates it.
/// </remarks>
[RuleId("consent.pairing-order")]
[Title("Приказ о закреплении пар — с письменного согласия участников", "A pairing order needs every participant's prior written consent")]
[Citation("002 §2, МР п.1; 003 §2.6; 004 roadmap п.1", "издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью")]
[Severity(Severity.Error)]
internal sealed class PairingOrderConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PairingOrder order = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.PairingDuties, c => c.GivenOn <= evaluation.AsOf).Collect())
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => order.Fixes(p.Id)).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, pairs, consents)));
    }

    private static Verdict Judge(Evaluation evaluation, PairingOrder order, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        List<Subject> subjects = [Subject.Of(order), .. pairs.Select(Subject.Of)];
        var faultsRu = new List<string>();
        var faultsEn = new List<string>();
        var missing = new List<string>();
        var missingEn = new List<string>();
        var used = new List<Consent>();
        foreach (var pair in pairs)
        {
            foreach (var person in pair.Mentors.Concat(pair.Mentees))
            {
                var name = evaluation.Name(person);
                var own = ConsentFacts.About(consents.Where(c => c.PairId is null || c.PairId == pair.Id), person, asOf);
                var timely = own.FirstOrDefault(c => c.Form == ConsentForm.Written && c.IsInForceOn(order.Date));
                if (timely is not null)
                {
                    used.Add(timely);
                    continue;
                }

                subjects.Add(evaluation.Person(person));
                if (own.Count == 0)
                {
                    missing.Add($"письменное согласие {name} на дополнительные обязанности в паре {pair.Id}");
                    missingEn.Add($"{name} (pair {pair.Id})");
                    continue;
                }

                var written = own.Where(c => c.Form == ConsentForm.Written).ToList();
                var (ru, en) = written.Count == 0
                    ? ($"согласие {name} (пара {pair.Id}) дано не в письменной форме", $"the consent of {name} (pair {pair.Id}) is not written")
                    : written.FirstOrDefault(c => c.GivenOn <= order.Date) is { WithdrawnOn: { } withdrawn }
                        ? ($"согласие {name} (пара {pair.Id}) отозвано {withdrawn:dd.MM.yyyy}, до приказа", $"the consent of {name} (pair {pair.Id}) was withdrawn on {withdrawn:yyyy-MM-dd}, before the order")
                        : ($"согласие {name} (пара {pair.Id}) дано {written[0].GivenOn:dd.MM.yyyy}, после приказа", $"the consent of {name} (pair {pair.Id}) was given on {written[0].GivenOn:yyyy-MM-dd}, after the order");
                faultsRu.Add(ru);
                faultsEn.Add(en);
            }
        }

        if (faultsRu.Count != 0)
        {
            return Verdict.Violated(
                $"Приказ {order}: {string.Join("; ", faultsRu)}.",
                $"{ConsentFacts.En(order)}: {string.Join("; ", faultsEn)}.",
                subjects);
        }

        if (missing.Count != 0)
        {
            return Verdict.Unknown(
                missing,
                $"Приказ {order}: в деле нет согласий на дополнительные обязанности: {string.Join("; ", missing)}.",
                $"{ConsentFacts.En(order)}: the case has no consent to the extra duties of {string.Join(", ", missingEn)}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"Приказ {order}: все участники пар {ConsentFacts.Ids(pairs)} дали письменное согласие до его издания.",
            $"{ConsentFacts.En(order)}: every participant of pairs {ConsentFacts.Ids(pairs)} gave written consent on or before it.",
            [.. subjects, .. used.Select(Subject.Of)]);
    }
}
