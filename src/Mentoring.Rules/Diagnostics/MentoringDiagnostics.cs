namespace Mentoring.Rules.Diagnostics;

/// <summary>
/// The names under which the rules package reports what it does: its <see cref="System.Diagnostics.Metrics.Meter"/>,
/// its <see cref="System.Diagnostics.ActivitySource"/>, its instruments and their tags. A host subscribes with them, for
/// example OpenTelemetry's <c>AddMeter(MentoringDiagnostics.MeterName)</c> and <c>AddSource(MentoringDiagnostics.ActivitySourceName)</c>.
/// </summary>
/// <remarks>
/// Names follow the OpenTelemetry semantic conventions: lower-case dotted names, units in UCUM (<c>s</c>,
/// <c>{validation}</c>, <c>{finding}</c>), durations in seconds. Metrics carry no organization identifier (it would make
/// every school its own time series); the span of a validation does.
/// </remarks>
public static class MentoringDiagnostics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Mentoring.Rules";

    /// <summary>The activity source's name.</summary>
    public const string ActivitySourceName = "Mentoring.Rules";

    /// <summary>The name of the span of one organization's validation.</summary>
    public const string ValidateActivityName = "mentoring.validate";

    /// <summary>Counter of validations (<c>{validation}</c>), tagged with the edition and <see cref="ResultTag"/>.</summary>
    public const string ValidationsInstrument = "mentoring.validations";

    /// <summary>Counter of findings (<c>{finding}</c>), tagged with the edition, <see cref="OutcomeTag"/> and <see cref="SeverityTag"/>.</summary>
    public const string FindingsInstrument = "mentoring.findings";

    /// <summary>Histogram of the duration of one organization's validation, in seconds (<c>s</c>), tagged with the edition and <see cref="ResultTag"/>.</summary>
    public const string DurationInstrument = "mentoring.validation.duration";

    /// <summary>Tag: the edition asked for, such as <c>krasnokutsky-2022</c>.</summary>
    public const string EditionTag = "mentoring.edition.id";

    /// <summary>Tag (span only): the organization validated.</summary>
    public const string OrganizationTag = "mentoring.organization.id";

    /// <summary>Tag (span only): the date of validation, <c>yyyy-MM-dd</c>.</summary>
    public const string AsOfTag = "mentoring.validation.as_of";

    /// <summary>
    /// Tag: how a validation ended: <c>compliant</c> (nothing violated), <c>violated</c> (at least one violation) or
    /// <c>refused</c> (the edition cannot be used; <c>error.type</c> then holds the error's code).
    /// </summary>
    public const string ResultTag = "mentoring.validation.result";

    /// <summary>Tag of a finding: <c>satisfied</c>, <c>violated</c>, <c>unknown</c> or <c>not_applicable</c>.</summary>
    public const string OutcomeTag = "mentoring.finding.outcome";

    /// <summary>Tag of a finding: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public const string SeverityTag = "mentoring.finding.severity";

    /// <summary>Tag: the code of the error that refused a validation (the semantic conventions' <c>error.type</c>).</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>Span tags: the numbers of violated, unknown and satisfied findings.</summary>
    public const string ViolatedCountTag = "mentoring.findings.violated";

    /// <inheritdoc cref="ViolatedCountTag"/>
    public const string UnknownCountTag = "mentoring.findings.unknown";

    /// <inheritdoc cref="ViolatedCountTag"/>
    public const string SatisfiedCountTag = "mentoring.findings.satisfied";
}
