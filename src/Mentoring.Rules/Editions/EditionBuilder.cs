using System.Text.Json;
using Mentoring.Domain;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Editions;

/// <summary>
/// Builds an edition in code, checked against a policy catalogue the same way an edition file is. The file
/// loader builds editions through it too.
/// </summary>
public sealed class EditionBuilder
{
    private readonly string _id;
    private readonly Dictionary<string, (bool? Enabled, List<(string Name, JsonElement Value, string Path)> Parameters, string Path)> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _overlays = [];
    private readonly Dictionary<string, EditionReason> _because = new(StringComparer.Ordinal);
    private EditionStart _appliesFrom;
    private readonly List<string> _roadmaps = [];
    private string? _titleRu;
    private string? _titleEn;
    private EditionSource? _source;
    private string? _inherits;
    private DateOnly? _from;
    private DateOnly? _to;

    /// <summary>Starts an edition.</summary>
    /// <param name="id">The identifier: lower-case letters, digits, '-' and '.'.</param>
    public EditionBuilder(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _id = id;
    }

    /// <summary>Sets the titles.</summary>
    /// <param name="ru">The title in Russian.</param>
    /// <param name="en">The title in English.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Titled(string ru, string en)
    {
        _titleRu = ru;
        _titleEn = en;
        return this;
    }

    /// <summary>Names the document the edition encodes.</summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="number">The order's number.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="seed">The bundled seed file, if any.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder From(string issuer, string? number, DateOnly? date, string? seed = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        _source = new EditionSource(issuer, number, date, seed);
        return this;
    }

    /// <summary>Inherits every rule setting not set here from another edition.</summary>
    /// <param name="editionId">The parent edition.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Inherits(string? editionId)
    {
        _inherits = editionId;
        return this;
    }

    /// <summary>Sets the effective range (either end may be open).</summary>
    /// <param name="from">The first day in force.</param>
    /// <param name="to">The last day in force.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Effective(DateOnly? from, DateOnly? to = null)
    {
        _from = from;
        _to = to;
        return this;
    }

    /// <summary>
    /// Says from when the rules this edition switches on bind an organization: from its effective date (the default)
    /// or from the organization's own regulation order (a model a school adopts, such as <c>federal-2021</c>).
    /// </summary>
    /// <param name="start">The start.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder AppliesFrom(EditionStart start)
    {
        _appliesFrom = start;
        return this;
    }

    /// <summary>Binds a bundled seed roadmap the edition's act approves (<see cref="Roadmaps.SeedRoadmaps"/>).</summary>
    /// <param name="roadmapId">The roadmap, such as <c>argun-2021-2024</c>.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Roadmap(string roadmapId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roadmapId);
        _roadmaps.Add(roadmapId);
        return this;
    }

    /// <summary>Records the clause of the edition's source that a rule's setting rests on.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="ru">The clause in Russian, quoted.</param>
    /// <param name="en">The clause in English.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Because(string ruleId, string ru, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ru);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Entry(ruleId, $"rules.{ruleId}");
        _because[ruleId] = new EditionReason(ru, en);
        return this;
    }

    /// <summary>Lays another edition over this one when it is in force.</summary>
    /// <param name="editionId">The overlay.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Overlay(string editionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editionId);
        _overlays.Add(editionId);
        return this;
    }

    /// <summary>Turns a rule on.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Enable(string ruleId) => Switch(ruleId, true, $"rules.{ruleId}.enabled");

    /// <summary>Turns a rule off.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Disable(string ruleId) => Switch(ruleId, false, $"rules.{ruleId}.enabled");

    /// <summary>Sets a rule's parameter.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="value">The value: a number, a flag, a text, a list of texts, a date as text, or null.</param>
    /// <returns>This builder.</returns>
    public EditionBuilder Set(string ruleId, string name, object? value) =>
        Set(ruleId, name, JsonSerializer.SerializeToElement(value), $"rules.{ruleId}.parameters.{name}");

    internal EditionBuilder Switch(string ruleId, bool? enabled, string path)
    {
        var entry = Entry(ruleId, path);
        _rules[ruleId] = (enabled ?? entry.Enabled, entry.Parameters, entry.Path);
        return this;
    }

    internal EditionBuilder Set(string ruleId, string name, JsonElement value, string path)
    {
        Entry(ruleId, $"rules.{ruleId}").Parameters.Add((name, value, path));
        return this;
    }

    /// <summary>Checks the edition against the catalogue and builds it.</summary>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name.</param>
    /// <param name="origin">Where the edition comes from, for messages.</param>
    /// <returns>The edition, or every error (MR0101 unknown rule, MR0102 unknown parameter, MR0103 bad value, MR0204 bad field).</returns>
    public Result<Edition> Build(PolicyCatalog policies, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var errors = new List<ValidationError>();
        if (!IsIdentifier(_id))
        {
            errors.Add(RuleErrors.BadEditionField("id", "lower-case letters, digits, '-' and '.'", "строчные латинские буквы, цифры, '-' и '.'"));
        }

        if (string.IsNullOrWhiteSpace(_titleRu) || string.IsNullOrWhiteSpace(_titleEn))
        {
            errors.Add(RuleErrors.BadEditionField("title", "a title in Russian and in English", "название на русском и английском"));
        }

        if (_from is { } from && _to is { } to && to < from)
        {
            errors.Add(RuleErrors.BadEditionField("effective.to", "on or after effective.from", "не раньше effective.from"));
        }

        if (string.Equals(_inherits, _id, StringComparison.Ordinal))
        {
            errors.Add(RuleErrors.InheritanceCycle([_id, _id]).At("inherits"));
        }

        for (var i = 0; i < _roadmaps.Count; i++)
        {
            if (Roadmaps.SeedRoadmaps.Find(_roadmaps[i]) is null)
            {
                var known = string.Join(", ", Roadmaps.SeedRoadmaps.All.Select(r => r.Id));
                errors.Add(RuleErrors.BadEditionField(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"roadmaps[{i}]"),
                    $"a bundled seed roadmap ({known}); found '{_roadmaps[i]}'",
                    $"встроенная дорожная карта ({known}); указано «{_roadmaps[i]}»"));
            }
        }

        var settings = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var (ruleId, entry) in _rules)
        {
            var policy = policies.Find(ruleId);
            if (policy is null)
            {
                errors.Add(RuleErrors.UnknownRule(ruleId, policies.Ids).At(entry.Path));
                continue;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, json, path) in entry.Parameters)
            {
                var definition = policy.FindParameter(name);
                if (definition is null)
                {
                    errors.Add(RuleErrors.UnknownParameter(ruleId, name, policy.Parameters.Select(p => p.Name)).At(path));
                    continue;
                }

                var parsed = definition.Parse(json);
                if (parsed.IsSuccess)
                {
                    values[name] = parsed.Value;
                }
                else
                {
                    errors.AddRange(parsed.ValidationErrors.Select(e => e.At(path)));
                }
            }

            settings[ruleId] = new RuleSetting(entry.Enabled, values, _because.GetValueOrDefault(ruleId));
        }

        return errors.Count != 0
            ? Result<Edition>.Invalid(errors)
            : new Edition(_id, _titleRu!, _titleEn!, _source, _inherits, _from, _to, [.. _overlays], settings, origin ?? $"code:{_id}", _appliesFrom, [.. _roadmaps]);
    }

    private (bool? Enabled, List<(string Name, JsonElement Value, string Path)> Parameters, string Path) Entry(string ruleId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (!_rules.TryGetValue(ruleId, out var entry))
        {
            entry = (null, [], path);
            _rules[ruleId] = entry;
        }

        return entry;
    }

    private static bool IsIdentifier(string id) =>
        id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.');
}
