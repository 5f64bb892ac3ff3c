using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.Logging;

namespace Mentoring.Samples.Hosting;

/// <summary>A host's own service: validates a case and logs what the regulation says, one line per violation.</summary>
/// <param name="validator">The validator AddMentoringRules registered (a singleton, safe to share).</param>
/// <param name="logger">The logger.</param>
internal sealed partial class CaseChecker(MentoringValidator validator, ILogger<CaseChecker> logger)
{
    /// <summary>Validates the case under an edition as of a date and logs the violations.</summary>
    /// <returns>The number of violations.</returns>
    public int Check(MentoringCase @case, string editionId, DateOnly asOf)
    {
        var result = validator.Validate(@case, editionId, asOf);
        if (!result.IsSuccess)
        {
            foreach (var error in result.ValidationErrors)
            {
                LogEditionError(logger, editionId, error.Describe());
            }

            return 0;
        }

        var report = result.Value;
        foreach (var finding in report.Findings.Where(f => f.Outcome == Outcome.Violated))
        {
            var (severity, ruleId, clause, message) = (finding.Severity, finding.RuleId, finding.Clause, finding.MessageEn);
            LogViolation(logger, severity, ruleId, clause, message);
        }

        var chain = string.Join(" > ", report.EditionChain);
        var (violated, unknown, satisfied) = (report.Count(Outcome.Violated), report.Count(Outcome.Unknown), report.Count(Outcome.Satisfied));
        var date = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        LogSummary(logger, report.OrganizationId, editionId, chain, date, violated, unknown, satisfied);
        return violated;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Severity} {RuleId} ({Clause}): {Message}")]
    private static partial void LogViolation(ILogger logger, Severity severity, string ruleId, string clause, string message);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Organization} under {Edition} ({Chain}) as of {AsOf}: {Violated} violated, {Unknown} unknown, {Satisfied} satisfied")]
    private static partial void LogSummary(ILogger logger, string organization, string edition, string chain, string asOf, int violated, int unknown, int satisfied);

    [LoggerMessage(Level = LogLevel.Error, Message = "Edition {Edition}: {Error}")]
    private static partial void LogEditionError(ILogger logger, string edition, string error);
}
