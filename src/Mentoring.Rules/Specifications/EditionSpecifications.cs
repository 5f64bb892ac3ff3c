using Mentoring.Domain.People.Specifications;
using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Specifications;

/// <summary>
/// The domain's specifications with an edition's parameters: the same criteria the edition's rules judge with, for a
/// host to query its people by (in memory or, translated by EF Core, in its database).
/// </summary>
public static class EditionSpecifications
{
    /// <summary>
    /// Teachers who may be appointed mentors on a day under the edition: pedagogical workers, with the experience the
    /// rule <c>mentor.min-experience</c> asks when the edition turns it on (its <c>years</c> and <c>scope</c>).
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="on">The day of the appointment.</param>
    /// <returns>The specification.</returns>
    /// <remarks>002 §1; the optional rule <c>mentor.min-experience</c>. <see cref="Matching.EditionMatching.Options"/> reads the same parameters.</remarks>
    public static EligibleMentorSpec EligibleMentors(ResolvedEdition edition, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new EligibleMentorSpec(on, MinExperienceYears(edition), Matching.EditionMatching.Scope(edition));
    }

    /// <summary>
    /// Teachers of the mentee categories the edition lists on a day (the rule <c>mentee.eligible-category</c>: its
    /// <c>categories</c>, <c>ageUnder</c>, <c>maxExperienceYears</c>; its defaults when the edition leaves it off).
    /// A bound worded as the text says it (<see cref="Editions.YearsBound"/>) gives its upper side in whole years
    /// («не старше 35 лет»: under 36); a lower side («от 1 до 3 лет») is not in this specification, and the rule checks it.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="on">The day of the appointment.</param>
    /// <returns>The specification.</returns>
    public static EligibleMenteeSpec EligibleMentees(ResolvedEdition edition, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var parameters = edition.Parameters("mentee.eligible-category");
        IReadOnlyList<string> listed = parameters.ChoiceList("categories");
        if (listed.Count == 0 && !edition.IsEnabled("mentee.eligible-category"))
        {
            listed = ["young-specialist", "newly-hired", "new-post"];
        }

        var categories = listed.Select(code => code switch
        {
            "young-specialist" => MenteeCategory.YoungSpecialist,
            "newly-hired" => MenteeCategory.NewlyHired,
            _ => MenteeCategory.NewPost,
        });
        // Bounds as the text words them (YearsBound) become the whole years just above their upper side; the
        // specification has no lower side («от 1 до 3 лет»), which the rule mentee.eligible-category checks.
        var ageUnder = parameters.Bound("ageUnder", Editions.YearsBound.Under)?.UnderEquivalent ?? 35;
        var maxExperienceYears = parameters.Bound("maxExperienceYears", Editions.YearsBound.Under)?.UnderEquivalent ?? 3;
        return new EligibleMenteeSpec(on, categories, ageUnder, maxExperienceYears);
    }

    /// <summary>Students of the age band the edition sets on a day (the rule <c>pair.student-age</c>: 10 to under 18 by default).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="on">The day of reckoning.</param>
    /// <returns>The specification.</returns>
    /// <remarks>003 §1.3.</remarks>
    public static StudentAgeSpec StudentsOfAge(ResolvedEdition edition, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var parameters = edition.Parameters("pair.student-age");
        return new StudentAgeSpec(on, parameters.WholeNumber("studentAgeMin") ?? StudentAgeSpec.DefaultMin, parameters.WholeNumber("studentAgeMax") ?? StudentAgeSpec.DefaultMax);
    }

    /// <summary>The fewest whole years of experience the edition asks of a mentor, or null when <c>mentor.min-experience</c> is off.</summary>
    internal static int? MinExperienceYears(ResolvedEdition edition) =>
        edition.IsEnabled("mentor.min-experience") ? (edition.Parameters("mentor.min-experience").Bound("years", Editions.YearsBound.AtLeast) ?? Editions.YearsBound.AtLeast(3)).Least : null;
}
