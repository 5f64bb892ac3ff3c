namespace Mentoring.Rules.Editions;

/// <summary>The document an edition encodes: who issued it, its number and date.</summary>
public sealed class EditionSource
{
    internal EditionSource(string issuer, string? number, DateOnly? date, string? seed)
    {
        Issuer = issuer;
        Number = number;
        Date = date;
        Seed = seed;
    }

    /// <summary>The issuing body, such as «Управление образования администрации Краснокутского муниципального района».</summary>
    public string Issuer { get; }

    /// <summary>The order's number, such as <c>191</c>.</summary>
    public string? Number { get; }

    /// <summary>The order's date.</summary>
    public DateOnly? Date { get; }

    /// <summary>The seed file the edition is drawn from (<c>002</c>), when it is one of the bundled documents.</summary>
    public string? Seed { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Issuer}, № {Number} от {Date:dd.MM.yyyy}";
}

/// <summary>
/// Why an edition sets a rule as it does: the clause of the edition's own source, quoted (<c>because</c> in an
/// edition file), in Russian and in English.
/// </summary>
public sealed class EditionReason
{
    internal EditionReason(string ru, string en)
    {
        Ru = ru;
        En = en;
    }

    /// <summary>The clause in Russian, as the source words it: «003, п. 2.4: «Письменное согласие наставляемого …»».</summary>
    public string Ru { get; }

    /// <summary>The clause in English.</summary>
    public string En { get; }

    /// <inheritdoc />
    public override string ToString() => Ru;
}

/// <summary>From when the rules an edition switches on bind an organization.</summary>
public enum EditionStart
{
    /// <summary>From the edition's own act: its <see cref="Edition.EffectiveFrom"/> (a municipal order, a law).</summary>
    Effective = 0,

    /// <summary>
    /// From the organization's own order approving its Положение (a regulation order): a model that binds no one by
    /// itself, such as the federal model of 21.12.2021, which a school adopts.
    /// </summary>
    RegulationOrder = 1,
}

/// <summary>How one edition sets one rule: on or off, and the parameters it changes.</summary>
public sealed class RuleSetting
{
    internal RuleSetting(bool? enabled, IReadOnlyDictionary<string, object?> parameters, EditionReason? because = null)
    {
        Enabled = enabled;
        Parameters = parameters;
        Because = because;
    }

    /// <summary>The clause of the edition's source this setting rests on (<c>because</c>), or null when not given.</summary>
    public EditionReason? Because { get; }

    /// <summary>On or off, or null when this edition leaves it as inherited.</summary>
    public bool? Enabled { get; }

    /// <summary>The parameters this edition sets, by name (values as <see cref="ParameterValue.Value"/>).</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }
}

/// <summary>
/// An edition of the regulation: the rules a municipality's or school's Положение switches on and off, and the
/// parameters it sets, inheriting everything else from another edition. Editions are data: see
/// <c>docs/editions.md</c> and the schema <c>docs/schema/edition.schema.json</c>.
/// </summary>
public sealed class Edition
{
    internal Edition(
        string id,
        string titleRu,
        string titleEn,
        EditionSource? source,
        string? inherits,
        DateOnly? effectiveFrom,
        DateOnly? effectiveTo,
        IReadOnlyList<string> overlays,
        IReadOnlyDictionary<string, RuleSetting> rules,
        string origin,
        EditionStart appliesFrom = EditionStart.Effective,
        IReadOnlyList<string>? roadmaps = null)
    {
        AppliesFrom = appliesFrom;
        Roadmaps = roadmaps ?? [];
        Id = id;
        TitleRu = titleRu;
        TitleEn = titleEn;
        Source = source;
        Inherits = inherits;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Overlays = overlays;
        Rules = rules;
        Origin = origin;
    }

    /// <summary>The identifier, such as <c>krasnokutsky-2022</c>.</summary>
    public string Id { get; }

    /// <summary>The title in Russian.</summary>
    public string TitleRu { get; }

    /// <summary>The title in English.</summary>
    public string TitleEn { get; }

    /// <summary>The document the edition encodes, when it names one.</summary>
    public EditionSource? Source { get; }

    /// <summary>The edition this one inherits from, or null for a root.</summary>
    public string? Inherits { get; }

    /// <summary>The first day in force, or null for no bound.</summary>
    public DateOnly? EffectiveFrom { get; }

    /// <summary>The last day in force, or null for no bound.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>
    /// From when the rules this edition switches on (and, for a root, the rules on by default) bind an organization:
    /// from <see cref="EffectiveFrom"/>, or from the organization's own regulation order (<c>appliesFrom</c>).
    /// </summary>
    /// <remarks>readings.md, principle 3: the federal model binds no one by itself; a school adopts it by its order.</remarks>
    public EditionStart AppliesFrom { get; }

    /// <summary>
    /// The bundled seed roadmaps (<see cref="Roadmaps.SeedRoadmaps"/>) the edition's act approves, by identifier, such
    /// as <c>argun-2021-2024</c>: their items that fall on schools are the school-facing deadlines of the edition.
    /// </summary>
    public IReadOnlyList<string> Roadmaps { get; }

    /// <summary>
    /// Editions laid over this one when they are in force on the date of validation (such as the federal
    /// TK 351.8 overlay from 2025-03-01), in order.
    /// </summary>
    public IReadOnlyList<string> Overlays { get; }

    /// <summary>The rules this edition sets, by rule identifier.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; }

    /// <summary>Where the edition was loaded from: a file path, or <c>bundled:&lt;id&gt;</c>.</summary>
    public string Origin { get; }

    /// <summary>True when the edition is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when within the effective range.</returns>
    public bool IsInForceOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Where the edition's fields are in its file, when it was read from one.</summary>
    internal SourceMap? Map { get; private set; }

    /// <summary>Where a field is: <c>file:line:column</c> when read from a file, else the origin.</summary>
    /// <param name="field">The field's path, such as <c>inherits</c> or <c>overlays[0]</c>.</param>
    /// <returns>The place, followed by the field.</returns>
    internal string Locate(string field) => $"{(Map is null ? Origin : Map.Locate(field))}: {field}";

    /// <summary>Attaches the file's positions (right after the edition is built from the file).</summary>
    /// <param name="map">The positions.</param>
    /// <returns>This edition.</returns>
    internal Edition Located(SourceMap map)
    {
        Map = map;
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({TitleRu})";
}
