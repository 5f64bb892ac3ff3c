using Mentoring.Domain.Consents;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

/// <summary>Records that a consent was refused or not given, and students as mentors, for the consent rules' tests.</summary>
internal static class RefusalParts
{
    public static CaseBuilder Refusal(this CaseBuilder builder, string id, ConsentKind kind, string person, DateOnly on, string? onBehalfOf = null, string? pairId = null, bool notGiven = false)
    {
        var record = Ok(notGiven
            ? Consent.NotGiven(Doc(id), kind, P(person), on, onBehalfOf is null ? null : P(onBehalfOf), pairId is null ? null : Pr(pairId))
            : Consent.Refused(Doc(id), kind, P(person), on, onBehalfOf is null ? null : P(onBehalfOf), pairId is null ? null : Pr(pairId)));
        return builder.With(b => b.AddConsents(record));
    }
}

/// <summary>Validates a test case strictly (a missing written document is a violation), under the test edition adjusted.</summary>
internal static class StrictRunner
{
    public static Mentoring.Rules.Validation.Finding FindingFor(Mentoring.Domain.Cases.MentoringCase @case, DateOnly asOf, string ruleId, string subjectId, Action<Mentoring.Rules.Editions.EditionBuilder>? edition = null)
    {
        var builder = new Mentoring.Rules.Editions.EditionBuilder(PolicyRunner.EditionId).Titled("Тестовая редакция", "Test edition");
        edition?.Invoke(builder);
        var catalog = Ok(Mentoring.Rules.Editions.EditionCatalog.Empty(Mentoring.Rules.Policies.PolicyCatalog.Bundled).With(Ok(builder.Build(Mentoring.Rules.Policies.PolicyCatalog.Bundled))));
        var report = Ok(new Mentoring.Rules.Validation.MentoringValidator(catalog).Validate(@case, PolicyRunner.EditionId, asOf, new Mentoring.Rules.Validation.ValidationOptions { Strict = true }));
        return Assert.Single(report.Of(ruleId), f => f.Subjects.Count > 0 && f.Subjects[0].Id == subjectId);
    }
}
