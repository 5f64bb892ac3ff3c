using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Matching;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Matching;

/// <summary>Matching under an edition: the edition's parameters become the options of <see cref="Matcher"/>.</summary>
/// <remarks>
/// <para>
/// 002 «Процесс формирования пар»; 003 §5.2. Read from the resolved edition: the cap on mentees per mentor from
/// <c>pair.many-to-many</c> (<c>maxMenteesPerMentor</c>) and, when on, <c>mentor.max-mentees</c> (<c>max</c>), the
/// smaller winning; the minimum experience and its scope from <c>mentor.min-experience</c> (<c>years</c>,
/// <c>scope</c>) when on; and whether a profile mismatch excludes a pair from <c>pair.profile-matches-request</c>
/// being on.
/// </para>
/// <para>
/// The preferences (reach, virtual mentoring, weekly hours per mentee, and any stricter cap or minimum) are the
/// user's matching options: the stricter of each limit applies. The day of matching is the edition's
/// <see cref="ResolvedEdition.AsOf"/>.
/// </para>
/// </remarks>
public static class EditionMatching
{
    /// <summary>The options of matching under an edition.</summary>
    /// <param name="edition">The resolved edition.</param>
    /// <param name="preferences">The user's options; <see cref="MatchingOptions.Default"/> when null.</param>
    /// <returns>The options, or the errors of <see cref="MatchingOptions.Create"/>.</returns>
    public static Result<MatchingOptions> Options(ResolvedEdition edition, MatchingOptions? preferences = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var p = preferences ?? MatchingOptions.Default;
        var cap = p.MaxMenteesPerMentor;
        if (edition.IsEnabled("pair.many-to-many") && edition.Parameters("pair.many-to-many").WholeNumber("maxMenteesPerMentor") is { } manyToMany)
        {
            cap = Smaller(cap, manyToMany);
        }

        if (edition.IsEnabled("mentor.max-mentees"))
        {
            cap = Smaller(cap, edition.Parameters("mentor.max-mentees").WholeNumber("max") ?? 2);
        }

        var minimum = p.MinExperienceYears;
        if (Specifications.EditionSpecifications.MinExperienceYears(edition) is { } years)
        {
            minimum = minimum is { } m ? Math.Max(m, years) : years;
        }

        return MatchingOptions.Create(
            cap,
            minimum,
            p.Locality,
            p.AllowVirtual,
            p.RequireProfileMatch && edition.IsEnabled("pair.profile-matches-request"),
            p.HoursPerMentee);
    }

    /// <summary>Which experience the edition counts for <c>mentor.min-experience</c> (<c>scope</c>); total when off or unset.</summary>
    /// <param name="edition">The resolved edition.</param>
    /// <returns>The scope.</returns>
    public static ExperienceScope Scope(ResolvedEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.IsEnabled("mentor.min-experience")
            ? ExperienceScopes.Vocabulary.Parse(edition.Parameters("mentor.min-experience").Choice("scope")).ValueOr(ExperienceScope.Total)
            : ExperienceScope.Total;
    }

    /// <summary>Proposes pairs from two registries under an edition.</summary>
    /// <param name="mentors">The mentor registry.</param>
    /// <param name="mentees">The mentee registry (its unpaired records are matched).</param>
    /// <param name="edition">The resolved edition; its date is the day of matching.</param>
    /// <param name="preferences">The user's options.</param>
    /// <returns>The assignment, or the errors of the options or of <see cref="Matcher.Match"/>.</returns>
    public static Result<MatchingResult> Match(MentorRegistry mentors, MenteeRegistry mentees, ResolvedEdition edition, MatchingOptions? preferences = null)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        return Options(edition, preferences).Bind(options =>
        {
            var (mentorCandidates, menteeCandidates) = MatchingCandidates.From(mentors, mentees, edition.AsOf);
            return Matcher.Match(mentorCandidates, menteeCandidates, options);
        });
    }

    /// <summary>Proposes pairs for a case under an edition: its registries, staff and running pairs.</summary>
    /// <param name="case">The case.</param>
    /// <param name="edition">The resolved edition; its date is the day of matching.</param>
    /// <param name="preferences">The user's options.</param>
    /// <returns>The assignment, or the errors of the options or of <see cref="Matcher.Match"/>.</returns>
    public static Result<MatchingResult> Match(MentoringCase @case, ResolvedEdition edition, MatchingOptions? preferences = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Options(edition, preferences).Bind(options =>
        {
            var (mentorCandidates, menteeCandidates) = MatchingCandidates.From(@case, edition.AsOf, Scope(edition));
            return Matcher.Match(mentorCandidates, menteeCandidates, options);
        });
    }

    private static int Smaller(int? a, int b) => a is { } x ? Math.Min(x, b) : b;
}
