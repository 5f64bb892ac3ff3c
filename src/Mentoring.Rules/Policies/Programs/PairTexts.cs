using Mentoring.Domain;
using Mentoring.Domain.Pairs;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>How the program, completion and monitoring rules name a pair or group and its people.</summary>
internal static class PairTexts
{
    /// <summary>The mentors, then the mentees.</summary>
    internal static IReadOnlyList<PersonId> Participants(MentoringPair pair) => [.. pair.Mentors, .. pair.Mentees];

    /// <summary>«пары/группы p1 (наставник: Иванова М. П.; наставляемые: Петров П. П.)», in the genitive.</summary>
    internal static string Ru(Evaluation evaluation, MentoringPair pair) =>
        $"пары/группы {pair.Id} (наставник: {evaluation.Names(pair.Mentors)}; наставляемые: {evaluation.Names(pair.Mentees)})";

    /// <summary>«pair/group p1 (mentor: …; mentee(s): …)».</summary>
    internal static string En(Evaluation evaluation, MentoringPair pair) =>
        $"pair/group {pair.Id} (mentor: {evaluation.Names(pair.Mentors)}; mentee(s): {evaluation.Names(pair.Mentees)})";

    /// <summary>The subjects of people known by identifier.</summary>
    internal static IEnumerable<Subject> People(Evaluation evaluation, IEnumerable<PersonId> ids) => ids.Select(evaluation.Person);
}
