using FsCheck;
using FsCheck.Fluent;

namespace Mentoring.Rules.Tests.Messages;

/// <summary>
/// Up to 120 findings, each as numbers: its rule (0–2), its first subject (0–4), its second subject (0–3, none when 0), its
/// outcome (1–4) and its message (0–2).
/// </summary>
public sealed record FindingParts(IReadOnlyList<(int Rule, int First, int Second, int Outcome, int Message)> Parts);

/// <summary>The generators of the validation's property tests (FsCheck picks them by type).</summary>
public static class ValidationArbitraries
{
    /// <summary>
    /// Few rules, kinds, identifiers and messages, so that ties are common; up to 120 findings, so that one rule has
    /// more than 32 (the longer runs are sorted another way).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FindingParts> FindingParts()
    {
        var finding = Gen.Choose(0, 2).SelectMany(rule => Gen.Choose(0, 4).SelectMany(first => Gen.Choose(0, 3).SelectMany(second =>
            Gen.Choose(1, 4).SelectMany(outcome => Gen.Choose(0, 2).Select(message => (rule, first, second, outcome, message))))));
        return Gen.ListOf(finding).Select(l => new FindingParts(l.Take(120).ToList())).ToArbitrary();
    }
}
