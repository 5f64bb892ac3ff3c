using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Reporting;

/// <summary>What the HTML report shows: the validation findings, the roadmaps' status and the indicators by year.</summary>
/// <remarks>003 §7.7 (monitoring figures), the roadmaps of 000–004 (rule <c>roadmap.deadline</c>), and every rule's findings.</remarks>
public sealed class ReportInput
{
    /// <summary>The day of reckoning, printed in the heading.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The heading; «Мониторинг системы наставничества» when null.</summary>
    public string? Title { get; init; }

    /// <summary>The municipality's name, when known.</summary>
    public string? Municipality { get; init; }

    /// <summary>The edition the findings were computed with, when any.</summary>
    public string? EditionId { get; init; }

    /// <summary>The edition's title, as the summary names it; the identifier is shown only in the details when null.</summary>
    public string? EditionTitle { get; init; }

    /// <summary>True when the findings were computed strictly (a missing written document is a violation).</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// True to leave people's names out (the CLI's <c>--redact</c>): the findings are redacted by the validation
    /// (<see cref="Validation.ValidationOptions.Redact"/>); the roadmaps' free text — titles, activities, who is
    /// responsible — is printed as «***».
    /// </summary>
    public bool Redact { get; init; }

    /// <summary>The rules the edition does not switch on: listed as not checked, never counted as passed (readings.md, principle 2).</summary>
    public IReadOnlyList<PolicyDescriptor> NotChecked { get; init; } = [];

    /// <summary>The organizations' names by identifier (the findings name organizations by identifier).</summary>
    public IReadOnlyDictionary<string, string> OrganizationNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The validation reports, one per organization.</summary>
    public IReadOnlyList<ValidationReport> Validation { get; init; } = [];

    /// <summary>The roadmaps' status.</summary>
    public IReadOnlyList<RoadmapStatusReport> Roadmaps { get; init; } = [];

    /// <summary>The indicators, one report per year in order.</summary>
    public IReadOnlyList<IndicatorReport> Indicators { get; init; } = [];
}
