using Mentoring.Domain;

namespace Mentoring.Rules.Roadmaps;

/// <summary>Errors of the seeds' roadmaps and of roadmap status (MR14xx). Codes are stable.</summary>
/// <remarks>The roadmaps of seeds 000, 001, 002, 003, 004; rule <c>roadmap.deadline</c>.</remarks>
public static class RoadmapErrors
{
    /// <summary>MR1401: no seed roadmap has this identifier.</summary>
    /// <param name="id">The identifier asked for.</param>
    /// <param name="known">The identifiers that exist.</param>
    /// <returns>The error, pointed at <c>roadmap</c>.</returns>
    public static ValidationError UnknownSeedRoadmap(string id, IEnumerable<string> known) => DomainErrors.Create(
        "MR1401", $"There is no seed roadmap '{id}'. Known: {string.Join(", ", known)}.",
        $"Дорожной карты «{id}» среди образцов нет. Известны: {string.Join(", ", known)}.", "roadmap");

    /// <summary>MR1402: a negative due-soon window.</summary>
    /// <param name="days">The days given.</param>
    /// <returns>The error, pointed at <c>dueSoonDays</c>.</returns>
    public static ValidationError NegativeDueSoonWindow(int days) => DomainErrors.Create(
        "MR1402", $"The due-soon window must be 0 days or more, not {days}.",
        $"Окно «скоро срок» должно быть не меньше 0 дней, указано {days}.", "dueSoonDays");
}
