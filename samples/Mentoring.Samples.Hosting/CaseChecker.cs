using Mentoring.Domain;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.Logging;

namespace Mentoring.Samples.Hosting;

/// <summary>A host's own service: validates a case file and logs what the regulation says, one line per violation.</summary>
/// <param name="validator">The validator AddMentoringRules registered (a singleton, safe to share).</param>
/// <param name="logger">The logger.</param>
internal sealed partial class CaseChecker(MentoringValidator validator, ILogger<CaseChecker> logger)
{
    /// <summary>Reads the case file asynchronously, validates every organization under an edition as of a date and logs the violations.</summary>
    /// <returns>The number of violations, or null when the file or the edition cannot be used.</returns>
    public async Task<int?> CheckAsync(string caseFile, string editionId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(caseFile);
        await using var _ = stream.ConfigureAwait(false);
        var result = await validator.ValidateAsync(stream, editionId, asOf, options: null, new() { FileName = caseFile }, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            foreach (var error in result.ValidationErrors)
            {
                LogRefused(logger, editionId, error.Describe());
            }

            return null;
        }

        var violated = 0;
        foreach (var report in result.Value)
        {
            foreach (var finding in report.Findings.Where(f => f.Outcome == Outcome.Violated))
            {
                LogViolation(logger, finding.Severity, finding.RuleId, finding.Clause, finding.MessageEn);
                violated++;
            }
        }

        return violated;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Severity} {RuleId} ({Clause}): {Message}")]
    private static partial void LogViolation(ILogger logger, Severity severity, string ruleId, string clause, string message);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Edition {Edition}: {Error}")]
    private static partial void LogRefused(ILogger logger, string edition, string error);
}
