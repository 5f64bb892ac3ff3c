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
internal static class PairFacts
{
    /// <summary>«пара p1 (наставник: Иванова М. П.; наставляемый: Петров П. П.)», a group as «группа».</summary>
    internal static string Ru(Evaluation evaluation, MentoringPair pair) =>
        $"{(pair.IsGroup ? "группа" : "пара")} {pair.Id} " +
        $"({(pair.Mentors.Count > 1 ? "наставники" : "наставник")}: {evaluation.Names(pair.Mentors)}; " +
        $"{(pair.Mentees.Count > 1 ? "наставляемые" : "наставляемый")}: {evaluation.Names(pair.Mentees)})";

    /// <summary>"pair p1 (mentor: …; mentee: …)", a group as "group".</summary>
    internal static string En(Evaluation evaluation, MentoringPair pair) =>
        $"{(pair.IsGroup ? "group" : "pair")} {pair.Id} " +
        $"({(pair.Mentors.Count > 1 ? "mentors" : "mentor")}: {evaluation.Names(pair.Mentors)}; " +
        $"{(pair.Mentees.Count > 1 ? "mentees" : "mentee")}: {evaluation.Names(pair.Mentees)})";

    /// <summary>The pair named at the start of a sentence, in Russian and English.</summary>
    internal static (string Ru, string En) Opening(Evaluation evaluation, MentoringPair pair) =>
        evaluation.PairText(pair, static (e, p) => (Capital(Ru(e, p)), Capital(En(e, p))));

    /// <summary>The text with its first letter in upper case, to start a sentence.</summary>
    internal static string Capital(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    /// <summary>The pair first, then its mentors and mentees.</summary>
    internal static IEnumerable<Subject> Subjects(Evaluation evaluation, MentoringPair pair) =>
        evaluation.PairSubjects(pair, static (e, p) => [Subject.Of(p), .. p.Mentors.Concat(p.Mentees).Select(e.Person)]);

    /// <summary>
    /// The day the participants were assigned to each other, on which a requirement on a mentor or mentee is
    /// reckoned: the day the pair was formed, or the date of validation when that day is not recorded.
    /// </summary>
    internal static DateOnly AssignedOn(MentoringPair pair, DateOnly asOf) => pair.FormedOn ?? asOf;

    /// <summary>The distinct mentees of the pairs, in the pairs' order.</summary>
    internal static IReadOnlyList<PersonId> MenteesOf(IEnumerable<MentoringPair> pairs) => [.. pairs.SelectMany(p => p.Mentees).Distinct()];

    /// <summary>The person with the identifier among <paramref name="people"/>, or null.</summary>
    internal static IPerson? Find(IEnumerable<IPerson> people, PersonId id) => people.FirstOrDefault(p => p.Id == id);

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
}
