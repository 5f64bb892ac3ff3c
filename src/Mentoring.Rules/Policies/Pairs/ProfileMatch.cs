using Mentoring.Domain.Matching;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>
/// The matching policy of <c>pair.profile-matches-request</c>: a mentor's competences match a mentee's request when
/// they share a word stem. The implementation is the domain's <see cref="RequestMatch"/>, which matching
/// (<see cref="Matcher"/>) scores with too, so the rule and the proposed pairs agree.
/// </summary>
/// <remarks>002 «Процесс формирования пар». The words, stems and general words are documented on <see cref="RequestMatch"/>.</remarks>
internal static class ProfileMatch
{
    /// <summary>The shortest ordinary word that counts.</summary>
    internal const int MinWordLength = RequestMatch.MinWordLength;

    /// <summary>The most letters of a stem.</summary>
    internal const int StemLength = RequestMatch.StemLength;

    /// <summary>The stems of a text, without the general words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stems, distinct.</returns>
    internal static IReadOnlySet<string> Stems(string text) => RequestMatch.Stems(text);

    /// <summary>The stems two texts share, the request against every competence.</summary>
    /// <param name="request">The mentee's request.</param>
    /// <param name="competences">The mentor's competences.</param>
    /// <returns>The shared stems (the shorter of each matching two), ordered.</returns>
    internal static IReadOnlyList<string> Shared(string request, IEnumerable<string> competences) => RequestMatch.Shared(request, competences);

    /// <summary>Whether the request shares a stem with some competence (as <see cref="Shared"/> lists, without listing).</summary>
    /// <param name="request">The mentee's request.</param>
    /// <param name="competences">The mentor's competences.</param>
    /// <returns>True at the first shared stem.</returns>
    internal static bool SharesStem(string request, IEnumerable<string> competences) => RequestMatch.SharesStem(request, competences);
}
