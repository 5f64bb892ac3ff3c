using Mentoring.Domain.Documents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Cli;

/// <summary>What validating one input gave: the reports of its organizations, or the problems that kept it from being read.</summary>
/// <param name="File">The file as the user named it (a folder's files as folder/name).</param>
/// <param name="Reports">One report per organization, in file order; empty when the file was not read.</param>
/// <param name="Errors">The problems: each with file, line and column when known.</param>
internal sealed record FileResult(string File, IReadOnlyList<ValidationReport> Reports, IReadOnlyList<DocumentDiagnostic> Errors);

/// <summary>A whole run of <c>mentoring validate</c>: the edition, the date, every input's result, and the totals.</summary>
internal sealed record ValidationRun(string EditionId, IReadOnlyList<string> EditionChain, DateOnly AsOf, IReadOnlyList<FileResult> Files)
{
    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Reports).SelectMany(r => r.Findings);

    public IEnumerable<DocumentDiagnostic> Errors => Files.SelectMany(f => f.Errors);

    public int Organizations => Files.Sum(f => f.Reports.Count);

    public int Count(Outcome outcome) => Findings.Count(f => f.Outcome == outcome);

    /// <summary>2 when any input was not read (it wins), else 1 when any violation was found, else 0.</summary>
    public int ExitCode =>
        Errors.Any() ? ExitCodes.BadInput : Count(Outcome.Violated) > 0 ? ExitCodes.Violations : ExitCodes.Ok;
}
