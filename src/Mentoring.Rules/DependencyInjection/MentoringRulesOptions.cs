using System.Reflection;
using Mentoring.Domain;
using Mentoring.Rules.Diagnostics;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What a host adds to the bundled rules and editions: its own policy rules (from assemblies or types) and its
/// own editions (files, objects, or built in code against the final policy catalogue).
/// </summary>
/// <remarks>
/// The options pattern: <c>AddMentoringRules</c> registers them as <c>IOptions&lt;MentoringRulesOptions&gt;</c>, bound
/// from a configuration section (<see cref="UseBundledEditions"/>, <see cref="EditionFiles"/>, <see cref="ContentRoot"/>)
/// and set up further in code; they are validated when the host starts (<c>ValidateOnStart</c>): a bad edition file
/// stops the host with every error listed.
/// </remarks>
public sealed class MentoringRulesOptions
{
    /// <summary>The configuration section <c>AddMentoringRules(IConfiguration)</c> is usually given: <c>Mentoring</c>.</summary>
    public const string SectionName = "Mentoring";

    private readonly List<Assembly> _assemblies = [];
    private readonly List<Type> _ruleTypes = [];
    private readonly List<Func<PolicyCatalog, Result<Edition>>> _editions = [];
    private readonly object _gate = new();   // not System.Threading.Lock: the package targets net8.0 too
    private BuiltRules? _built;

    /// <summary>True (the default) to start from the bundled editions; false to use only the host's own.</summary>
    public bool UseBundledEditions { get; set; } = true;

    /// <summary>
    /// The host's edition files, read when the options are validated (at the host's start, or on first use without a
    /// host). A relative path is relative to <see cref="ContentRoot"/>. The same file named twice is read once.
    /// </summary>
    public IList<string> EditionFiles { get; } = new List<string>();

    /// <summary>
    /// The directory relative edition paths are taken from: the host's content root
    /// (<c>IHostEnvironment.ContentRootPath</c>) unless set; the current directory when there is no host.
    /// </summary>
    public string? ContentRoot { get; set; }

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
        EditionFiles.Add(path);
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

    /// <summary>The full path of an edition file: as given when absolute, else under the content root.</summary>
    internal string Locate(string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(ContentRoot ?? Directory.GetCurrentDirectory(), path));

    /// <summary>
    /// Builds the policy catalogue and the edition catalogue once (later calls return the first result), logging each
    /// edition file and the outcome.
    /// </summary>
    internal BuiltRules Build(ILogger logger)
    {
        lock (_gate)
        {
            return _built ??= BuildOnce(logger);
        }
    }

    private BuiltRules BuildOnce(ILogger logger)
    {
        var errors = new List<ValidationError>();
        var policies = PolicyCatalog.Bundled;
        if (_assemblies.Count != 0 || _ruleTypes.Count != 0)
        {
            var extended = PolicyCatalog.Bundled.With(_assemblies).Bind(c => c.With(_ruleTypes));
            if (!extended.IsSuccess)
            {
                return Misconfigured(logger, extended.ValidationErrors);
            }

            policies = extended.Value;
        }

        var start = EditionCatalog.Empty(policies);
        if (UseBundledEditions)
        {
            var bundled = ReferenceEquals(policies, PolicyCatalog.Bundled) ? Result<EditionCatalog>.Success(EditionCatalog.Bundled) : EditionCatalog.BundledFor(policies);
            if (!bundled.IsSuccess)
            {
                return Misconfigured(logger, bundled.ValidationErrors);
            }

            start = bundled.Value;
        }

        var editions = new List<Edition>();
        foreach (var path in EditionFiles.Select(Locate).Distinct(StringComparer.Ordinal))
        {
            var read = EditionFile.Read(path, policies);
            if (read.IsSuccess)
            {
                MentoringLog.EditionFileLoaded(logger, read.Value.Id, path);
                editions.Add(read.Value);
            }
            else
            {
                if (logger.IsEnabled(LogLevel.Error))
                {
                    var listed = read.ValidationErrors.Describe();
                    MentoringLog.EditionFileRejected(logger, path, listed);
                }

                errors.AddRange(read.ValidationErrors);
            }
        }

        foreach (var edition in _editions.Select(e => e(policies)))
        {
            if (edition.IsSuccess)
            {
                editions.Add(edition.Value);
            }
            else
            {
                errors.AddRange(edition.ValidationErrors);
            }
        }

        if (errors.Count != 0)
        {
            return Misconfigured(logger, errors);
        }

        var catalog = editions.Count == 0 ? Result<EditionCatalog>.Success(start) : start.With(editions);
        if (!catalog.IsSuccess)
        {
            return Misconfigured(logger, catalog.ValidationErrors);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var ids = string.Join(", ", catalog.Value.Editions.Select(e => e.Id));
            MentoringLog.RulesConfigured(logger, policies.Policies.Count, catalog.Value.Editions.Count, ids);
        }

        return new BuiltRules(catalog.Value, []);
    }

    private static BuiltRules Misconfigured(ILogger logger, IEnumerable<ValidationError> found)
    {
        ValidationError[] errors = [.. found];
        if (logger.IsEnabled(LogLevel.Critical))
        {
            var listed = errors.Describe();
            MentoringLog.RulesMisconfigured(logger, listed);
        }

        return new BuiltRules(null, errors);
    }
}

/// <summary>What building the options gave: the edition catalogue, or every error.</summary>
internal sealed record BuiltRules(EditionCatalog? Editions, IReadOnlyList<ValidationError> Errors);
