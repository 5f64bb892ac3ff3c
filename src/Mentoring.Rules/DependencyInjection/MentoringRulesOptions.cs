using System.Reflection;
using Mentoring.Domain;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What a host adds to the bundled rules and editions: its own policy rules (from assemblies or types) and its
/// own editions (files, objects, or built in code against the final policy catalogue).
/// </summary>
public sealed class MentoringRulesOptions
{
    private readonly List<Assembly> _assemblies = [];
    private readonly List<Type> _ruleTypes = [];
    private readonly List<Func<PolicyCatalog, Result<Edition>>> _editions = [];

    /// <summary>True (the default) to start from the bundled editions; false to use only the host's own.</summary>
    public bool UseBundledEditions { get; set; } = true;

    /// <summary>Adds every policy rule class of an assembly (concrete <c>Rule</c> classes with policy metadata).</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>These options.</returns>
    public MentoringRulesOptions AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>Adds policy rule classes.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>These options.</returns>
    public MentoringRulesOptions AddRules(params IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        _ruleTypes.AddRange(ruleTypes);
        return this;
    }

    /// <summary>Adds an edition file (read when the services are first resolved, against the final policy catalogue).</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>These options.</returns>
    public MentoringRulesOptions AddEditionFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _editions.Add(policies => EditionFile.Read(path, policies));
        return this;
    }

    /// <summary>Adds an edition already built.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>These options.</returns>
    public MentoringRulesOptions AddEdition(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        _editions.Add(_ => edition);
        return this;
    }

    /// <summary>Adds an edition built in code, checked against the final policy catalogue (with the host's own rules).</summary>
    /// <param name="id">The edition's identifier.</param>
    /// <param name="build">Sets the edition up: titles, parent, rules.</param>
    /// <returns>These options.</returns>
    public MentoringRulesOptions AddEdition(string id, Action<EditionBuilder> build)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(build);
        _editions.Add(policies =>
        {
            var builder = new EditionBuilder(id);
            build(builder);
            return builder.Build(policies, $"services:{id}");
        });
        return this;
    }

    /// <summary>Builds the policy catalogue, the edition catalogue and the validator, or throws listing every error.</summary>
    internal MentoringValidator Build()
    {
        var policies = _assemblies.Count == 0 && _ruleTypes.Count == 0
            ? PolicyCatalog.Bundled
            : Check(PolicyCatalog.Bundled.With(_assemblies).Bind(c => c.With(_ruleTypes)));
        var start = !UseBundledEditions
            ? EditionCatalog.Empty(policies)
            : ReferenceEquals(policies, PolicyCatalog.Bundled) ? EditionCatalog.Bundled : Check(EditionCatalog.BundledFor(policies));
        var editions = _editions.Select(e => e(policies)).ToArray();
        var errors = editions.SelectMany(e => e.ValidationErrors).ToArray();
        if (errors.Length != 0)
        {
            Check(Result<EditionCatalog>.Invalid(errors));
        }

        return new MentoringValidator(editions.Length == 0 ? start : Check(start.With(editions.Select(e => e.Value))));
    }

    private static T Check<T>(Result<T> result) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException("Mentoring rules are misconfigured:" + Environment.NewLine + string.Join(Environment.NewLine, result.ValidationErrors.Select(e => e.Describe())));
}
