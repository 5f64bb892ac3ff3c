using Mentoring.Domain.Registries;

namespace Mentoring.Domain.Matching;

/// <summary>A mentor as matching sees one: the facts of the mentor registry and, when known, of the teacher.</summary>
/// <remarks>
/// 003 annex 3 (the mentor registry: workplace, competences, preferred age of mentees, time available); experience
/// for <c>mentor.min-experience</c>; current mentees for <c>pair.many-to-many</c> and <c>mentor.max-mentees</c>.
/// Build one with <see cref="Create"/>, or from a registry or a case with <see cref="MatchingCandidates"/>.
/// </remarks>
public sealed class MentorCandidate
{
    private MentorCandidate(string id, string? name, string? workplace, string? municipality, IReadOnlyList<string> competences, int? experienceYears, AgeRange? preferredMenteeAge, decimal? hoursPerWeek, string? timeText, int currentMentees)
    {
        Id = id;
        Name = name;
        Workplace = workplace;
        Municipality = municipality;
        Competences = competences;
        ExperienceYears = experienceYears;
        PreferredMenteeAge = preferredMenteeAge;
        HoursPerWeek = hoursPerWeek;
        TimeText = timeText;
        CurrentMentees = currentMentees;
        CompetenceStems = [.. competences.SelectMany(RequestMatch.Stems).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The identifier (unique among the mentors matched together; ties are broken by it).</summary>
    public string Id { get; }

    /// <summary>The full name, when known.</summary>
    public string? Name { get; }

    /// <summary>The organization the mentor works in (compared case-insensitively), when known.</summary>
    public string? Workplace { get; }

    /// <summary>The municipality of the workplace, when known.</summary>
    public string? Municipality { get; }

    /// <summary>The main competences.</summary>
    public IReadOnlyList<string> Competences { get; }

    /// <summary>Whole years of pedagogical experience, when known.</summary>
    public int? ExperienceYears { get; }

    /// <summary>The preferred age of mentees, when stated.</summary>
    public AgeRange? PreferredMenteeAge { get; }

    /// <summary>Hours a week available for mentoring, when stated as a number.</summary>
    public decimal? HoursPerWeek { get; }

    /// <summary>The time available as the registry writes it, when given.</summary>
    public string? TimeText { get; }

    /// <summary>The mentees the mentor already has.</summary>
    public int CurrentMentees { get; }

    /// <summary>The stems of the competences (<see cref="RequestMatch"/>), ordered.</summary>
    internal string[] CompetenceStems { get; }

    /// <summary>The name, or the identifier when the name is unknown.</summary>
    public string Label => Name ?? Id;

    /// <summary>Creates a mentor candidate.</summary>
    /// <param name="id">The identifier; not empty.</param>
    /// <param name="name">The full name.</param>
    /// <param name="workplace">The organization.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="competences">The competences.</param>
    /// <param name="experienceYears">Whole years of experience (0 to 80).</param>
    /// <param name="preferredMenteeAge">The preferred age of mentees.</param>
    /// <param name="hoursPerWeek">Hours a week available (0 to 168).</param>
    /// <param name="timeText">The time available as written.</param>
    /// <param name="currentMentees">The mentees the mentor already has (0 or more).</param>
    /// <returns>The candidate, or every error: MD0001 at <c>id</c>, MD0006 for a number out of range.</returns>
    public static Result<MentorCandidate> Create(
        string id,
        string? name = null,
        string? workplace = null,
        string? municipality = null,
        IEnumerable<string>? competences = null,
        int? experienceYears = null,
        AgeRange? preferredMenteeAge = null,
        decimal? hoursPerWeek = null,
        string? timeText = null,
        int currentMentees = 0)
    {
        var key = Texts.Optional(id);
        return ResultExtras.Combine(
                ResultExtras.Ensure(key is not null, DomainErrors.General.Empty("id")),
                ResultExtras.Ensure(experienceYears is null or (>= 0 and <= 80), DomainErrors.General.OutOfRange("experienceYears", experienceYears ?? 0, 0, 80)),
                ResultExtras.Ensure(hoursPerWeek is null or (>= 0 and <= 168), DomainErrors.General.OutOfRange("hoursPerWeek", hoursPerWeek ?? 0, 0, 168)),
                ResultExtras.Ensure(currentMentees is >= 0 and <= 10_000, DomainErrors.General.OutOfRange("currentMentees", currentMentees, 0, 10_000)))
            .Then(() => new MentorCandidate(
                key!,
                Texts.Optional(name),
                Texts.Optional(workplace),
                Texts.Optional(municipality),
                Texts.List(competences),
                experienceYears,
                preferredMenteeAge,
                hoursPerWeek,
                Texts.Optional(timeText),
                currentMentees));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name ?? "—"}";
}

/// <summary>A mentee as matching sees one: the facts of the mentee registry and, when known, of the person.</summary>
/// <remarks>003 annex 3 (the mentee registry: main request, year of birth); the organization the mentee belongs to.</remarks>
public sealed class MenteeCandidate
{
    private MenteeCandidate(string id, string? name, string? workplace, string? municipality, string? mainRequest, int? age)
    {
        Id = id;
        Name = name;
        Workplace = workplace;
        Municipality = municipality;
        MainRequest = mainRequest;
        Age = age;
        RequestStems = mainRequest is null ? [] : [.. RequestMatch.Stems(mainRequest).Order(StringComparer.Ordinal)];
    }

    /// <summary>The identifier (unique among the mentees matched together; ties are broken by it).</summary>
    public string Id { get; }

    /// <summary>The full name, when known.</summary>
    public string? Name { get; }

    /// <summary>The organization the mentee works or studies in, when known.</summary>
    public string? Workplace { get; }

    /// <summary>The municipality of the organization, when known.</summary>
    public string? Municipality { get; }

    /// <summary>«Основной запрос наставляемого», when known.</summary>
    public string? MainRequest { get; }

    /// <summary>The age in whole years on the day of matching, when known.</summary>
    public int? Age { get; }

    /// <summary>The stems of the request (<see cref="RequestMatch"/>), ordered.</summary>
    internal string[] RequestStems { get; }

    /// <summary>The name, or the identifier when the name is unknown.</summary>
    public string Label => Name ?? Id;

    /// <summary>Creates a mentee candidate.</summary>
    /// <param name="id">The identifier; not empty.</param>
    /// <param name="name">The full name.</param>
    /// <param name="workplace">The organization.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="mainRequest">The main request.</param>
    /// <param name="age">The age in whole years (0 to 120).</param>
    /// <returns>The candidate, or every error: MD0001 at <c>id</c>, MD0006 at <c>age</c>.</returns>
    public static Result<MenteeCandidate> Create(
        string id,
        string? name = null,
        string? workplace = null,
        string? municipality = null,
        string? mainRequest = null,
        int? age = null)
    {
        var key = Texts.Optional(id);
        return ResultExtras.Combine(
                ResultExtras.Ensure(key is not null, DomainErrors.General.Empty("id")),
                ResultExtras.Ensure(age is null or (>= 0 and <= 120), DomainErrors.General.OutOfRange("age", age ?? 0, 0, 120)))
            .Then(() => new MenteeCandidate(key!, Texts.Optional(name), Texts.Optional(workplace), Texts.Optional(municipality), Texts.Optional(mainRequest), age));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name ?? "—"}";
}
