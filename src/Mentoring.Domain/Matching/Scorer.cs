using System.Globalization;

namespace Mentoring.Domain.Matching;

/// <summary>The scoring of a pair by every criterion: a fast path for the solver, and the explanations.</summary>
/// <remarks>002 «Процесс формирования пар»; 003 annex 3. The points are documented on <see cref="MatchCriterion"/>.</remarks>
internal static class Scorer
{
    /// <summary>The free places of a mentor: the cap and the weekly hours, less the current mentees; <paramref name="unlimited"/> without either.</summary>
    internal static int Capacity(MentorCandidate mentor, MatchingOptions options, int unlimited)
    {
        long capacity = unlimited;
        if (options.MaxMenteesPerMentor is { } max)
        {
            capacity = Math.Min(capacity, max - mentor.CurrentMentees);
        }

        if (mentor.HoursPerWeek is { } hours)
        {
            capacity = Math.Min(capacity, (long)Math.Floor(hours / options.HoursPerMentee) - mentor.CurrentMentees);
        }

        return (int)Math.Max(0, capacity);
    }

    /// <summary>The total fit and the first excluding criterion, without explanations.</summary>
    internal static (int Total, MatchCriterion? ExcludedBy) Evaluate(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options, int capacity)
    {
        var total = 0;
        MatchCriterion? excluded = null;
        void Add(MatchCriterion criterion, (int Points, CriterionOutcome Outcome) score)
        {
            total += score.Points;
            if (score.Outcome == CriterionOutcome.Excludes)
            {
                excluded ??= criterion;
            }
        }

        Add(MatchCriterion.Profile, Profile(mentor, mentee, options));
        Add(MatchCriterion.Experience, Experience(mentor, options));
        Add(MatchCriterion.PreferredAge, PreferredAge(mentor, mentee));
        Add(MatchCriterion.Time, Time(mentor, options));
        Add(MatchCriterion.Workplace, Workplace(mentor, mentee, options).Score);
        Add(MatchCriterion.Capacity, capacity > 0 ? (0, CriterionOutcome.Scored) : (0, CriterionOutcome.Excludes));
        return (total, excluded);
    }

    /// <summary>Every criterion's judgement with its reasons.</summary>
    internal static IReadOnlyList<CriterionScore> Explain(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options, int capacity) =>
    [
        ExplainProfile(mentor, mentee, options),
        ExplainExperience(mentor, options),
        ExplainPreferredAge(mentor, mentee),
        ExplainTime(mentor, options),
        ExplainWorkplace(mentor, mentee, options),
        ExplainCapacity(mentor, options, capacity),
    ];

    private static (int Points, CriterionOutcome Outcome) Profile(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options)
    {
        if (mentee.MainRequest is null || mentor.Competences.Count == 0 || mentee.RequestStems.Length == 0)
        {
            return (0, CriterionOutcome.Unknown);
        }

        var covered = RequestMatch.Covered(mentee.RequestStems, mentor.CompetenceStems);
        return covered == 0
            ? (0, options.RequireProfileMatch ? CriterionOutcome.Excludes : CriterionOutcome.Scored)
            : (20 + (20 * covered / mentee.RequestStems.Length), CriterionOutcome.Scored);
    }

    private static (int Points, CriterionOutcome Outcome) Experience(MentorCandidate mentor, MatchingOptions options) =>
        mentor.ExperienceYears is not { } years ? (0, CriterionOutcome.Unknown)
        : options.MinExperienceYears is { } min && years < min ? (0, CriterionOutcome.Excludes)
        : (Math.Min(years, 20), CriterionOutcome.Scored);

    private static (int Points, CriterionOutcome Outcome) PreferredAge(MentorCandidate mentor, MenteeCandidate mentee) =>
        mentor.PreferredMenteeAge is not { } range || mentee.Age is not { } age ? (5, CriterionOutcome.Unknown)
        : range.Contains(age) ? (15, CriterionOutcome.Scored)
        : (0, CriterionOutcome.Excludes);

    private static (int Points, CriterionOutcome Outcome) Time(MentorCandidate mentor, MatchingOptions options) =>
        mentor.HoursPerWeek is { } hours ? ((int)Math.Min(15m, 5m * Math.Floor(hours / options.HoursPerMentee)), CriterionOutcome.Scored)
        : mentor.TimeText is not null ? (5, CriterionOutcome.Unknown)
        : (0, CriterionOutcome.Unknown);

    private enum Reach
    {
        SameOrganization = 1,
        SameMunicipality = 2,
        Virtual = 3,
        Out = 4,
    }

    private static ((int Points, CriterionOutcome Outcome) Score, Reach Reach) Workplace(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options)
    {
        if (mentor.Workplace is { } a && mentee.Workplace is { } b && string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return ((10, CriterionOutcome.Scored), Reach.SameOrganization);
        }

        if (options.Locality == MatchingLocality.Municipality && mentor.Municipality is { } m && mentee.Municipality is { } n
            && string.Equals(m, n, StringComparison.OrdinalIgnoreCase))
        {
            return ((6, CriterionOutcome.Scored), Reach.SameMunicipality);
        }

        return options.AllowVirtual ? ((3, CriterionOutcome.Scored), Reach.Virtual) : ((0, CriterionOutcome.Excludes), Reach.Out);
    }

    private static CriterionScore ExplainProfile(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options)
    {
        var (points, outcome) = Profile(mentor, mentee, options);
        if (mentee.MainRequest is null)
        {
            return new(MatchCriterion.Profile, points, outcome, "основной запрос наставляемого неизвестен — профиль не сопоставлен", "the mentee's main request is unknown; the profile is not compared");
        }

        if (mentor.Competences.Count == 0)
        {
            return new(MatchCriterion.Profile, points, outcome, "компетенции наставника не указаны — профиль не сопоставлен", "the mentor's competences are not stated; the profile is not compared");
        }

        if (mentee.RequestStems.Length == 0)
        {
            return new(MatchCriterion.Profile, points, outcome, $"в запросе «{mentee.MainRequest}» нет слов, по которым можно судить о профиле", $"the request '{mentee.MainRequest}' has no word that tells a profile");
        }

        var shared = RequestMatch.Shared(mentee.RequestStems, mentor.CompetenceStems);
        if (shared.Count == 0)
        {
            return options.RequireProfileMatch
                ? new(MatchCriterion.Profile, points, outcome, $"компетенции наставника не имеют общих слов с запросом «{mentee.MainRequest}» (pair.profile-matches-request)", $"the mentor's competences share no word with the request '{mentee.MainRequest}' (pair.profile-matches-request)")
                : new(MatchCriterion.Profile, points, outcome, $"компетенции наставника не имеют общих слов с запросом «{mentee.MainRequest}»", $"the mentor's competences share no word with the request '{mentee.MainRequest}'");
        }

        var covered = RequestMatch.Covered(mentee.RequestStems, mentor.CompetenceStems);
        var words = string.Join("», «", shared);
        return new(
            MatchCriterion.Profile,
            points,
            outcome,
            $"общие основы слов с запросом: «{words}»; покрыто {covered} из {mentee.RequestStems.Length} значимых слов запроса (20 + 20 × {covered}/{mentee.RequestStems.Length})",
            $"stems shared with the request: '{string.Join("', '", shared)}'; {covered} of the request's {mentee.RequestStems.Length} distinctive words covered (20 + 20 × {covered}/{mentee.RequestStems.Length})");
    }

    private static CriterionScore ExplainExperience(MentorCandidate mentor, MatchingOptions options)
    {
        var (points, outcome) = Experience(mentor, options);
        var min = options.MinExperienceYears;
        if (mentor.ExperienceYears is not { } years)
        {
            return min is { } need
                ? new(MatchCriterion.Experience, points, outcome, $"стаж наставника неизвестен; по редакции нужно не менее {need} лет (mentor.min-experience) — проверьте до приказа", $"the mentor's experience is unknown; the edition requires at least {need} years (mentor.min-experience): check before the order")
                : new(MatchCriterion.Experience, points, outcome, "стаж наставника неизвестен", "the mentor's experience is unknown");
        }

        if (outcome == CriterionOutcome.Excludes)
        {
            return new(MatchCriterion.Experience, points, outcome, $"стаж наставника {years} полных лет, меньше требуемых {min} (mentor.min-experience)", $"the mentor has {years} whole year(s) of experience, fewer than the {min} required (mentor.min-experience)");
        }

        var bound = min is { } m ? $"; требуется не менее {m}" : string.Empty;
        var boundEn = min is { } me ? $"; at least {me} required" : string.Empty;
        return new(MatchCriterion.Experience, points, outcome, $"стаж наставника {years} полных лет (1 балл за год, не больше 20){bound}", $"the mentor has {years} whole year(s) of experience (1 point a year, at most 20){boundEn}");
    }

    private static CriterionScore ExplainPreferredAge(MentorCandidate mentor, MenteeCandidate mentee)
    {
        var (points, outcome) = PreferredAge(mentor, mentee);
        if (mentor.PreferredMenteeAge is not { } range)
        {
            return new(MatchCriterion.PreferredAge, points, outcome, "наставник не указал желаемый возраст наставляемых", "the mentor states no preferred age of mentees");
        }

        if (mentee.Age is not { } age)
        {
            return new(MatchCriterion.PreferredAge, points, outcome, $"возраст наставляемого неизвестен (желаемый возраст {range})", $"the mentee's age is unknown (preferred age {range})");
        }

        return outcome == CriterionOutcome.Scored
            ? new(MatchCriterion.PreferredAge, points, outcome, $"возраст наставляемого {age} лет входит в желаемый возраст {range}", $"the mentee's age {age} is within the preferred age {range}")
            : new(MatchCriterion.PreferredAge, points, outcome, $"возраст наставляемого {age} лет вне желаемого возраста {range}", $"the mentee's age {age} is outside the preferred age {range}");
    }

    private static CriterionScore ExplainTime(MentorCandidate mentor, MatchingOptions options)
    {
        var (points, outcome) = Time(mentor, options);
        var per = Num(options.HoursPerMentee);
        if (mentor.HoursPerWeek is { } hours)
        {
            return new(MatchCriterion.Time, points, outcome, $"ресурс времени {Num(hours)} ч в неделю; 5 баллов за каждые {per} ч, не больше 15", $"{Num(hours)} hour(s) a week available; 5 points per {per} hour(s), at most 15");
        }

        return mentor.TimeText is { } text
            ? new(MatchCriterion.Time, points, outcome, $"ресурс времени указан без часов: «{text}»", $"the time available is stated without hours: '{text}'")
            : new(MatchCriterion.Time, points, outcome, "ресурс времени наставника не указан", "the mentor's time available is not stated");
    }

    private static CriterionScore ExplainWorkplace(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions options)
    {
        var ((points, outcome), reach) = Workplace(mentor, mentee, options);
        var a = mentor.Workplace ?? "не указано";
        var b = mentee.Workplace ?? "не указано";
        return reach switch
        {
            Reach.SameOrganization => new(MatchCriterion.Workplace, points, outcome, $"одна организация: {mentor.Workplace}", $"the same organization: {mentor.Workplace}"),
            Reach.SameMunicipality => new(MatchCriterion.Workplace, points, outcome, $"разные организации ({a} и {b}) одного муниципалитета {mentor.Municipality}", $"different organizations ({a} and {b}) of one municipality, {mentor.Municipality}"),
            Reach.Virtual => new(MatchCriterion.Workplace, points, outcome, $"разные организации ({a} и {b}): виртуальное (дистанционное) наставничество", $"different organizations ({a} and {b}): virtual (remote) mentoring"),
            _ => new(
                MatchCriterion.Workplace,
                points,
                outcome,
                options.Locality == MatchingLocality.Municipality
                    ? $"разные организации ({a} и {b}) вне одного муниципалитета, а виртуальное наставничество не разрешено"
                    : $"разные организации ({a} и {b}), а виртуальное наставничество не разрешено",
                options.Locality == MatchingLocality.Municipality
                    ? $"different organizations ({a} and {b}) not of one municipality, and virtual mentoring is not allowed"
                    : $"different organizations ({a} and {b}), and virtual mentoring is not allowed"),
        };
    }

    private static CriterionScore ExplainCapacity(MentorCandidate mentor, MatchingOptions options, int capacity)
    {
        var limits = new List<string>();
        var limitsEn = new List<string>();
        if (options.MaxMenteesPerMentor is { } max)
        {
            limits.Add($"не больше {max} наставляемых");
            limitsEn.Add($"at most {max} mentees");
        }

        if (mentor.HoursPerWeek is { } hours)
        {
            var byTime = (long)Math.Floor(hours / options.HoursPerMentee);
            limits.Add($"по времени {byTime} ({Num(hours)} ч / {Num(options.HoursPerMentee)} ч на наставляемого)");
            limitsEn.Add($"{byTime} by time ({Num(hours)} h / {Num(options.HoursPerMentee)} h per mentee)");
        }

        var rule = limits.Count == 0 ? "без ограничения (pair.many-to-many)" : string.Join(", ", limits);
        var ruleEn = limitsEn.Count == 0 ? "no cap (pair.many-to-many)" : string.Join(", ", limitsEn);
        return capacity > 0
            ? new(MatchCriterion.Capacity, 0, CriterionOutcome.Scored, $"свободных мест: {(limits.Count == 0 ? "без ограничения" : capacity)}; уже наставляемых: {mentor.CurrentMentees}; {rule}", $"free places: {(limitsEn.Count == 0 ? "unlimited" : capacity)}; current mentees: {mentor.CurrentMentees}; {ruleEn}")
            : new(MatchCriterion.Capacity, 0, CriterionOutcome.Excludes, $"у наставника нет свободных мест: уже наставляемых {mentor.CurrentMentees}; {rule}", $"the mentor has no free place: {mentor.CurrentMentees} current mentee(s); {ruleEn}");
    }

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
