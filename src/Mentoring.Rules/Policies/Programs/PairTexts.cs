using Mentoring.Domain;
using Mentoring.Domain.Pairs;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>How the program, completion and monitoring rules name a pair or group and its people.</summary>
/// <remarks>
/// readings.md, «Russian text»: one word per thing — «пара» for a pair, «группа» for a group (two mentees or more), never
/// both for one; names stand after a noun in apposition, never inflected; numbers agree.
/// </remarks>
internal static class PairTexts
{
    /// <summary>The mentors, then the mentees.</summary>
    internal static IReadOnlyList<PersonId> Participants(MentoringPair pair) => [.. pair.Mentors, .. pair.Mentees];

    /// <summary>«пары p1 (наставник: Иванова М. П.; наставляемый: Петров П. П.)» or «группы g1 (…; наставляемые: …)», in the genitive.</summary>
    internal static string Ru(Evaluation evaluation, MentoringPair pair) =>
        $"{(pair.IsGroup ? "группы" : "пары")} {pair.Id} ({People(evaluation, pair)})";

    /// <summary>«пара p1» or «группа g1», in the nominative, without the people.</summary>
    internal static string NameRu(MentoringPair pair) => $"{(pair.IsGroup ? "группа" : "пара")} {pair.Id}";

    /// <summary>«pair p1 (mentor: …; mentee: …)» or «group g1 (mentor: …; mentees: …)».</summary>
    internal static string En(Evaluation evaluation, MentoringPair pair) =>
        $"{(pair.IsGroup ? "group" : "pair")} {pair.Id} ({(pair.Mentors.Count == 1 ? "mentor" : "mentors")}: {evaluation.Names(pair.Mentors)}; "
        + $"{(pair.Mentees.Count == 1 ? "mentee" : "mentees")}: {evaluation.Names(pair.Mentees)})";

    /// <summary>The subjects of people known by identifier.</summary>
    internal static IEnumerable<Subject> People(Evaluation evaluation, IEnumerable<PersonId> ids) => ids.Select(evaluation.Person);

    private static string People(Evaluation evaluation, MentoringPair pair) =>
        $"{(pair.Mentors.Count == 1 ? "наставник" : "наставники")}: {evaluation.Names(pair.Mentors)}; "
        + $"{(pair.Mentees.Count == 1 ? "наставляемый" : "наставляемые")}: {evaluation.Names(pair.Mentees)}";
}
