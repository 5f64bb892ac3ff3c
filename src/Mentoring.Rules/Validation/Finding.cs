using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Validation;

/// <summary>A fact a finding rests on: its type and identifier.</summary>
public sealed class FactReference
{
    internal FactReference(string type, string id)
    {
        Type = type;
        Id = id;
    }

    /// <summary>The kind of fact, such as <c>Consent</c> or <c>PairingOrder</c>.</summary>
    public string Type { get; }

    /// <summary>The fact's identifier in the case.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id}";
}

/// <summary>
/// What one rule says about one subject (or about the organization as a whole): the outcome, why, in Russian and
/// English, the clause it rests on, the facts it matched and the parameters it used with their source.
/// </summary>
public sealed class Finding
{
    private readonly Verdict _verdict;
    private readonly IReadOnlyList<object>? _matched;
    private IReadOnlyList<FactReference>? _facts;

    /// <summary>A finding of the validator's own (such as «not applicable»), with its messages written.</summary>
    internal Finding(
        string organizationId,
        PolicyDescriptor policy,
        Outcome outcome,
        string messageRu,
        string messageEn,
        IReadOnlyList<Subject> subjects,
        IReadOnlyList<FactReference> facts,
        IReadOnlyList<ParameterValue> parameters,
        IReadOnlyList<string> missing)
        : this(organizationId, policy, Verdict.Of(outcome, messageRu, messageEn, subjects, missing), subjects, null, parameters) =>
        _facts = facts;

    /// <summary>
    /// The finding of a rule's verdict: its outcome, messages (written when first read) and missing facts are the
    /// verdict's; its fact references are described from the matched facts when first read.
    /// </summary>
    internal Finding(
        string organizationId,
        PolicyDescriptor policy,
        Verdict verdict,
        IReadOnlyList<Subject> subjects,
        IReadOnlyList<object>? matched,
        IReadOnlyList<ParameterValue> parameters)
    {
        OrganizationId = organizationId;
        Policy = policy;
        _verdict = verdict;
        Subjects = subjects;
        _matched = matched;
        Parameters = parameters;
    }

    /// <summary>The organization whose case this finding is about.</summary>
    public string OrganizationId { get; }

    /// <summary>The rule's metadata.</summary>
    public PolicyDescriptor Policy { get; }

    /// <summary>The rule's identifier from the catalogue.</summary>
    public string RuleId => Policy.Id;

    /// <summary>The outcome.</summary>
    public Outcome Outcome => _verdict.Outcome;

    /// <summary>The rule's severity (how serious a violation is).</summary>
    public Severity Severity => _verdict.Severity is { } lower && lower < Policy.Severity ? lower : Policy.Severity;

    /// <summary>The clause: the seed and section, as the rule catalogue cites it (such as <c>002 §2; TK 351.8</c>).</summary>
    public string Clause => Policy.Source;

    /// <summary>The clause as a person reads it: each document by its title, number and date, then its пункт or раздел.</summary>
    /// <param name="language"><c>ru</c> for Russian; English otherwise.</param>
    /// <returns>The citation, such as «ТК РФ, ст. 351.8».</returns>
    /// <remarks>readings.md, "Citations"; rendered by <see cref="Citations.Readable"/>.</remarks>
    public string Citation(string language) => Citations.Readable(Policy.Source, language);

    /// <summary>True for a violation of severity <see cref="Policies.Severity.Error"/>: what the command line's exit code 1 means.</summary>
    public bool IsError => Outcome == Outcome.Violated && Severity == Severity.Error;

    /// <summary>True for a violation of severity <see cref="Policies.Severity.Warning"/> (a breach of only some readings, or of an inferred clause).</summary>
    public bool IsWarning => Outcome == Outcome.Violated && Severity == Severity.Warning;

    /// <summary>The message in Russian.</summary>
    /// <remarks>A rule may write its messages only when they are first read; reading them is then safe from any thread.</remarks>
    public string MessageRu => _verdict.MessageRu;

    /// <summary>The message in English.</summary>
    /// <remarks>A rule may write its messages only when they are first read; reading them is then safe from any thread.</remarks>
    public string MessageEn => _verdict.MessageEn;

    /// <summary>The subjects, the main one first (names removed when redacted).</summary>
    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>The facts the rule matched.</summary>
    public IReadOnlyList<FactReference> Facts => _facts ??= MentoringValidator.Describe(_matched!);

    /// <summary>The rule's parameters with their values and sources.</summary>
    public IReadOnlyList<ParameterValue> Parameters { get; }

    /// <summary>For <see cref="Outcome.Unknown"/>: the facts that are missing, in Russian.</summary>
    public IReadOnlyList<string> Missing => _verdict.Missing;

    /// <summary>The message in a language: Russian for <c>ru</c>, English otherwise.</summary>
    /// <param name="language">A two-letter code.</param>
    /// <returns>The message.</returns>
    public string Message(string language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? MessageRu : MessageEn;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Outcome}: {MessageEn}";
}
