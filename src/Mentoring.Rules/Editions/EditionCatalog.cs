using Mentoring.Domain;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Editions;

/// <summary>
/// The editions known to a host (the bundled ones for the seeds and any the host loads), and their resolution on
/// a date: inheritance from the root, then the edition, then the overlays in force.
/// </summary>
public sealed class EditionCatalog
{
    private const string BundledPrefix = "Mentoring.Rules.Editions.Bundled.";

    private static readonly Lazy<EditionCatalog> BundledCatalog = new(() =>
        BundledFor(PolicyCatalog.Bundled) is { IsSuccess: true } bundled
            ? bundled.Value
            : throw new InvalidOperationException("The bundled editions do not load: " + BundledFor(PolicyCatalog.Bundled).ValidationErrors.Describe()));

    private readonly Dictionary<string, Edition> _editions;

    private EditionCatalog(PolicyCatalog policies, Dictionary<string, Edition> editions)
    {
        Policies = policies;
        _editions = editions;
    }

    /// <summary>The policies the editions are checked against.</summary>
    public PolicyCatalog Policies { get; }

    /// <summary>The editions, ordered by identifier.</summary>
    public IReadOnlyList<Edition> Editions => [.. _editions.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>
    /// The bundled editions (<c>federal-2021</c>, the seeds' municipalities and the <c>tk-351.8</c> overlay) over
    /// <see cref="PolicyCatalog.Bundled"/>, read once from the package's embedded files.
    /// </summary>
    /// <exception cref="InvalidOperationException">A bundled file does not load (a packaging fault; the message lists every error).</exception>
    public static EditionCatalog Bundled => BundledCatalog.Value;

    /// <summary>An empty catalogue over the given policies.</summary>
    /// <param name="policies">The policies.</param>
    /// <returns>The catalogue.</returns>
    public static EditionCatalog Empty(PolicyCatalog policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return new EditionCatalog(policies, new Dictionary<string, Edition>(StringComparer.Ordinal));
    }

    /// <summary>Finds an edition.</summary>
    /// <param name="editionId">The identifier.</param>
    /// <returns>The edition, or null.</returns>
    public Edition? Find(string editionId) => _editions.GetValueOrDefault(editionId);

    /// <summary>This catalogue with more editions; their parents and overlays must be in it or among them.</summary>
    /// <param name="editions">The editions.</param>
    /// <returns>The larger catalogue, or MR0205 (duplicate), MR0202 (unknown parent or overlay), MR0203 (cycle).</returns>
    public Result<EditionCatalog> With(params IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var all = new Dictionary<string, Edition>(_editions, StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        foreach (var edition in editions)
        {
            if (!all.TryAdd(edition.Id, edition))
            {
                errors.Add(RuleErrors.DuplicateEdition(edition.Id).At(edition.Locate("id")));
            }
        }

        foreach (var edition in all.Values)
        {
            foreach (var reference in Referenced(edition))
            {
                if (!all.ContainsKey(reference.Id))
                {
                    errors.Add(RuleErrors.UnknownEdition(reference.Id, all.Keys.Order(StringComparer.Ordinal)).At(edition.Locate(reference.Field)));
                }
            }
        }

        foreach (var edition in all.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (FindCycle(all, edition) is { } cycle && string.Equals(cycle[0], edition.Id, StringComparison.Ordinal)
                && cycle.All(id => string.CompareOrdinal(edition.Id, id) <= 0))
            {
                errors.Add(CycleError(all, cycle));
            }
        }

        return errors.Count == 0 ? new EditionCatalog(Policies, all) : Result<EditionCatalog>.Invalid(errors);
    }

    /// <summary>This catalogue with the editions of more files, each checked against <see cref="Policies"/>.</summary>
    /// <param name="paths">The edition files.</param>
    /// <returns>The larger catalogue, or every error of every file (each with file, line and column) and of the catalogue.</returns>
    public Result<EditionCatalog> WithFiles(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return WithAll(paths.Select(path => EditionFile.Read(path, Policies)));
    }

    /// <summary>
    /// The bundled editions over another policy catalogue: the bundled rules plus an embedder's own
    /// (<see cref="PolicyCatalog.With(IEnumerable{System.Reflection.Assembly})"/>), so that the embedder's editions can
    /// inherit from ours and switch their rules on beside ours without a DI container.
    /// </summary>
    /// <param name="policies">The policies, which must include the bundled ones the bundled editions name.</param>
    /// <returns>The catalogue, or the errors (MR0101 when a bundled edition names a rule the catalogue lacks).</returns>
    public static Result<EditionCatalog> BundledFor(PolicyCatalog policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var assembly = typeof(EditionCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(BundledPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return EditionFile.Read(stream, $"bundled:{name[BundledPrefix.Length..^".json".Length]}", policies);
            })
            .ToArray();
        return Empty(policies).WithAll(files);
    }

    private Result<EditionCatalog> WithAll(IEnumerable<Result<Edition>> editions)
    {
        var read = editions.ToArray();
        var errors = read.SelectMany(r => r.ValidationErrors).ToList();
        if (errors.Count != 0)
        {
            return Result<EditionCatalog>.Invalid(errors);
        }

        return With(read.Select(r => r.Value));
    }

    /// <summary>Resolves an edition for a date: every policy's switch and parameters, with their sources.</summary>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <returns>The resolved edition, or MR0202 (unknown) or MR0206 (not in force on the date).</returns>
    public Result<ResolvedEdition> Resolve(string editionId, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        if (!_editions.TryGetValue(editionId, out var edition))
        {
            return RuleErrors.UnknownEdition(editionId, _editions.Keys.Order(StringComparer.Ordinal)).Fail();
        }

        if (!edition.IsInForceOn(asOf))
        {
            return RuleErrors.EditionNotInForce(editionId, asOf).Fail();
        }

        var chain = new List<Edition>();
        for (var e = edition; e is not null; e = e.Inherits is null ? null : _editions[e.Inherits])
        {
            chain.Insert(0, e);
        }

        foreach (var overlay in chain.SelectMany(e => e.Overlays).Distinct(StringComparer.Ordinal).ToArray())
        {
            var o = _editions[overlay];
            if (o.IsInForceOn(asOf) && !chain.Contains(o))
            {
                chain.Add(o);
            }
        }

        var enabled = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, RuleParameters>(StringComparer.Ordinal);
        var basis = new Dictionary<string, SettingBasis>(StringComparer.Ordinal);
        foreach (var policy in Policies.Policies)
        {
            var on = (policy.EnabledByDefault, "default");
            var switchedBy = chain[0];
            EditionReason? because = null;
            string? becauseSource = null;
            var values = policy.Parameters.ToDictionary(p => p.Name, p => new ParameterValue(p.Name, p.Default, "default"), StringComparer.Ordinal);
            foreach (var e in chain)
            {
                if (!e.Rules.TryGetValue(policy.Id, out var setting))
                {
                    continue;
                }

                if (setting.Enabled is { } flag)
                {
                    on = (flag, e.Id);
                    switchedBy = e;
                }

                if (setting.Because is { } reason)
                {
                    (because, becauseSource) = (reason, e.Id);
                }

                foreach (var (name, value) in setting.Parameters)
                {
                    values[name] = new ParameterValue(name, value, e.Id);
                }
            }

            enabled[policy.Id] = on;
            parameters[policy.Id] = new RuleParameters(values.Values);
            basis[policy.Id] = new SettingBasis(because, becauseSource, switchedBy.AppliesFrom == EditionStart.RegulationOrder);
        }

        return new ResolvedEdition(edition, asOf, [.. chain.Select(e => e.Id)], enabled, parameters, basis)
        {
            ChainRoadmaps = chain.ToDictionary(e => e.Id, e => e.Roadmaps, StringComparer.Ordinal),
        };
    }

    private static IEnumerable<(string Id, string Field)> Referenced(Edition edition)
    {
        if (edition.Inherits is not null)
        {
            yield return (edition.Inherits, "inherits");
        }

        for (var i = 0; i < edition.Overlays.Count; i++)
        {
            yield return (edition.Overlays[i], string.Create(System.Globalization.CultureInfo.InvariantCulture, $"overlays[{i}]"));
        }
    }

    /// <summary>MR0203 naming every edition of the cycle with the place of its <c>inherits</c> field.</summary>
    private static ValidationError CycleError(Dictionary<string, Edition> all, List<string> cycle)
    {
        var links = cycle.Take(cycle.Count - 1).Select(id => all[id]).Select(e => $"{e.Id} inherits {e.Inherits} ({e.Locate("inherits")})").ToArray();
        var linksRu = cycle.Take(cycle.Count - 1).Select(id => all[id]).Select(e => $"{e.Id} наследует {e.Inherits} ({e.Locate("inherits")})").ToArray();
        var plain = RuleErrors.InheritanceCycle(cycle);
        return DomainErrors.Create(
            plain.ErrorCode,
            $"{plain.ErrorMessage} {string.Join("; ", links)}.",
            $"{plain.ErrorMessage} {string.Join("; ", linksRu)}.",
            all[cycle[0]].Locate("inherits"));
    }

    private static List<string>? FindCycle(Dictionary<string, Edition> all, Edition start)
    {
        var path = new List<string> { start.Id };
        var current = start;
        while (current.Inherits is { } parent && all.TryGetValue(parent, out var next))
        {
            var seen = path.IndexOf(next.Id);
            if (seen >= 0)
            {
                return [.. path.Skip(seen), next.Id];
            }

            path.Add(next.Id);
            current = next;
        }

        return null;
    }
}
