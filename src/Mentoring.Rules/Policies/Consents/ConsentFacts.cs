using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>Where a person's consents stand on the day a rule judges on.</summary>
internal enum ConsentState
{
    /// <summary>Nothing is recorded: the consent is not presented (unknown, not refused).</summary>
    None = 1,

    /// <summary>Consents are recorded, but none in an accepted form (mutual where written is required).</summary>
    WrongForm = 2,

    /// <summary>A record says the consent was refused or not given, and none in an accepted form stood on the day.</summary>
    Refused = 3,

    /// <summary>Consents in an accepted form were given by the day, but withdrawn before it.</summary>
    Withdrawn = 4,

    /// <summary>A consent in an accepted form was given only after the day.</summary>
    Late = 5,

    /// <summary>A consent in an accepted form was given on or before the day and not withdrawn before it.</summary>
    InForce = 6,
}

/// <summary>Where a person's consents stand on the day judged.</summary>
/// <param name="State">The state.</param>
/// <param name="Deciding">The record that decides the state: the consent in force, the late, withdrawn or mutual one, or the refusal; null for none.</param>
/// <param name="EndedOn">
/// For <see cref="ConsentState.InForce"/>: the day, after the day judged and by the date of validation, on which the
/// consent was withdrawn or a refusal was recorded; null when it still stands.
/// </param>
internal sealed record ConsentStanding(ConsentState State, Consent? Deciding, DateOnly? EndedOn = null);

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

    /// <summary>
    /// Where the person's records stand on <paramref name="day"/> (the day the rule judges on), as far as the case shows
    /// by <paramref name="asOf"/>: a consent in an accepted form given on or before the day and not withdrawn before it
    /// (a withdrawal on the day itself is a later event) is in force; otherwise a late, withdrawn, refused or mutual one
    /// tells why not; nothing recorded is none.
    /// </summary>
    /// <param name="about">The records about the person made by the date of validation (<see cref="About(IEnumerable{Consent}, PersonId, DateOnly)"/>).</param>
    /// <param name="day">The day judged: the appointment, the order, the day the participant joined.</param>
    /// <param name="asOf">The date of validation: a withdrawal after it has not happened yet.</param>
    /// <param name="acceptMutual">True when a mutual consent is accepted beside a written one.</param>
    internal static ConsentStanding Standing(IReadOnlyList<Consent> about, DateOnly day, DateOnly asOf, bool acceptMutual = false)
    {
        Consent? timely = null;
        Consent? late = null;
        Consent? withdrawn = null;
        Consent? refusal = null;
        Consent? wrongForm = null;
        DateOnly? refusedAfter = null;
        foreach (var record in about)
        {
            if (record.IsRefusal)
            {
                refusal ??= record;
                if (record.GivenOn > day && (refusedAfter is null || record.GivenOn < refusedAfter))
                {
                    refusedAfter = record.GivenOn;
                }

                continue;
            }

            if (record.Form != ConsentForm.Written && !acceptMutual)
            {
                wrongForm ??= record;
                continue;
            }

            if (record.GivenOn > day)
            {
                late ??= record;
            }
            else if (record.WithdrawnOn is { } w && w < day)
            {
                withdrawn = record;
            }
            else if (timely is null || Outlasts(record, timely))
            {
                timely = record;
            }
        }

        if (timely is not null)
        {
            DateOnly? ended = timely.WithdrawnOn is { } w && w <= asOf ? w : null;
            if (refusedAfter is { } r && (ended is null || r < ended))
            {
                ended = r;
            }

            return new(ConsentState.InForce, timely, ended);
        }

        return late is not null ? new(ConsentState.Late, late)
            : withdrawn is not null ? new(ConsentState.Withdrawn, withdrawn)
            : refusal is not null ? new(ConsentState.Refused, refusal)
            : wrongForm is not null ? new(ConsentState.WrongForm, wrongForm)
            : new(ConsentState.None, null);
    }

    /// <summary>True when <paramref name="a"/> stands longer than <paramref name="b"/> (not withdrawn, or withdrawn later).</summary>
    private static bool Outlasts(Consent a, Consent b) =>
        b.WithdrawnOn is { } wb && (a.WithdrawnOn is not { } wa || wa > wb);

    /// <summary>
    /// Why the standing breaks the clause, in Russian and English, or null for <see cref="ConsentState.InForce"/> and
    /// <see cref="ConsentState.None"/>: «согласие на работу наставником дано 05.09.2023, после назначения …».
    /// </summary>
    /// <param name="standing">The standing.</param>
    /// <param name="what">The consent, without its form: («согласие на работу наставником», "consent to mentor").</param>
    /// <param name="required">What the clause requires: («письменное согласие», "a written consent").</param>
    /// <param name="day">The day judged, after «после»/«до» and "after"/"before": («назначения приказом № 5 от 01.09.2023», "the appointment by order No. 5 of 2023-09-01").</param>
    internal static (string Ru, string En)? Breach(ConsentStanding standing, (string Ru, string En) what, (string Ru, string En) required, (string Ru, string En) day) =>
        standing switch
        {
            { State: ConsentState.Late, Deciding: { } c } => (
                $"{what.Ru} дано {c.GivenOn:dd.MM.yyyy}, после {day.Ru}",
                $"the {what.En} was given on {c.GivenOn:yyyy-MM-dd}, after {day.En}"),
            { State: ConsentState.Withdrawn, Deciding: { } c } => (
                $"{what.Ru} от {c.GivenOn:dd.MM.yyyy} отозвано {c.WithdrawnOn:dd.MM.yyyy}, до {day.Ru}",
                $"the {what.En} of {c.GivenOn:yyyy-MM-dd} was withdrawn on {c.WithdrawnOn:yyyy-MM-dd}, before {day.En}"),
            { State: ConsentState.Refused, Deciding: { Status: ConsentStatus.Refused } c } => (
                $"в деле записан отказ от дачи согласия ({what.Ru}) от {c.GivenOn:dd.MM.yyyy}; {required.Ru} не дано",
                $"the case records a refusal of the {what.En} on {c.GivenOn:yyyy-MM-dd}; {required.En} was not given"),
            { State: ConsentState.Refused, Deciding: { } c } => (
                $"по записи от {c.GivenOn:dd.MM.yyyy} {what.Ru} не дано; требуется {required.Ru}",
                $"the case records on {c.GivenOn:yyyy-MM-dd} that the {what.En} was not given; {required.En} is required"),
            { State: ConsentState.WrongForm, Deciding: { } c } => (
                $"{what.Ru} от {c.GivenOn:dd.MM.yyyy} дано как обоюдное, не письменное; требуется {required.Ru}",
                $"the {what.En} of {c.GivenOn:yyyy-MM-dd} is mutual, not written; {required.En} is required"),
            _ => null,
        };

    /// <summary>
    /// Whether the person was a minor on the day: by the age on the day when it is known; when it is not, a person
    /// under <paramref name="majority"/> on <paramref name="latest"/> (the latest the day can be) was one on it too.
    /// A person other than a student with no birth date works, and is taken as an adult.
    /// </summary>
    /// <returns>True, false, or null when it cannot be told; and the age on the day when known.</returns>
    internal static (bool? Minor, int? Age) MinorOn(IPerson person, DateOnly? day, DateOnly latest, int majority)
    {
        if (person.BirthDate is null)
        {
            return (person is Student ? null : false, null);
        }

        if (day is { } known)
        {
            var age = person.AgeOn(known)!.Value;
            return (age < majority, age);
        }

        return person.AgeOn(latest) < majority ? (true, null) : (null, null);
    }

    /// <summary>«17 лет», «21 год».</summary>
    internal static string YearsRu(int age) => Plural.RuWithNumber(age, "год", "года", "лет");

    /// <summary>
    /// The first program of the pairs that ran on a day after <paramref name="day"/> by the date of validation (its
    /// completion or its term's end, whichever comes first, is after the day), or null.
    /// </summary>
    internal static PersonalizedProgram? RunningAfter(IEnumerable<PersonalizedProgram> programs, IReadOnlyList<MentoringPair> pairs, DateOnly day, DateOnly asOf)
    {
        foreach (var program in programs)
        {
            var last = program.Completion?.Date ?? program.Term.End;
            if (last > asOf)
            {
                last = asOf;
            }

            if (last > day && program.Term.Start <= last && IsOf(pairs, program))
            {
                return program;
            }
        }

        return null;
    }

    /// <summary>The last day a program of the pairs runs (its completion, else its term's end), or null when none.</summary>
    internal static DateOnly? LastDay(IEnumerable<PersonalizedProgram> programs, MentoringPair pair)
    {
        DateOnly? last = null;
        foreach (var program in programs)
        {
            if (program.PairId == pair.Id)
            {
                var end = program.Completion?.Date ?? program.Term.End;
                if (last is null || end > last)
                {
                    last = end;
                }
            }
        }

        return last;
    }

    /// <summary>The first day of the earliest program of the pairs, or null.</summary>
    internal static DateOnly? FirstProgramDay(IEnumerable<PersonalizedProgram> programs, IReadOnlyList<MentoringPair> pairs)
    {
        DateOnly? first = null;
        foreach (var program in programs)
        {
            if (IsOf(pairs, program) && (first is null || program.Term.Start < first))
            {
                first = program.Term.Start;
            }
        }

        return first;
    }

    /// <summary>True when the program belongs to one of the pairs (a rule's condition: no nested lambda).</summary>
    internal static bool IsOf(IReadOnlyList<MentoringPair> pairs, PersonalizedProgram program)
    {
        foreach (var pair in pairs)
        {
            if (pair.Id == program.PairId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the order fixes the pair (readings.md, principle 6): the order lists the pair, or the pair names the
    /// order; either side is enough.
    /// </summary>
    internal static bool Fixes(PairingOrder order, MentoringPair pair) => order.Fixes(pair.Id) || pair.ApprovedByOrder == order.Id;

    /// <summary>
    /// The day a participant of the pairs was assigned: the earliest pairing order issued by the date that fixes one of
    /// them (by listing it, or as the order the pair names), else the earliest day one of them was formed; null when
    /// the case shows neither.
    /// </summary>
    internal static Appointment? AppointedOn(IReadOnlyList<MentoringPair> pairs, MentoringCase @case, DateOnly asOf)
    {
        // The first earliest one in the orders' order, then the pairs' (as a stable OrderBy would pick it); only the
        // orders that fix one of the pairs are looked at (the model's keyed query, in case order).
        PairingOrder? firstOrder = null;
        MentoringPair? orderedPair = null;
        foreach (var order in @case.PairingOrdersFixing(pairs.Select(p => p.Id)))
        {
            if (order.Date > asOf || (firstOrder is not null && order.Date >= firstOrder.Date))
            {
                continue;
            }

            foreach (var pair in pairs)
            {
                if (Fixes(order, pair))
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

    /// <summary>«пара p1», «группа g1», «пары p1, p2», «группы g1, g2» or «пары и группы p1, g1» (one word per thing).</summary>
    internal static string PairsRu(IReadOnlyCollection<MentoringPair> pairs)
    {
        var groups = pairs.Count(p => p.IsGroup);
        var word = groups == 0
            ? pairs.Count == 1 ? "пара" : "пары"
            : groups == pairs.Count ? pairs.Count == 1 ? "группа" : "группы" : "пары и группы";
        return $"{word} {Ids(pairs)}";
    }

    /// <summary>"pair p1", "group g1", "pairs p1, p2", "groups g1, g2" or "pairs and groups p1, g1".</summary>
    internal static string PairsEn(IReadOnlyCollection<MentoringPair> pairs)
    {
        var groups = pairs.Count(p => p.IsGroup);
        var word = groups == 0
            ? pairs.Count == 1 ? "pair" : "pairs"
            : groups == pairs.Count ? pairs.Count == 1 ? "group" : "groups" : "pairs and groups";
        return $"{word} {Ids(pairs)}";
    }

    /// <summary>The identifiers of pairs, joined: «p1, p2».</summary>
    internal static string Ids(IEnumerable<MentoringPair> pairs) => string.Join(", ", pairs.Select(p => p.Id.Value));
}
