using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>
/// What the pair and optional rules say about a pair or group in their messages, and the facts they read from it,
/// written once: how a pair is named, its subjects, the day its participants were assigned, how a registry record
/// and an order are named.
/// </summary>
/// <remarks>
/// The texts are for the rules' message writers, which run only when a message is read (<see cref="Verdict"/>): a
/// rule calls them inside its writers, never while it judges.
/// </remarks>
internal static class PairFacts
{
    /// <summary>The pair named at the start of a sentence, in Russian and English (built once per pair and validation).</summary>
    internal static (string Ru, string En) Opening(Evaluation evaluation, MentoringPair pair) =>
        evaluation.PairText(pair, static (e, p) => (Ru(e, p, p.IsGroup ? "Группа" : "Пара"), En(e, p, p.IsGroup ? "Group" : "Pair")));

    /// <summary>The pair named at the start of a sentence in Russian: «Пара p1 (наставник: …; наставляемый: …)».</summary>
    internal static string OpeningRu(Evaluation evaluation, MentoringPair pair) => Opening(evaluation, pair).Ru;

    /// <summary>The pair named at the start of a sentence in English: "Pair p1 (mentor: …; mentee: …)".</summary>
    internal static string OpeningEn(Evaluation evaluation, MentoringPair pair) => Opening(evaluation, pair).En;

    /// <summary>The text with its first letter in upper case, to start a sentence.</summary>
    internal static string Capital(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text
        : string.Create(text.Length, text, static (span, t) =>
        {
            t.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });

    /// <summary>The pair first, then its mentors and mentees (the evaluation's array, built once per pair: never change it).</summary>
    internal static IReadOnlyList<Subject> Subjects(Evaluation evaluation, MentoringPair pair) =>
        evaluation.PairSubjects(pair, static (e, p) =>
        {
            var subjects = new Subject[1 + p.Mentors.Count + p.Mentees.Count];
            var i = 0;
            subjects[i++] = Subject.Of(p);
            for (var j = 0; j < p.Mentors.Count; j++)
            {
                subjects[i++] = e.Person(p.Mentors[j]);
            }

            for (var j = 0; j < p.Mentees.Count; j++)
            {
                subjects[i++] = e.Person(p.Mentees[j]);
            }

            return subjects;
        });

    /// <summary>The main subject first, then each of the pairs, in their order.</summary>
    internal static Subject[] Subjects(Subject first, IReadOnlyList<MentoringPair> pairs)
    {
        var subjects = new Subject[pairs.Count + 1];
        subjects[0] = first;
        for (var i = 0; i < pairs.Count; i++)
        {
            subjects[i + 1] = Subject.Of(pairs[i]);
        }

        return subjects;
    }

    /// <summary>The identifiers of the pairs for a message: «p1, p2».</summary>
    internal static string Ids(IReadOnlyList<MentoringPair> pairs) => string.Join(", ", pairs.Select(p => p.Id));

    /// <summary>
    /// The day of the appointment a requirement on a mentor or mentee is reckoned on: the date of the first pairing
    /// order issued by the date of validation that fixes the pair (principle 6: the order lists the pair or the pair
    /// names the order), else the day the pair was formed, else the first day of its first program; null when the
    /// case records none of them. Never the date of validation (readings.md, principle 1).
    /// </summary>
    internal static DateOnly? AppointedOn(Evaluation evaluation, MentoringPair pair) =>
        OrderDate(evaluation, pair) ?? pair.FormedOn ?? FirstProgramStart(evaluation, pair);

    /// <summary>
    /// The day the participants joined the pair: the day it was formed, else the date of the first pairing order
    /// issued by the date of validation that fixes it, else the first day of its first program; null when unknown.
    /// </summary>
    internal static DateOnly? JoinedOn(Evaluation evaluation, MentoringPair pair) =>
        pair.FormedOn ?? OrderDate(evaluation, pair) ?? FirstProgramStart(evaluation, pair);

    /// <summary>What a message names when the day of the appointment is unknown, in Russian.</summary>
    internal static string AppointmentMissingRu(MentoringPair pair) =>
        $"дата назначения в паре {pair.Id} (приказ о закреплении, дата формирования пары или начала программы)";

    /// <summary>The date of the first pairing order issued by the date of validation that fixes the pair, or null.</summary>
    private static DateOnly? OrderDate(Evaluation evaluation, MentoringPair pair)
    {
        DateOnly? first = null;
        foreach (var order in evaluation.Case.PairingOrdersFixing(pair.Id)) // by key: the orders that list the pair or that it names
        {
            if (order.Date <= evaluation.AsOf && (first is null || order.Date < first))
            {
                first = order.Date;
            }
        }

        return first;
    }

    /// <summary>The first day of the pair's earliest program, or null.</summary>
    private static DateOnly? FirstProgramStart(Evaluation evaluation, MentoringPair pair)
    {
        DateOnly? first = null;
        foreach (var program in evaluation.Case.ProgramsOf(pair.Id))
        {
            if (first is null || program.Term.Start < first)
            {
                first = program.Term.Start;
            }
        }

        return first;
    }

    /// <summary>The distinct mentees of the pairs, in the pairs' order.</summary>
    internal static IReadOnlyList<PersonId> MenteesOf(IReadOnlyList<MentoringPair> pairs)
    {
        if (pairs.Count == 1)
        {
            return pairs[0].Mentees; // a pair's mentees are distinct
        }

        var mentees = new List<PersonId>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            for (var j = 0; j < pair.Mentees.Count; j++)
            {
                var mentee = pair.Mentees[j];
                if (!mentees.Contains(mentee))
                {
                    mentees.Add(mentee);
                }
            }
        }

        return mentees;
    }

    /// <summary>The person with the identifier among <paramref name="people"/>, or null.</summary>
    internal static IPerson? Find(IReadOnlyList<IPerson> people, PersonId id)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (person.Id == id)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>An order in Russian, by number and date: «№ 12 от 01.09.2023».</summary>
    internal static string Ru(Order order) => $"№ {order.Number} от {order.Date:dd.MM.yyyy}";

    /// <summary>An order in English: "order No. 12 of 2023-09-01".</summary>
    internal static string En(Order order) => $"order No. {order.Number} of {order.Date:yyyy-MM-dd}";

    /// <summary>
    /// How a message names the mentee of a registry record: the linked person's name (respecting redaction), else
    /// the name the record writes, or the record's identifier when names are redacted or absent.
    /// </summary>
    internal static string Name(Evaluation evaluation, MenteeRecord record) =>
        record.PersonId is { } person ? evaluation.Name(person)
        : !evaluation.Redact && record.FullName is { } name ? name
        : record.Id.Value;

    /// <summary>The subject of a mentee registry record.</summary>
    internal static Subject RecordSubject(MenteeRecord record) =>
        Subject.Of(SubjectKind.RegistryRecord, record.Id.Value, record.FullName);

    /// <summary>«Пара p1 (наставник: Иванова М. П.; наставляемый: Петров П. П.)», the pair called <paramref name="what"/>.</summary>
    private static string Ru(Evaluation evaluation, MentoringPair pair, string what) =>
        $"{what} {pair.Id} " +
        $"({(pair.Mentors.Count > 1 ? "наставники" : "наставник")}: {evaluation.Names(pair.Mentors)}; " +
        $"{(pair.Mentees.Count > 1 ? "наставляемые" : "наставляемый")}: {evaluation.Names(pair.Mentees)})";

    /// <summary>"Pair p1 (mentor: …; mentee: …)", the pair called <paramref name="what"/>.</summary>
    private static string En(Evaluation evaluation, MentoringPair pair, string what) =>
        $"{what} {pair.Id} " +
        $"({(pair.Mentors.Count > 1 ? "mentors" : "mentor")}: {evaluation.Names(pair.Mentors)}; " +
        $"{(pair.Mentees.Count > 1 ? "mentees" : "mentee")}: {evaluation.Names(pair.Mentees)})";
}
