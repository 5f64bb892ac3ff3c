using Mentoring.Domain.Cases;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;

namespace Mentoring.Domain.Matching;

/// <summary>Builds the candidates of matching from the two registries, or from a case with its staff and pairs.</summary>
/// <remarks>
/// 003 annex 3 (the mentor and mentee registries); 002 МР stages 2–3 (the banks of mentees and mentors) and stage 5
/// (forming pairs). The mentees are the unpaired ones (<see cref="MenteeRecord.IsUnpaired"/>).
/// </remarks>
public static class MatchingCandidates
{
    /// <summary>The mentors and unpaired mentees of two registries, each of the organization keeping its registry.</summary>
    /// <param name="mentors">The mentor registry.</param>
    /// <param name="mentees">The mentee registry.</param>
    /// <param name="asOf">The day of matching: a mentee's age is the years since the birth year; a mentor's listed mentees count until the completion date.</param>
    /// <returns>The candidates, in the registries' order.</returns>
    public static (IReadOnlyList<MentorCandidate> Mentors, IReadOnlyList<MenteeCandidate> Mentees) From(MentorRegistry mentors, MenteeRegistry mentees, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        var mentorCandidates = mentors.Records
            .Select(r => Mentor(r, mentors.OrganizationId.Value, null, null, r.CompletionDate is { } done && done <= asOf ? 0 : r.Mentees.Count, asOf))
            .ToList();
        var menteeCandidates = mentees.Records
            .Where(r => r.IsUnpaired)
            .Select(r => Mentee(r, mentees.OrganizationId.Value, null, null, asOf))
            .ToList();
        return (mentorCandidates, menteeCandidates);
    }

    /// <summary>The mentors and unpaired mentees of a case: its registries, linked to its teachers and students, and its pairs.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The day of matching: ages, experience and running pairs are taken on it.</param>
    /// <param name="scope">Which experience counts (rule <c>mentor.min-experience</c>, parameter <c>scope</c>).</param>
    /// <returns>
    /// The candidates: every record of the mentor registry, and every teacher who mentors a running pair without a
    /// record; every unpaired record of the mentee registry whose person is in no pair. A mentor's current mentees are
    /// the distinct mentees of the mentor's running pairs (a pair runs while a program of it runs, or from the day it
    /// was formed when it has none), or the record's list when the record is not linked to a person.
    /// </returns>
    public static (IReadOnlyList<MentorCandidate> Mentors, IReadOnlyList<MenteeCandidate> Mentees) From(MentoringCase @case, DateOnly asOf, ExperienceScope scope = ExperienceScope.Total)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var organization = @case.Organization.Id.Value;
        var municipality = @case.Organization.MunicipalityId?.Value;
        var running = @case.Pairs.Where(p => Runs(@case, p, asOf)).ToList();
        int Current(PersonId person) => running.Where(p => p.Mentors.Contains(person)).SelectMany(p => p.Mentees).Distinct().Count();

        var mentors = new List<MentorCandidate>();
        var linked = new HashSet<PersonId>();
        foreach (var record in @case.MentorRegistry?.Records ?? [])
        {
            var teacher = record.PersonId is { } id ? @case.FindPerson(id) as Teacher : null;
            if (record.PersonId is { } person)
            {
                linked.Add(person);
            }

            var current = record.PersonId is { } p ? Current(p) : record.CompletionDate is { } done && done <= asOf ? 0 : record.Mentees.Count;
            mentors.Add(Mentor(record, teacher?.OrganizationId.Value ?? organization, municipality, teacher, current, asOf, scope));
        }

        foreach (var teacher in @case.Teachers.Where(t => !linked.Contains(t.Id) && running.Any(p => p.Mentors.Contains(t.Id))))
        {
            mentors.Add(MentorCandidate.Create(
                teacher.Id.Value,
                teacher.Name.FullName,
                teacher.OrganizationId.Value,
                municipality,
                teacher.Competences,
                teacher.ExperienceYearsOn(asOf, scope) is { } years ? Math.Clamp(years, 0, 80) : null,
                currentMentees: Current(teacher.Id)).Value);
        }

        var paired = @case.Pairs.SelectMany(p => p.Mentees).ToHashSet();
        var mentees = (@case.MenteeRegistry?.Records ?? [])
            .Where(r => r.IsUnpaired && !(r.PersonId is { } id && paired.Contains(id)))
            .Select(r =>
            {
                var person = r.PersonId is { } id ? @case.FindPerson(id) : null;
                var workplace = person switch
                {
                    Teacher t => t.OrganizationId.Value,
                    Student s => s.OrganizationId.Value,
                    _ => organization,
                };
                return Mentee(r, workplace, municipality, person, asOf);
            })
            .ToList();
        return (mentors, mentees);
    }

    private static MentorCandidate Mentor(MentorRecord record, string workplace, string? municipality, Teacher? teacher, int current, DateOnly asOf, ExperienceScope scope = ExperienceScope.Total) =>
        MentorCandidate.Create(
            record.Id.Value,
            record.FullName ?? teacher?.Name.FullName,
            workplace,
            municipality,
            [.. record.Competences, .. teacher?.Competences ?? []],
            teacher?.ExperienceYearsOn(asOf, scope) is { } years ? Math.Clamp(years, 0, 80) : null,
            record.PreferredMenteeAge,
            record.TimeAvailable?.HoursPerWeek,
            record.TimeAvailable?.Text,
            Math.Min(current, 10_000)).Value;

    private static MenteeCandidate Mentee(MenteeRecord record, string workplace, string? municipality, IPerson? person, DateOnly asOf)
    {
        int? age = person switch
        {
            Teacher t => t.AgeOn(asOf),
            Student s => s.AgeOn(asOf),
            _ => null,
        };
        age ??= record.BirthYear is { } year ? asOf.Year - year : null;
        return MenteeCandidate.Create(
            record.Id.Value,
            record.FullName ?? person?.Name.FullName,
            workplace,
            municipality,
            record.MainRequest,
            age is { } a ? Math.Clamp(a, 0, 120) : null).Value;
    }

    private static bool Runs(MentoringCase @case, MentoringPair pair, DateOnly asOf)
    {
        var programs = @case.ProgramsOf(pair.Id).ToList();
        return programs.Count == 0
            ? pair.FormedOn is not { } formed || formed <= asOf
            : programs.Any(p => p.Term.Contains(asOf) && !(p.Completion is { } done && done.Date <= asOf));
    }
}
