using System.Collections.Concurrent;

namespace Mentoring.Rules.Editions;

/// <summary>
/// An edition flattened for one date of validation: for every policy, whether it is on and its parameter values,
/// each with the edition it comes from (or <c>default</c>).
/// </summary>
public sealed class ResolvedEdition
{
    private readonly Dictionary<string, (bool Enabled, string Source)> _enabled;
    private readonly Dictionary<string, RuleParameters> _parameters;
    private readonly Dictionary<string, SettingBasis> _basis;
    private IReadOnlyList<string>? _roadmaps;

    // The same resolution seen by schools that adopted it on different days (one per day, shared by their cases).
    private readonly ConcurrentDictionary<DateOnly, ResolvedEdition> _adopted = new();

    internal ResolvedEdition(
        Edition edition,
        DateOnly asOf,
        IReadOnlyList<string> chain,
        Dictionary<string, (bool Enabled, string Source)> enabled,
        Dictionary<string, RuleParameters> parameters,
        Dictionary<string, SettingBasis> basis)
    {
        Edition = edition;
        AsOf = asOf;
        Chain = chain;
        _enabled = enabled;
        _parameters = parameters;
        _basis = basis;
    }

    private ResolvedEdition(ResolvedEdition resolved, DateOnly adoptedOn)
        : this(resolved.Edition, resolved.AsOf, resolved.Chain, resolved._enabled, resolved._parameters, resolved._basis)
    {
        AdoptedOn = adoptedOn;
        ChainRoadmaps = resolved.ChainRoadmaps;
    }

    /// <summary>The edition asked for.</summary>
    public Edition Edition { get; }

    /// <summary>The date it was resolved for.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The editions applied, root first, then the edition, then the overlays in force.</summary>
    public IReadOnlyList<string> Chain { get; }

    /// <summary>
    /// The seed roadmaps bound to the editions of the chain (root first, overlays excluded), whose school-facing items
    /// are the deadlines a school of the municipality meets.
    /// </summary>
    public IReadOnlyList<string> Roadmaps => _roadmaps ??= [.. Chain.TakeWhile(id => id != Edition.Id).Append(Edition.Id)
        .SelectMany(id => ChainRoadmaps.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal)];

    /// <summary>The roadmaps of the chain's editions, by edition (set by the catalogue).</summary>
    internal Dictionary<string, IReadOnlyList<string>> ChainRoadmaps { get; init; } = new(StringComparer.Ordinal);

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

    /// <summary>
    /// The clause of its own source that the edition setting the rule gives for it (<c>because</c>): the last edition
    /// of the chain that sets the rule with a reason; null when none gives one.
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The reason, or null.</returns>
    public EditionReason? Because(string ruleId) => _basis.TryGetValue(ruleId, out var basis) ? basis.Because : null;

    /// <summary>The edition whose <see cref="Because(string)"/> it is, or null.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The edition's identifier, or null.</returns>
    public string? BecauseSource(string ruleId) => _basis.TryGetValue(ruleId, out var basis) ? basis.BecauseSource : null;

    /// <summary>
    /// True when the rule binds an organization only from its own regulation order: the edition that switched it on
    /// (or, for a rule on by default, the root) is a model a school adopts (<see cref="EditionStart.RegulationOrder"/>).
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>True when the rule waits for the organization's order approving its Положение.</returns>
    public bool AppliesFromRegulationOrder(string ruleId) => _basis.TryGetValue(ruleId, out var basis) && basis.FromRegulationOrder;

    /// <summary>
    /// The date of the organization's own order approving its Положение, when the resolution is seen by one
    /// organization (the validator sets it from the case's earliest regulation order); null otherwise.
    /// </summary>
    public DateOnly? AdoptedOn { get; }

    /// <summary>
    /// True when the rule binds the organization on the day: always for a rule in force from its edition's own act;
    /// for a rule of an adopted model (<see cref="AppliesFromRegulationOrder"/>), from <see cref="AdoptedOn"/>, and
    /// on any day when no regulation order is known (the edition chosen for the case then stands for the school's
    /// Положение; the missing order is <c>org.regulation-order</c>'s finding).
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="day">The day the duty belongs to.</param>
    /// <returns>True when the rule binds on that day.</returns>
    internal bool BindsOn(string ruleId, DateOnly day) =>
        !AppliesFromRegulationOrder(ruleId) || AdoptedOn is not { } adopted || day >= adopted;

    /// <summary>
    /// This resolution as seen by an organization that adopted its Положение on <paramref name="adoptedOn"/> (its
    /// earliest regulation order), or this one when the day is unknown or no rule waits for it.
    /// </summary>
    /// <param name="adoptedOn">The date of the organization's regulation order, or null.</param>
    /// <returns>The resolution for the organization.</returns>
    internal ResolvedEdition AdoptedBy(DateOnly? adoptedOn) =>
        adoptedOn is not { } day || AdoptedOn is not null || !_basis.Values.Any(b => b.FromRegulationOrder)
            ? this
            : _adopted.GetOrAdd(day, d => new ResolvedEdition(this, d));

    /// <summary>The rule's parameter values.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The values; empty for a rule without parameters or an unknown rule.</returns>
    public RuleParameters Parameters(string ruleId) => _parameters.GetValueOrDefault(ruleId) ?? RuleParameters.Empty;
}

/// <summary>What a rule's setting rests on: the reason given for it, by which edition, and from when it binds.</summary>
/// <param name="Because">The last reason given in the chain, or null.</param>
/// <param name="BecauseSource">The edition that gave it, or null.</param>
/// <param name="FromRegulationOrder">True when the edition deciding the switch binds from the organization's own order.</param>
internal sealed record SettingBasis(EditionReason? Because, string? BecauseSource, bool FromRegulationOrder);

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

    /// <summary>
    /// A <see cref="Policies.ParameterKind.YearsBound"/> parameter as a bound: a plain number read with the parameter's
    /// own meaning, the phrase or object form as written; null when absent or set to null (no limit).
    /// </summary>
    /// <param name="name">The parameter.</param>
    /// <param name="number">What a plain number means here, such as <see cref="YearsBound.Under"/> for <c>ageUnder</c>.</param>
    /// <returns>The bound, or null.</returns>
    public YearsBound? Bound(string name, Func<int, YearsBound> number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return Get(name) switch
        {
            YearsBound bound => bound,
            int whole => number(whole),
            _ => null,
        };
    }

    private object? Get(string name) => _values.TryGetValue(name, out var value) ? value.Value : null;
}
