using Ardalis.Result;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Cli;

/// <summary>What validating one input gave: the reports of its organizations, or the problems that kept it from being read.</summary>
/// <param name="File">The file as the user named it (a folder's files as folder/name).</param>
/// <param name="Reports">One report per organization, in file order; empty when the file was not read.</param>
/// <param name="Errors">The problems: each with file, line and column when known.</param>
/// <param name="OrganizationNames">The organizations' names by identifier.</param>
internal sealed record FileResult(string File, IReadOnlyList<ValidationReport> Reports, IReadOnlyList<ValidationError> Errors, IReadOnlyDictionary<string, string>? OrganizationNames = null)
{
    /// <summary>An organization by name and identifier («МБОУ СОШ № 2 (kk-school-2)»), or by identifier when its name is not known.</summary>
    public string Organization(string id) => OrganizationNames?.TryGetValue(id, out var name) == true && !string.IsNullOrWhiteSpace(name) ? $"{name} ({id})" : id;
}

/// <summary>The least severity of a violation that gives exit code 1 (<c>--fail-on</c>).</summary>
internal enum FailOn
{
    /// <summary>Only errors (the default: readings.md, principle 7).</summary>
    Error,

    /// <summary>Errors and warnings.</summary>
    Warning,
}

/// <summary>A whole run of <c>mentoring validate</c>: the edition, the date, every input's result, the rules the edition does not check, and the totals.</summary>
internal sealed record ValidationRun(
    Edition Edition,
    IReadOnlyList<string> EditionChain,
    DateOnly AsOf,
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<PolicyDescriptor> NotChecked,
    bool Strict,
    FailOn FailOn)
{
    public string EditionId => Edition.Id;

    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Reports).SelectMany(r => r.Findings);

    public IEnumerable<ValidationError> Errors => Files.SelectMany(f => f.Errors);

    public int Organizations => Files.Sum(f => f.Reports.Count);

    public int Count(Outcome outcome) => Findings.Count(f => f.Outcome == outcome);

    /// <summary>Violations of severity error.</summary>
    public int ErrorCount => Findings.Count(f => f.IsError);

    /// <summary>Violations of severity warning.</summary>
    public int WarningCount => Findings.Count(f => f.IsWarning);

    /// <summary>
    /// 2 when any input was not read (it wins); else 1 when a violation of severity error was found (with
    /// <c>--fail-on warning</c>, also of severity warning); else 0. Unknowns never give 1: <c>--strict</c> turns a
    /// missing written document into a violation, which then counts by its severity.
    /// </summary>
    public int ExitCode =>
        Errors.Any() ? ExitCodes.BadInput
        : ErrorCount > 0 || (FailOn == FailOn.Warning && WarningCount > 0) ? ExitCodes.Violations
        : ExitCodes.Ok;

    /// <summary>The policies of a catalogue that an edition does not switch on: shown as not checked, never as passed (readings.md, principle 2).</summary>
    public static IReadOnlyList<PolicyDescriptor> NotCheckedBy(EditionCatalog catalog, ResolvedEdition edition) =>
        [.. catalog.Policies.Policies.Where(p => !edition.IsEnabled(p.Id))];
}
