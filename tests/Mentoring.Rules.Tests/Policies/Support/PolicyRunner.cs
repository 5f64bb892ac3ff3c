using Mentoring.Domain.Cases;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Validates a test case under a test edition (every rule at its defaults, optionally adjusted).</summary>
public static class PolicyRunner
{
    public const string EditionId = "test";

    private static readonly MentoringValidator DefaultValidator = Create(null);

    /// <summary>Validates under the defaults, or under a test edition that <paramref name="edition"/> adjusts.</summary>
    public static ValidationReport Validate(MentoringCase @case, DateOnly asOf, Action<EditionBuilder>? edition = null, bool redact = false, bool strict = false)
    {
        var validator = edition is null ? DefaultValidator : Create(edition);
        var result = validator.Validate(@case, EditionId, asOf, new ValidationOptions { Redact = redact, Strict = strict });
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.ValidationErrors));
    }

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Finding> Findings(MentoringCase @case, DateOnly asOf, string ruleId, Action<EditionBuilder>? edition = null) =>
        [.. Validate(@case, asOf, edition).Of(ruleId)];

    /// <summary>The single finding of one rule about a subject.</summary>
    public static Finding FindingFor(MentoringCase @case, DateOnly asOf, string ruleId, string subjectId, Action<EditionBuilder>? edition = null) =>
        Assert.Single(Findings(@case, asOf, ruleId, edition), f => f.Subjects.Count > 0 && f.Subjects[0].Id == subjectId);

    private static MentoringValidator Create(Action<EditionBuilder>? adjust)
    {
        var builder = new EditionBuilder(EditionId).Titled("Тестовая редакция", "Test edition");
        adjust?.Invoke(builder);
        var edition = builder.Build(PolicyCatalog.Bundled);
        if (!edition.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", edition.ValidationErrors));
        }

        var catalog = EditionCatalog.Empty(PolicyCatalog.Bundled).With(edition.Value);
        return new MentoringValidator(catalog.IsSuccess ? catalog.Value : throw new InvalidOperationException(string.Join("; ", catalog.ValidationErrors)));
    }
}
