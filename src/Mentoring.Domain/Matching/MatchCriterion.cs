namespace Mentoring.Domain.Matching;

/// <summary>A criterion by which a mentor–mentee pair is scored or excluded.</summary>
/// <remarks>
/// 002 «Процесс формирования пар» (profile against the request); 003 annex 3 (preferred age of mentees, time
/// available, workplaces); the optional rules <c>mentor.min-experience</c> and <c>mentor.max-mentees</c>, and
/// <c>pair.many-to-many</c> (003 §5.2) for capacities. The points of each are in <see cref="MatchCriteria.MaxPoints"/>.
/// </remarks>
public enum MatchCriterion
{
    /// <summary>The mentor's competences against the mentee's main request (up to 40 points).</summary>
    Profile = 1,

    /// <summary>The mentor's pedagogical experience (up to 20 points; excludes below the edition's minimum).</summary>
    Experience = 2,

    /// <summary>The mentee's age against the mentor's preferred age of mentees (up to 15 points; excludes outside it).</summary>
    PreferredAge = 3,

    /// <summary>The mentor's time available for the program (up to 15 points).</summary>
    Time = 4,

    /// <summary>Same organization, same municipality, or virtual mentoring (up to 10 points; excludes otherwise).</summary>
    Workplace = 5,

    /// <summary>Free places of the mentor (no points; excludes a mentor with none).</summary>
    Capacity = 6,
}

/// <summary>The vocabulary of <see cref="MatchCriterion"/> and the points each can give.</summary>
public static class MatchCriteria
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<MatchCriterion> Vocabulary { get; } = Vocabulary<MatchCriterion>.For("criterion")
        .Add(MatchCriterion.Profile, "profile", "профиль и компетенции наставника", "mentor's profile and competences", "002 «Процесс формирования пар»")
        .Add(MatchCriterion.Experience, "experience", "педагогический стаж наставника", "mentor's pedagogical experience", "mentor.min-experience")
        .Add(MatchCriterion.PreferredAge, "preferredAge", "желаемый возраст наставляемых", "preferred age of mentees", "003 annex 3")
        .Add(MatchCriterion.Time, "time", "ресурс времени наставника", "mentor's time available", "003 annex 3")
        .Add(MatchCriterion.Workplace, "workplace", "место работы", "workplace", "003 annex 3; виртуальное наставничество (002 §1)")
        .Add(MatchCriterion.Capacity, "capacity", "свободные места у наставника", "mentor's free places", "pair.many-to-many (003 §5.2); mentor.max-mentees")
        .Build();

    /// <summary>The criteria in the order they are scored.</summary>
    public static IReadOnlyList<MatchCriterion> All { get; } =
        [MatchCriterion.Profile, MatchCriterion.Experience, MatchCriterion.PreferredAge, MatchCriterion.Time, MatchCriterion.Workplace, MatchCriterion.Capacity];

    /// <summary>The term of a criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Its code and names.</returns>
    public static Term<MatchCriterion> Term(this MatchCriterion criterion) => Vocabulary[criterion];

    /// <summary>The most points a criterion gives (the total of all is 100).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The points.</returns>
    public static int MaxPoints(this MatchCriterion criterion) => criterion switch
    {
        MatchCriterion.Profile => 40,
        MatchCriterion.Experience => 20,
        MatchCriterion.PreferredAge => 15,
        MatchCriterion.Time => 15,
        MatchCriterion.Workplace => 10,
        _ => 0,
    };
}

/// <summary>How a criterion judged a pair.</summary>
public enum CriterionOutcome
{
    /// <summary>Judged on known facts; the points are awarded.</summary>
    Scored = 1,

    /// <summary>A fact is missing; the criterion neither excludes nor rewards fully.</summary>
    Unknown = 2,

    /// <summary>The criterion excludes the pair.</summary>
    Excludes = 3,
}

/// <summary>Which mentors are within reach of a mentee without virtual mentoring.</summary>
public enum MatchingLocality
{
    /// <summary>Only mentors of the mentee's organization («наставник из той же организации»).</summary>
    Organization = 1,

    /// <summary>Mentors of any organization of the mentee's municipality.</summary>
    Municipality = 2,
}
