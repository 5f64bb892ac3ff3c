using Mentoring.Domain;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>The mentor's professional profile or competences match the mentee's request.</summary>
/// <remarks>
/// 002 «Процесс формирования пар». A mentee's request is the main request of the mentee's record in the mentee
/// registry (linked by person); a mentor's competences are the teacher's competences together with those of the
/// mentor's record in the mentor registry. Each mentee's request must share a word stem with the competences of
/// at least one mentor of the pair (<see cref="ProfileMatch"/>). A mentee with no match makes the pair violate the
/// rule; otherwise a request or competences missing from the case make it unknown, naming what is missing.
/// </remarks>
[RuleId("pair.profile-matches-request")]
[Title("Профиль наставника соответствует запросу наставляемого", "The mentor's profile matches the mentee's request")]
[Citation("002 «Процесс формирования пар»", "профессиональный профиль или личный (компетентностный) опыт наставника должны соответствовать запросам наставляемого или наставляемых")]
[Severity(Severity.Warning)]
internal sealed class PairProfileMatchesRequest : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IReadOnlyList<Teacher> teachers = null!;
        IReadOnlyList<MentorRecord> mentorRecords = null!;
        IReadOnlyList<MenteeRecord> menteeRecords = null!;

        When()
            .Match(() => evaluation)
            .Query(() => teachers, q => q.Match<Teacher>().Collect())
            .Query(() => mentorRecords, q => q.Match<MentorRecord>(r => r.PersonId != null).Collect())
            .Query(() => menteeRecords, q => q.Match<MenteeRecord>(r => r.PersonId != null).Collect())
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, teachers, mentorRecords, menteeRecords)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        MentoringPair pair,
        IReadOnlyList<Teacher> teachers,
        IReadOnlyList<MentorRecord> mentorRecords,
        IReadOnlyList<MenteeRecord> menteeRecords)
    {
        // The queries collect every teacher and linked record once for all pairs (not per pair): the pair's own are
        // picked out here, by identifier, in the same order.
        var subjects = PairFacts.Subjects(evaluation, pair).ToList();
        var (ru, en) = PairFacts.Opening(evaluation, pair);
        var competences = pair.Mentors.ToDictionary(
            m => m,
            m => (IReadOnlyList<string>)[.. teachers.Where(t => t.Id == m).SelectMany(t => t.Competences)
                .Concat(mentorRecords.Where(r => r.PersonId == m).SelectMany(r => r.Competences))]);
        var missing = new List<string>();
        var unmatched = new List<PersonId>();
        var matched = new List<string>();
        var known = competences.Where(c => c.Value.Count != 0).ToList();
        missing.AddRange(competences.Where(c => c.Value.Count == 0).Select(c => $"компетенции наставника {evaluation.Name(c.Key)}"));
        foreach (var mentee in pair.Mentees)
        {
            var request = menteeRecords.FirstOrDefault(r => r.PersonId == mentee && r.MainRequest is not null)?.MainRequest;
            if (request is null)
            {
                missing.Add($"основной запрос наставляемого {evaluation.Name(mentee)} в базе наставляемых");
                continue;
            }

            var shared = known.SelectMany(c => ProfileMatch.Shared(request, c.Value)).Distinct(StringComparer.Ordinal).ToList();
            if (shared.Count != 0)
            {
                matched.Add($"{evaluation.Name(mentee)} — «{string.Join("», «", shared)}»");
            }
            else if (known.Count == competences.Count)
            {
                unmatched.Add(mentee);
            }
        }

        if (unmatched.Count != 0)
        {
            var names = evaluation.Names(unmatched);
            return Verdict.Violated(
                $"{ru}: компетенции наставника не соответствуют запросу наставляемого {names}.",
                $"{en}: the mentor's competences do not match the request of {names}.",
                subjects);
        }

        if (missing.Count != 0 && matched.Count < pair.Mentees.Count)
        {
            return Verdict.Unknown(
                missing,
                $"{ru}: нельзя сопоставить профиль наставника с запросом наставляемого — нет сведений: {string.Join("; ", missing)}.",
                $"{en}: the mentor's profile cannot be compared with the mentee's request; missing: {missing.Count} fact(s).",
                subjects);
        }

        return Verdict.Satisfied(
            $"{ru}: компетенции наставника соответствуют запросу ({string.Join("; ", matched)}).",
            $"{en}: the mentor's competences match every mentee's request.",
            subjects);
    }
}
