namespace Mentoring.Rules.Editions;

/// <summary>
/// An edition flattened for one date of validation: for every policy, whether it is on and its parameter values,
/// each with the edition it comes from (or <c>default</c>).
/// </summary>
public sealed class ResolvedEdition
{
    private readonly Dictionary<string, (bool Enabled, string Source)> _enabled;
    private readonly Dictionary<string, RuleParameters> _parameters;

    internal ResolvedEdition(
        Edition edition,
        DateOnly asOf,
        IReadOnlyList<string> chain,
        Dictionary<string, (bool Enabled, string Source)> enabled,
        Dictionary<string, RuleParameters> parameters)
    {
        Edition = edition;
        AsOf = asOf;
        Chain = chain;
        _enabled = enabled;
        _parameters = parameters;
    }

    /// <summary>The edition asked for.</summary>
    public Edition Edition { get; }

    /// <summary>The date it was resolved for.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The editions applied, root first, then the edition, then the overlays in force.</summary>
    public IReadOnlyList<string> Chain { get; }

    /// <summary>The identifiers of the rules that are on, ordered.</summary>
    public IEnumerable<string> EnabledRules => _enabled.Where(p => p.Value.Enabled).Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>True when the rule is on in this edition.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>True when on.</returns>
    public bool IsEnabled(string ruleId) => _enabled.TryGetValue(ruleId, out var e) && e.Enabled;

    /// <summary>The edition that switched the rule on or off, or <c>default</c>.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The source.</returns>
    public string EnabledSource(string ruleId) => _enabled.TryGetValue(ruleId, out var e) ? e.Source : "default";

    /// <summary>The rule's parameter values.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The values; empty for a rule without parameters or an unknown rule.</returns>
    public RuleParameters Parameters(string ruleId) => _parameters.GetValueOrDefault(ruleId) ?? RuleParameters.Empty;
}

/// <summary>The parameter values of one rule under a resolved edition, read by the rule with typed accessors.</summary>
public sealed class RuleParameters
{
    internal static readonly RuleParameters Empty = new([]);

    private readonly Dictionary<string, ParameterValue> _values;

    // The values are fixed once built, so the ordered list is built once (every finding of the rule carries it).
    private IReadOnlyList<ParameterValue>? _all;

    internal RuleParameters(IEnumerable<ParameterValue> values) =>
        _values = values.ToDictionary(v => v.Name, StringComparer.Ordinal);

    /// <summary>Every value with its source, in name order.</summary>
    public IReadOnlyList<ParameterValue> All => _all ??= [.. _values.Values.OrderBy(v => v.Name, StringComparer.Ordinal)];

    /// <summary>A whole-number parameter, or null when absent or set to null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public int? WholeNumber(string name) => Get(name) as int?;

    /// <summary>A number parameter, or null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public decimal? Number(string name) => Get(name) switch
    {
        decimal d => d,
        int i => i,
        _ => null,
    };

    /// <summary>A flag parameter, or null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public bool? Flag(string name) => Get(name) as bool?;

    /// <summary>A choice parameter, or null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public string? Choice(string name) => Get(name) as string;

    /// <summary>A choice-list parameter; empty when absent.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> ChoiceList(string name) => Get(name) as IReadOnlyList<string> ?? [];

    /// <summary>A date parameter, or null.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public DateOnly? CalendarDate(string name) => Get(name) as DateOnly?;

    /// <summary>A date-list parameter, sorted; empty when absent.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The dates.</returns>
    public IReadOnlyList<DateOnly> CalendarDates(string name) => Get(name) as IReadOnlyList<DateOnly> ?? [];

    private object? Get(string name) => _values.TryGetValue(name, out var value) ? value.Value : null;
}
