using System.Reflection;
using Mentoring.Domain;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies;

/// <summary>
/// The policy rules known to a host: the regulation's bundled rules, plus any an embedder adds from its own
/// assemblies. Each rule's metadata is read once; identifiers are unique.
/// </summary>
public sealed class PolicyCatalog
{
    private static readonly Lazy<PolicyCatalog> BundledCatalog = new(() =>
        Create(BundledTypes()) is { IsSuccess: true } bundled ? bundled.Value : throw new InvalidOperationException(Create(BundledTypes()).ValidationErrors.Describe()));

    private readonly Dictionary<string, PolicyDescriptor> _byId;

    private PolicyCatalog(IReadOnlyList<PolicyDescriptor> policies)
    {
        Policies = policies;
        _byId = policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The regulation's own rules, shipped in this package.</summary>
    public static PolicyCatalog Bundled => BundledCatalog.Value;

    /// <summary>The policies, ordered by identifier.</summary>
    public IReadOnlyList<PolicyDescriptor> Policies { get; }

    /// <summary>The identifiers, ordered.</summary>
    public IEnumerable<string> Ids => Policies.Select(p => p.Id);

    /// <summary>Finds a policy.</summary>
    /// <param name="ruleId">The identifier.</param>
    /// <returns>The policy, or null.</returns>
    public PolicyDescriptor? Find(string ruleId) => _byId.GetValueOrDefault(ruleId);

    /// <summary>Builds a catalogue of the given rule classes.</summary>
    /// <param name="ruleTypes">Policy rule classes (derived from <see cref="Rule"/>, with policy metadata).</param>
    /// <returns>The catalogue, or every metadata error and MR0104 for a repeated identifier.</returns>
    public static Result<PolicyCatalog> Create(IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        var errors = new List<ValidationError>();
        var descriptors = new List<PolicyDescriptor>();
        foreach (var type in ruleTypes.Distinct())
        {
            var descriptor = PolicyDescriptor.Of(type);
            if (descriptor.IsSuccess)
            {
                descriptors.Add(descriptor.Value);
            }
            else
            {
                errors.AddRange(descriptor.ValidationErrors);
            }
        }

        errors.AddRange(descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => RuleErrors.DuplicateRule(g.Key)));
        return errors.Count == 0
            ? new PolicyCatalog([.. descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)])
            : Result<PolicyCatalog>.Invalid(errors);
    }

    /// <summary>This catalogue with the policy rules of more assemblies (an embedder's own rules).</summary>
    /// <param name="assemblies">The assemblies to scan for concrete <see cref="Rule"/> classes that carry a <see cref="CitationAttribute"/>.</param>
    /// <returns>The larger catalogue, or the errors.</returns>
    public Result<PolicyCatalog> With(params IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return Create(Policies.Select(p => p.RuleType).Concat(assemblies.SelectMany(PolicyTypesIn)));
    }

    /// <summary>This catalogue with more policy rule classes.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The larger catalogue, or the errors.</returns>
    public Result<PolicyCatalog> With(params IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        return Create(Policies.Select(p => p.RuleType).Concat(ruleTypes));
    }

    internal static IEnumerable<Type> PolicyTypesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && typeof(Rule).IsAssignableFrom(t)
            && t.GetCustomAttribute<CitationAttribute>() is not null);

    private static IEnumerable<Type> BundledTypes() => PolicyTypesIn(typeof(PolicyCatalog).Assembly);
}
