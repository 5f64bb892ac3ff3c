using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Samples.WebHost;

/// <summary>The answer to a validation: one report per organization of the posted file.</summary>
internal sealed record ValidationResponse(string Edition, DateOnly AsOf, IReadOnlyList<ReportJson> Reports);

/// <summary>One organization's report.</summary>
internal sealed record ReportJson(
    string OrganizationId,
    IReadOnlyList<string> EditionChain,
    int Violated,
    int Unknown,
    int Satisfied,
    IReadOnlyList<FindingJson> Findings)
{
    /// <summary>The report as JSON: every finding except the rules that had nothing to apply to.</summary>
    public static ReportJson From(ValidationReport report) => new(
        report.OrganizationId,
        report.EditionChain,
        report.Count(Outcome.Violated),
        report.Count(Outcome.Unknown),
        report.Count(Outcome.Satisfied),
        [.. report.Findings.Where(f => f.Outcome != Outcome.NotApplicable).Select(FindingJson.From)]);
}

/// <summary>One finding.</summary>
internal sealed record FindingJson(
    string RuleId,
    Outcome Outcome,
    Severity Severity,
    string Clause,
    string Message,
    string MessageRu,
    string MessageEn,
    IReadOnlyList<string> Subjects)
{
    /// <summary>The finding as JSON; <c>message</c> is in the request's language (Accept-Language).</summary>
    public static FindingJson From(Finding finding) => new(
        finding.RuleId, finding.Outcome, finding.Severity, finding.Clause,
        Problems.Language == "ru" ? finding.MessageRu : finding.MessageEn, finding.MessageRu, finding.MessageEn,
        [.. finding.Subjects.Select(s => s.Id)]);
}

/// <summary>An edition a client may ask for.</summary>
internal sealed record EditionInfo(string Id, string TitleRu, string TitleEn, string? Inherits);
