using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>Where a person's consents stand on a date.</summary>
internal enum ConsentState
{
    /// <summary>No consent of the kinds asked for is recorded: unknown, not refused.</summary>
    None = 1,

    /// <summary>Consents are recorded, but none in an accepted form (mutual where written is required).</summary>
    WrongForm = 2,

    /// <summary>Consents in an accepted form are recorded, but every one was withdrawn by the date.</summary>
    Withdrawn = 3,

    /// <summary>At least one consent in an accepted form is in force on the date.</summary>
    InForce = 4,
}

/// <summary>Where a person's consents stand: the state, the latest consent looked at, and those in force.</summary>
/// <param name="State">The state.</param>
/// <param name="Latest">The latest consent of the deciding group (null when none is recorded).</param>
/// <param name="InForce">The consents in an accepted form in force on the date, earliest first.</param>
internal sealed record ConsentStanding(ConsentState State, Consent? Latest, IReadOnlyList<Consent> InForce);

/// <summary>When a participant was assigned: the day, and the order or pair that shows it.</summary>
/// <param name="Date">The day of the pairing order, or the day the pair was formed.</param>
/// <param name="Order">The pairing order, or null when the day comes from the pair.</param>
/// <param name="Pair">The pair the day belongs to.</param>
internal sealed record Appointment(DateOnly Date, PairingOrder? Order, MentoringPair Pair)
{
    /// <summary>«приказом № 5 от 01.09.2023 (…)» or «при формировании пары p1 01.09.2023».</summary>
    internal string Ru => Order is { } order ? $"приказом {order}" : $"при формировании пары {Pair.Id} {Date:dd.MM.yyyy}";

    /// <summary>"by order No. 5 of 2023-09-01" or "when pair p1 was formed on 2023-09-01".</summary>
    internal string En => Order is { } order ? $"by {ConsentFacts.En(order)}" : $"when pair {Pair.Id} was formed on {Date:yyyy-MM-dd}";
}

/// <summary>
/// What the consent rules read from a case and how they name things, written once: the consents about a person,
/// where they stand on a date, the day a participant was assigned, and the names of consents and orders.
/// </summary>
internal static class ConsentFacts
{
    /// <summary>The day Labour Code art. 351.8 (381-ФЗ of 09.11.2024) came into force.</summary>
    internal static readonly DateOnly LabourCodeFrom = new(2025, 3, 1);

    /// <summary>The consents about the person (given by or for them) given on or before the date, earliest first.</summary>
    internal static IReadOnlyList<Consent> About(IEnumerable<Consent> consents, PersonId person, DateOnly asOf) =>
        About(consents, person, asOf, pair: null, forPairOnly: false);

    /// <summary>
    /// The consents about the person given on or before the date for the pair or for no particular pair, earliest first.
    /// </summary>
    internal static IReadOnlyList<Consent> About(IEnumerable<Consent> consents, PersonId person, DateOnly asOf, PairId pair) =>
        About(consents, person, asOf, pair, forPairOnly: true);

    private static List<Consent> About(IEnumerable<Consent> consents, PersonId person, DateOnly asOf, PairId? pair, bool forPairOnly)
    {
        List<Consent>? about = null;
        foreach (var consent in consents)
        {
            if (consent.Subject == person && consent.GivenOn <= asOf && (!forPairOnly || consent.PairId is null || consent.PairId == pair))
            {
                (about ??= []).Add(consent);
            }
        }

        if (about is null)
        {
            return [];
        }

        // A stable sort by date (as OrderBy): the few consents of one person keep their order on the same day.
        for (var i = 1; i < about.Count; i++)
        {
            var consent = about[i];
            var j = i - 1;
            while (j >= 0 && about[j].GivenOn > consent.GivenOn)
            {
                about[j + 1] = about[j];
                j--;
            }

            about[j + 1] = consent;
        }

        return about;
    }

    /// <summary>Where the consents stand on the date, accepting written consents and, when asked, mutual ones too.</summary>
    internal static ConsentStanding Standing(IReadOnlyList<Consent> given, DateOnly asOf, bool acceptMutual = false)
    {
        if (given.Count == 0)
        {
            return new(ConsentState.None, null, []);
        }

        // One pass: the latest accepted consent, and those in force (a list only when there are some).
        Consent? latestAccepted = null;
        List<Consent>? inForce = null;
        foreach (var consent in given)
        {
            if (consent.Form != ConsentForm.Written && !acceptMutual)
            {
                continue;
            }

            latestAccepted = consent;
            if (consent.IsInForceOn(asOf))
            {
                (inForce ??= new(given.Count)).Add(consent);
            }
        }

        return latestAccepted is null
            ? new(ConsentState.WrongForm, given[^1], [])
            : inForce is null
                ? new(ConsentState.Withdrawn, latestAccepted, [])
                : new(ConsentState.InForce, inForce[^1], inForce);
    }

    /// <summary>
    /// The day a participant of the pairs was assigned: the earliest pairing order issued by the date that fixes one of
    /// them (by listing it, or as the order the pair names), else the earliest day one of them was formed; null when
    /// the case shows neither.
    /// </summary>
    internal static Appointment? AppointedOn(IReadOnlyList<MentoringPair> pairs, IEnumerable<PairingOrder> orders, DateOnly asOf)
    {
        // The first earliest one in the orders' order, then the pairs' (as a stable OrderBy would pick it).
        PairingOrder? firstOrder = null;
        MentoringPair? orderedPair = null;
        foreach (var order in orders)
        {
            if (order.Date > asOf || (firstOrder is not null && order.Date >= firstOrder.Date))
            {
                continue;
            }

            foreach (var pair in pairs)
            {
                if (order.Fixes(pair.Id) || pair.ApprovedByOrder == order.Id)
                {
                    firstOrder = order;
                    orderedPair = pair;
                    break;
                }
            }
        }

        if (firstOrder is not null)
        {
            return new Appointment(firstOrder.Date, firstOrder, orderedPair!);
        }

        MentoringPair? firstFormed = null;
        foreach (var pair in pairs)
        {
            if (pair.FormedOn is { } formed && formed <= asOf && (firstFormed is null || formed < firstFormed.FormedOn!.Value))
            {
                firstFormed = pair;
            }
        }

        return firstFormed is null ? null : new Appointment(firstFormed.FormedOn!.Value, null, firstFormed);
    }

    /// <summary>True when one of the pairs has the person among its mentors (a rule's condition: no nested lambda).</summary>
    internal static bool Mentors(IReadOnlyList<MentoringPair> pairs, PersonId person)
    {
        foreach (var pair in pairs)
        {
            if (pair.Mentors.Contains(person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pairs that have the person among their mentors, in their order.</summary>
    internal static List<MentoringPair> MentoredBy(IReadOnlyList<MentoringPair> pairs, PersonId person)
    {
        var mentored = new List<MentoringPair>();
        foreach (var pair in pairs)
        {
            if (pair.Mentors.Contains(person))
            {
                mentored.Add(pair);
            }
        }

        return mentored;
    }

    /// <summary>The subjects of a person and of the pairs, the person first.</summary>
    internal static List<Subject> Subjects(Subject person, IReadOnlyList<MentoringPair> pairs)
    {
        var subjects = new List<Subject>(pairs.Count + 3) { person };
        foreach (var pair in pairs)
        {
            subjects.Add(Subject.Of(pair));
        }

        return subjects;
    }

    /// <summary>A consent in Russian: «согласие наставника на работу наставником от 01.09.2023».</summary>
    internal static string Ru(Consent consent) => $"{consent.Kind.Term().NameRu} от {consent.GivenOn:dd.MM.yyyy}";

    /// <summary>A consent in English: "mentor's consent to mentor of 2023-09-01".</summary>
    internal static string En(Consent consent) => $"{consent.Kind.Term().NameEn} of {consent.GivenOn:yyyy-MM-dd}";

    /// <summary>An order in English: "order No. 12 of 2023-09-01".</summary>
    internal static string En(Order order) => $"order No. {order.Number} of {order.Date:yyyy-MM-dd}";

    /// <summary>The identifiers of pairs, joined: «p1, p2».</summary>
    internal static string Ids(IEnumerable<MentoringPair> pairs) => string.Join(", ", pairs.Select(p => p.Id.Value));

    /// <summary>
    /// The verdict for a consent that is not in force for a reason the record shows (wrong form or withdrawn), or
    /// null when the standing is none or in force. <paramref name="whoRu"/> writes the name of the person and the
    /// consent sought; it runs only when the message is read.
    /// </summary>
    internal static Verdict? Refusal(ConsentStanding standing, Func<string> whoRu, Func<string> whoEn, string requiredRu, string requiredEn, IEnumerable<Subject> subjects) =>
        standing switch
        {
            { State: ConsentState.WrongForm, Latest: { } c } => Verdict.Violated(
                () => $"{whoRu()}: {Ru(c)} дано в форме «{c.Form.Term().NameRu}», а требуется {requiredRu}.",
                () => $"{whoEn()}: the {En(c)} is a {c.Form.Term().NameEn}, but {requiredEn} is required.",
                [.. subjects, Subject.Of(c)]),
            { State: ConsentState.Withdrawn, Latest: { } c } => Verdict.Violated(
                () => $"{whoRu()}: {Ru(c)} отозвано {c.WithdrawnOn:dd.MM.yyyy}.",
                () => $"{whoEn()}: the {En(c)} was withdrawn on {c.WithdrawnOn:yyyy-MM-dd}.",
                [.. subjects, Subject.Of(c)]),
            _ => null,
        };
}
