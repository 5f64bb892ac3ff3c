using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>The mentor's professional profile or competences match the mentee's request.</summary>
/// <remarks>
/// 002 «Процесс формирования пар». A mentee's request is the main request of the mentee's record in the mentee
/// registry (linked by person); a mentor's competences are the teacher's competences together with those of the
/// mentor's record in the mentor registry. Each mentee's request must share a word stem with the competences of
/// at least one mentor of the pair (<see cref="ProfileMatch"/>). A mentee with no match makes the pair violate the
/// rule; otherwise a request or competences missing from the case make it unknown, naming what is missing. Judged on:
/// the request and competences the case records (the registries keep no history; they describe the pair's forming).
/// </remarks>
[JudgedOn("the request and competences the case records (the registries keep no history; they describe the pair's forming).")]
[Name("pair.profile-matches-request")]
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

        When()
            .Match(() => evaluation)
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair)
    {
        // The pair's own mentors and mentees are looked up in the case by identifier (the model's keyed queries: the
        // teacher, the linked records of both registries), never by scanning the organization's staff for each pair. A
        // request matches the mentors' competences when it shares a stem with some list of them (the teacher's or a
        // registry record's of any mentor).
        var @case = evaluation.Case;
        var competences = new List<IReadOnlyList<string>>();
        List<PersonId>? withoutCompetences = null;
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var mentor = pair.Mentors[i];
            if (!AddCompetences(mentor, @case, competences))
            {
                (withoutCompetences ??= []).Add(mentor);
            }
        }

        List<PersonId>? withoutRequest = null;
        List<PersonId>? unmatched = null;
        var matched = 0;
        for (var i = 0; i < pair.Mentees.Count; i++)
        {
            var mentee = pair.Mentees[i];
            if (Request(mentee, @case) is not { } request)
            {
                (withoutRequest ??= []).Add(mentee);
            }
            else if (Matches(request, competences))
            {
                matched++;
            }
            else if (withoutCompetences is null)
            {
                (unmatched ??= []).Add(mentee);
            }
        }

        var subjects = PairFacts.Subjects(evaluation, pair);
        if (unmatched is { } notMatching)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: компетенции наставника не соответствуют запросу наставляемого {evaluation.Names(notMatching)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor's competences do not match the request of {evaluation.Names(notMatching)}.",
                subjects);
        }

        if ((withoutCompetences is not null || withoutRequest is not null) && matched < pair.Mentees.Count)
        {
            var missing = Missing(evaluation, withoutCompetences, withoutRequest);
            return Verdict.Unknown(
                missing,
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: нельзя сопоставить профиль наставника с запросом наставляемого — нет сведений: {string.Join("; ", missing)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor's profile cannot be compared with the mentee's request; missing: {missing.Count} fact(s).",
                subjects);
        }

        // Every mentee has a request that matches.
        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}: компетенции наставника соответствуют запросу ({Matched(evaluation, pair)}).",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor's competences match every mentee's request.",
            subjects);
    }

    /// <summary>
    /// Adds the mentor's lists of competences that are not empty, the teacher's, then those of the mentor's records in
    /// the mentor registry; false when the mentor has none.
    /// </summary>
    private static bool AddCompetences(PersonId mentor, MentoringCase @case, List<IReadOnlyList<string>> into)
    {
        var count = into.Count;
        if (@case.FindPerson(mentor) is Teacher { Competences.Count: not 0 } teacher)
        {
            into.Add(teacher.Competences);
        }

        var records = @case.MentorRecordsOf(mentor);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Competences.Count != 0)
            {
                into.Add(record.Competences);
            }
        }

        return into.Count != count;
    }

    /// <summary>The main request of the mentee's first record that states one, or null.</summary>
    private static string? Request(PersonId mentee, MentoringCase @case)
    {
        var records = @case.MenteeRecordsOf(mentee);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.MainRequest is { } request)
            {
                return request;
            }
        }

        return null;
    }

    /// <summary>Whether the request shares a stem with one of the lists of competences.</summary>
    private static bool Matches(string request, List<IReadOnlyList<string>> competences)
    {
        foreach (var list in competences)
        {
            if (ProfileMatch.SharesStem(request, list))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is missing, in Russian: the mentors' competences, then the mentees' requests.</summary>
    private static List<string> Missing(Evaluation evaluation, List<PersonId>? withoutCompetences, List<PersonId>? withoutRequest)
    {
        var missing = new List<string>();
        foreach (var mentor in withoutCompetences ?? [])
        {
            missing.Add($"компетенции наставника {evaluation.Name(mentor)}");
        }

        foreach (var mentee in withoutRequest ?? [])
        {
            missing.Add($"основной запрос наставляемого {evaluation.Name(mentee)} в базе наставляемых");
        }

        return missing;
    }

    /// <summary>
    /// «Петров П. П. — «матем», «урок»; …»: each mentee (all matched) with the stems the request shares with each
    /// mentor's competences in turn, without repeats.
    /// </summary>
    private static string Matched(Evaluation evaluation, MentoringPair pair)
    {
        // Each mentor's competences as one list (the stems a request shares with it do not depend on how it is split).
        var offered = new List<IEnumerable<string>>(pair.Mentors.Count);
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var lists = new List<IReadOnlyList<string>>();
            if (AddCompetences(pair.Mentors[i], evaluation.Case, lists))
            {
                offered.Add(lists.Count == 1 ? lists[0] : lists.SelectMany(l => l));
            }
        }

        var texts = new string[pair.Mentees.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var mentee = pair.Mentees[i];
            var shared = SharedWithEach(Request(mentee, evaluation.Case)!, offered);
            texts[i] = $"{evaluation.Name(mentee)} — «{string.Join("», «", shared)}»";
        }

        return string.Join("; ", texts);
    }

    /// <summary>The stems the request shares with each mentor's competences in turn, without repeats.</summary>
    private static IReadOnlyList<string> SharedWithEach(string request, List<IEnumerable<string>> offered)
    {
        if (offered.Count == 1)
        {
            return ProfileMatch.Shared(request, offered[0]); // distinct already
        }

        var shared = new List<string>();
        foreach (var competences in offered)
        {
            foreach (var stem in ProfileMatch.Shared(request, competences))
            {
                if (!shared.Contains(stem, StringComparer.Ordinal))
                {
                    shared.Add(stem);
                }
            }
        }

        return shared;
    }
}
