using System.Reflection;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Network;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>
/// Collects rules (DSL rule classes or hand-built definitions), optionally the fact types they may match,
/// and compiles them into a shareable <see cref="ISessionFactory"/>. Registration order is the agenda's tie-breaker after priority.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<object> _entries = [];
    private readonly HashSet<Type> _factTypes = [];

    /// <summary>The rules, in registration order (DSL rules are defined on first access).</summary>
    /// <exception cref="RuleCompilationException">A rule class's definition is invalid; the message names it.</exception>
    public IReadOnlyList<RuleDefinition> Rules
    {
        get
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i] is Rule rule)
                {
                    _entries[i] = rule.Build();
                }
            }

            return [.. _entries.Cast<RuleDefinition>()];
        }
    }

    /// <summary>
    /// Loads every concrete <see cref="Rule"/> class of an assembly (public or not, with a parameterless constructor),
    /// ordered by full type name.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters && t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        return Load(types);
    }

    /// <summary>Loads rule classes, in the given order.</summary>
    /// <param name="ruleTypes">Concrete subclasses of <see cref="Rule"/> with a parameterless constructor.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(params IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes)
        {
            if (!typeof(Rule).IsAssignableFrom(type) || type.IsAbstract)
            {
                throw new ArgumentException($"{type.FullName} is not a concrete rule class.", nameof(ruleTypes));
            }

            Add((Rule)Activator.CreateInstance(type, nonPublic: true)!);
        }

        return this;
    }

    /// <summary>Adds a rule instance (its <see cref="Rule.Define"/> runs when the repository compiles).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Add(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _entries.Add(rule);
        return this;
    }

    /// <summary>Adds a hand-built rule definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Add(RuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _entries.Add(definition);
        return this;
    }

    /// <summary>
    /// Declares the fact types sessions will receive. Once any is declared, compiling fails for a pattern whose type is
    /// neither a declared type nor related to one by inheritance. (Value types and static classes always fail.)
    /// </summary>
    /// <param name="factTypes">The fact types.</param>
    /// <returns>This repository.</returns>
    public RuleRepository DeclareFactTypes(params IEnumerable<Type> factTypes)
    {
        ArgumentNullException.ThrowIfNull(factTypes);
        _factTypes.UnionWith(factTypes);
        return this;
    }

    /// <summary>Validates and compiles the rules into one network.</summary>
    /// <param name="options">Default options of the factory's sessions.</param>
    /// <returns>A thread-safe session factory.</returns>
    /// <exception cref="RuleCompilationException">A rule is invalid; the message names it.</exception>
    public ISessionFactory Compile(SessionOptions? options = null) =>
        new SessionFactory(NetworkBuilder.Build(Rules, _factTypes), options ?? SessionOptions.Default);
}
