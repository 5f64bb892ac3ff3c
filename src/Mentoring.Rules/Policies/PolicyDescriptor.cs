using System.Reflection;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies;

/// <summary>
/// Everything known about one policy rule from its class: identifier, titles, citation, severity, whether it is on
/// by default, when it comes into force, and its parameters. This is what <c>docs/rules.md</c> and
/// <c>mentoring explain</c> show.
/// </summary>
public sealed class PolicyDescriptor
{
    private PolicyDescriptor(Type ruleType, string id, TitleAttribute title, CitationAttribute citation, Severity severity)
    {
        RuleType = ruleType;
        Id = id;
        TitleRu = title.Ru;
        TitleEn = title.En;
        Source = citation.Source;
        QuoteRu = citation.QuoteRu;
        Severity = severity;
    }

    /// <summary>The rule class.</summary>
    public Type RuleType { get; }

    /// <summary>The stable identifier from the rule catalogue, such as <c>program.duration</c>.</summary>
    public string Id { get; }

    /// <summary>The group: the part of the identifier before the dot (<c>program</c>).</summary>
    public string Group => Id[..Id.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The title in Russian.</summary>
    public string TitleRu { get; }

    /// <summary>The title in English.</summary>
    public string TitleEn { get; }

    /// <summary>The seed and section, such as <c>002 §1 (понятия)</c>.</summary>
    public string Source { get; }

    /// <summary>A short quote of the clause, in Russian.</summary>
    public string QuoteRu { get; }

    /// <summary>How serious a violation is.</summary>
    public Severity Severity { get; }

    /// <summary>False for the optional rules that an edition must turn on.</summary>
    public bool EnabledByDefault { get; private init; } = true;

    /// <summary>The first day in force, when the rule has one (TK 351.8: 2025-03-01).</summary>
    public DateOnly? EffectiveFrom { get; private init; }

    /// <summary>What the rule rests on: a duty its clause states, or a definition, a template or an inference (at most a warning).</summary>
    /// <remarks>readings.md, principle 5.</remarks>
    public RuleBasis Basis { get; private init; } = RuleBasis.Stated;

    /// <summary>Why the rule reads its clause so, when it is not a stated duty; otherwise null.</summary>
    public string? BasisNote { get; private init; }

    /// <summary>The date the rule judges on (<see cref="JudgedOnAttribute"/>), or null when the rule does not say.</summary>
    /// <remarks>readings.md, principle 1.</remarks>
    public string? JudgedOn { get; private init; }

    /// <summary>The parameters, in declaration order.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; private init; } = [];

    /// <summary>Finds a parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The parameter, or null.</returns>
    public ParameterDefinition? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Reads the descriptor of a policy rule class.</summary>
    /// <param name="ruleType">A class derived from <see cref="Rule"/> with policy metadata.</param>
    /// <returns>The descriptor, or MR0105 for every piece of metadata the class lacks.</returns>
    public static Result<PolicyDescriptor> Of(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        var name = ruleType.FullName ?? ruleType.Name;
        var id = ruleType.GetCustomAttribute<NameAttribute>() is null ? null : new NRules.Fluent.RuleMetadata(ruleType).Name;
        var title = ruleType.GetCustomAttribute<TitleAttribute>();
        var citation = ruleType.GetCustomAttribute<CitationAttribute>();
        var severity = ruleType.GetCustomAttribute<SeverityAttribute>();
        var errors = new List<ValidationError>();
        if (!typeof(Rule).IsAssignableFrom(ruleType))
        {
            errors.Add(RuleErrors.MissingMetadata(name, "the base class Rule"));
        }

        if (id is null || !id.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(RuleErrors.MissingMetadata(name, "[Name(\"group.name\")]"));
        }

        if (title is null)
        {
            errors.Add(RuleErrors.MissingMetadata(name, "[Title]"));
        }

        if (citation is null)
        {
            errors.Add(RuleErrors.MissingMetadata(name, "[Citation]"));
        }

        if (severity is null)
        {
            errors.Add(RuleErrors.MissingMetadata(name, "[Severity]"));
        }

        if (errors.Count != 0)
        {
            return Result<PolicyDescriptor>.Invalid(errors);
        }

        return new PolicyDescriptor(ruleType, id!, title!, citation!, severity!.Severity)
        {
            EnabledByDefault = ruleType.GetCustomAttribute<OffByDefaultAttribute>() is null,
            EffectiveFrom = ruleType.GetCustomAttribute<EffectiveFromAttribute>()?.Date,
            Basis = ruleType.GetCustomAttribute<BasisAttribute>()?.Basis ?? RuleBasis.Stated,
            BasisNote = ruleType.GetCustomAttribute<BasisAttribute>()?.Why,
            JudgedOn = ruleType.GetCustomAttribute<JudgedOnAttribute>()?.Description,
            Parameters = [.. ruleType.GetCustomAttributes<RuleParameterAttribute>().Select(a => ParameterDefinition.Create(id!, a))],
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Source})";
}
