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
/// 002 §2, МР п.1; 003 §2.6; 004 roadmap п.1. The subject is each pairing order issued on or before the date of
/// validation. For every mentor and mentee of every pair it fixes, a consent to the extra duties
/// (<see cref="ConsentKind.PairingDuties"/>) given by or for the participant, for that pair or for no particular pair,
/// must be written and in force on the day of the order. A participant with such a consent only in mutual form, only
/// given after the order, or withdrawn before it, violates the rule; a participant with none recorded leaves the
/// outcome unknown (listing who) unless another participant's consent already violates it.
/// </remarks>
[Name("consent.pairing-order")]
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
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.PairingDuties, c => c.GivenOn <= evaluation.AsOf).CollectList())
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => order.Fixes(p.Id)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, pairs, consents)));
    }

    private static Verdict Judge(Evaluation evaluation, PairingOrder order, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var subjects = new List<Subject>(pairs.Count + 1) { Subject.Of(order) };
        foreach (var pair in pairs)
        {
            subjects.Add(Subject.Of(pair));
        }

        List<Fault>? faults = null;
        List<string>? missing = null;
        List<(PersonId Person, MentoringPair Pair)>? unconsented = null;
        var used = new List<Consent>();
        foreach (var pair in pairs)
        {
            // The mentors, then the mentees (as PairTexts.Participants, without building the list).
            foreach (var people in (ReadOnlySpan<IReadOnlyList<PersonId>>)[pair.Mentors, pair.Mentees])
            {
                foreach (var person in people)
                {
                    var own = ConsentFacts.About(consents, person, asOf, pair.Id);
                    if (FirstWritten(own, static (c, day) => c.IsInForceOn(day), order.Date) is { } timely)
                    {
                        if (!used.Contains(timely))
                        {
                            used.Add(timely); // a consent for no particular pair may serve several
                        }

                        continue;
                    }

                    subjects.Add(evaluation.Person(person));
                    if (own.Count == 0)
                    {
                        (missing ??= []).Add($"письменное согласие {evaluation.Name(person)} на дополнительные обязанности в паре {pair.Id}");
                        (unconsented ??= []).Add((person, pair));
                        continue;
                    }

                    (faults ??= []).Add(FirstWritten(own, static (_, _) => true, order.Date) is not { } written
                        ? new(person, pair, FaultKind.NotWritten, default)
                        : FirstWritten(own, static (c, day) => c.GivenOn <= day, order.Date) is { WithdrawnOn: { } withdrawn }
                            ? new(person, pair, FaultKind.Withdrawn, withdrawn)
                            : new(person, pair, FaultKind.Late, written.GivenOn));
                }
            }
        }

        if (faults is not null)
        {
            return Verdict.Violated(
                () => $"Приказ {order}: {string.Join("; ", faults.Select(f => f.Ru(evaluation)))}.",
                () => $"{ConsentFacts.En(order)}: {string.Join("; ", faults.Select(f => f.En(evaluation)))}.",
                subjects);
        }

        if (missing is not null)
        {
            return Verdict.Unknown(
                missing,
                () => $"Приказ {order}: в деле нет согласий на дополнительные обязанности: {string.Join("; ", missing)}.",
                () => $"{ConsentFacts.En(order)}: the case has no consent to the extra duties of {string.Join(", ", unconsented!.Select(u => $"{evaluation.Name(u.Person)} (pair {u.Pair.Id})"))}.",
                subjects);
        }

        foreach (var consent in used)
        {
            subjects.Add(Subject.Of(consent));
        }

        return Verdict.Satisfied(
            () => $"Приказ {order}: все участники пар {ConsentFacts.Ids(pairs)} дали письменное согласие до его издания.",
            () => $"{ConsentFacts.En(order)}: every participant of pairs {ConsentFacts.Ids(pairs)} gave written consent on or before it.",
            subjects);
    }

    /// <summary>The first written consent that passes the test on the day (the day of the order), or null.</summary>
    private static Consent? FirstWritten(IReadOnlyList<Consent> consents, Func<Consent, DateOnly, bool> test, DateOnly day)
    {
        foreach (var consent in consents)
        {
            if (consent.Form == ConsentForm.Written && test(consent, day))
            {
                return consent;
            }
        }

        return null;
    }

    /// <summary>What is wrong with a participant's consent.</summary>
    private enum FaultKind
    {
        /// <summary>Only in mutual form.</summary>
        NotWritten = 1,

        /// <summary>Written, given by the order, but withdrawn before it.</summary>
        Withdrawn = 2,

        /// <summary>Written, but given after the order.</summary>
        Late = 3,
    }

    /// <summary>A participant whose consent does not support the order, and the day that tells why.</summary>
    private readonly record struct Fault(PersonId Person, MentoringPair Pair, FaultKind Kind, DateOnly Day)
    {
        internal string Ru(Evaluation evaluation) => Kind switch
        {
            FaultKind.NotWritten => $"согласие {evaluation.Name(Person)} (пара {Pair.Id}) дано не в письменной форме",
            FaultKind.Withdrawn => $"согласие {evaluation.Name(Person)} (пара {Pair.Id}) отозвано {Day:dd.MM.yyyy}, до приказа",
            _ => $"согласие {evaluation.Name(Person)} (пара {Pair.Id}) дано {Day:dd.MM.yyyy}, после приказа",
        };

        internal string En(Evaluation evaluation) => Kind switch
        {
            FaultKind.NotWritten => $"the consent of {evaluation.Name(Person)} (pair {Pair.Id}) is not written",
            FaultKind.Withdrawn => $"the consent of {evaluation.Name(Person)} (pair {Pair.Id}) was withdrawn on {Day:yyyy-MM-dd}, before the order",
            _ => $"the consent of {evaluation.Name(Person)} (pair {Pair.Id}) was given on {Day:yyyy-MM-dd}, after the order",
        };
    }
}
