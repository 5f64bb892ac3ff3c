using Mentoring.Domain.Matching;
using Mentoring.Domain.Registries;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>Builders of candidates with sensible defaults: same school, matching profile, no age preference.</summary>
internal static class MatchingBuilders
{
    public static MentorCandidate Mentor(
        string id,
        string workplace = "school-1",
        string? municipality = null,
        string[]? competences = null,
        int? experience = 10,
        (int? Min, int? Max)? age = null,
        decimal? hours = null,
        string? timeText = null,
        int current = 0) =>
        MentorCandidate.Create(
            id,
            $"Наставник {id}",
            workplace,
            municipality,
            competences ?? ["математика"],
            experience,
            age is { } a ? AgeRange.Create(a.Min, a.Max).Value : null,
            hours,
            timeText,
            current).Value;

    public static MenteeCandidate Mentee(string id, string workplace = "school-1", string? municipality = null, string? request = "математика", int? age = 25) =>
        MenteeCandidate.Create(id, $"Наставляемый {id}", workplace, municipality, request, age).Value;

    public static MatchingOptions Options(
        int? max = null,
        int? minExperience = null,
        MatchingLocality locality = MatchingLocality.Organization,
        bool allowVirtual = false,
        bool requireProfile = true) =>
        MatchingOptions.Create(max, minExperience, locality, allowVirtual, requireProfile).Value;

    public static CriterionScore Criterion(this PairFit fit, MatchCriterion criterion) => fit.Criteria.Single(c => c.Criterion == criterion);
}
