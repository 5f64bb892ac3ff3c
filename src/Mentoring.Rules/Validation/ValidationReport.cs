using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Validation;

/// <summary>The findings of one validation of one organization's case, in a deterministic order.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(string organizationId, string editionId, IReadOnlyList<string> editionChain, DateOnly asOf, IReadOnlyList<Finding> findings)
    {
        OrganizationId = organizationId;
        EditionId = editionId;
        EditionChain = editionChain;
        AsOf = asOf;
        Findings = findings;
    }

    /// <summary>The organization validated.</summary>
    public string OrganizationId { get; }

    /// <summary>The edition asked for.</summary>
    public string EditionId { get; }

    /// <summary>The editions applied, root first, then overlays in force.</summary>
    public IReadOnlyList<string> EditionChain { get; }

    /// <summary>The date of validation.</summary>
    public DateOnly AsOf { get; }

    /// <summary>
    /// The findings, ordered by rule identifier, then by the main subject's kind and identifier, then by outcome, then
    /// by the other subjects in turn.
    /// Every rule that is on has at least one finding (<see cref="Outcome.NotApplicable"/> when it had no subject).
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when any finding is a violation.</summary>
    public bool HasViolations => Findings.Any(f => f.Outcome == Outcome.Violated);

    /// <summary>True when any finding is a violation of severity <see cref="Severity.Error"/> (readings.md, principle 7).</summary>
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>The violations of severity <see cref="Severity.Error"/>.</summary>
    public int Errors => Findings.Count(f => f.IsError);

    /// <summary>The violations of severity <see cref="Severity.Warning"/>.</summary>
    public int Warnings => Findings.Count(f => f.IsWarning);

    /// <summary>The findings that could not be decided: what they need was not presented (readings.md, principle 2).</summary>
    public int Unknowns => Count(Outcome.Unknown);

    /// <summary>The number of findings of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(Outcome outcome) => Findings.Count(f => f.Outcome == outcome);

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>Its findings, in report order.</returns>
    public IEnumerable<Finding> Of(string ruleId) => Findings.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal));
}
