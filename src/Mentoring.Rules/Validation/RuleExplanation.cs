using System.Globalization;
using System.Text;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Validation;

/// <summary>
/// Why a rule says what it says about a case: the policy (title, clause and quote, severity), whether the edition
/// has it on and from which edition, its parameters with their sources, its findings, and — when it did not fire,
/// or for a fact asked about — the engine's why-not report naming the first condition that fails.
/// </summary>
public sealed class RuleExplanation
{
    internal RuleExplanation(
        PolicyDescriptor policy,
        ResolvedEdition edition,
        bool enabled,
        bool inForce,
        IReadOnlyList<Finding> findings,
        WhyNotReport? whyNot,
        object? fact)
    {
        Policy = policy;
        EditionId = edition.Edition.Id;
        EditionChain = edition.Chain;
        AsOf = edition.AsOf;
        Enabled = enabled;
        EnabledSource = edition.EnabledSource(policy.Id);
        Because = edition.Because(policy.Id);
        BecauseSource = edition.BecauseSource(policy.Id);
        InForce = inForce;
        Parameters = edition.Parameters(policy.Id).All;
        Findings = findings;
        WhyNot = whyNot;
        Fact = fact;
    }

    /// <summary>The rule's metadata.</summary>
    public PolicyDescriptor Policy { get; }

    /// <summary>The edition asked for.</summary>
    public string EditionId { get; }

    /// <summary>The editions applied, root first, then overlays in force.</summary>
    public IReadOnlyList<string> EditionChain { get; }

    /// <summary>The date of validation.</summary>
    public DateOnly AsOf { get; }

    /// <summary>True when the edition has the rule on.</summary>
    public bool Enabled { get; }

    /// <summary>The edition that switched the rule on or off, or <c>default</c>.</summary>
    public string EnabledSource { get; }

    /// <summary>The clause of its own source that the edition setting the rule gives (<c>because</c>), or null.</summary>
    public EditionReason? Because { get; }

    /// <summary>The edition that gives <see cref="Because"/>, or null.</summary>
    public string? BecauseSource { get; }

    /// <summary>False when the rule comes into force after <see cref="AsOf"/>.</summary>
    public bool InForce { get; }

    /// <summary>The rule's parameters with their values and sources under the edition.</summary>
    public IReadOnlyList<ParameterValue> Parameters { get; }

    /// <summary>The rule's findings for the case (empty when the rule is off).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The engine's report on why the rule does not match: given when the rule is on and in force and either did
    /// not fire at all or a fact was asked about; null otherwise.
    /// </summary>
    public WhyNotReport? WhyNot { get; }

    /// <summary>The fact asked about, if any.</summary>
    public object? Fact { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Policy.Id} — {Policy.TitleRu} / {Policy.TitleEn}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  source: {Policy.Source} «{Policy.QuoteRu}»; severity: {Policy.Severity}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  edition {EditionId} ({string.Join(" → ", EditionChain)}) on {AsOf:yyyy-MM-dd}: ")
            .Append(Enabled ? "on" : "off").Append(CultureInfo.InvariantCulture, $" ({EnabledSource})");
        if (!InForce && Policy.EffectiveFrom is { } from)
        {
            text.Append(CultureInfo.InvariantCulture, $", in force only from {from:yyyy-MM-dd}");
        }

        text.AppendLine();
        if (Because is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  because ({BecauseSource}): {Because.Ru}").AppendLine();
        }

        foreach (var parameter in Parameters)
        {
            text.Append("  parameter ").Append(parameter).AppendLine();
        }

        foreach (var finding in Findings)
        {
            text.Append("  finding ").Append(finding).AppendLine();
        }

        if (WhyNot is not null)
        {
            text.Append("  why not: ").Append(WhyNot).AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}
