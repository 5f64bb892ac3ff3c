using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Monitoring.Indicators;

/// <summary>How one organization, person or program entered a figure.</summary>
/// <remarks>003 §7.7: every figure is shown with what it was computed from.</remarks>
public enum IndicatorItemStatus
{
    /// <summary>In the numerator (and the denominator).</summary>
    Counted = 1,

    /// <summary>In the denominator only.</summary>
    NotCounted = 2,

    /// <summary>Left out of both because a fact needed to decide is missing (a birth date, a career start).</summary>
    Unknown = 3,

    /// <summary>Left out by the figure's definition (a student outside 10–18, a teacher not young, a draft program).</summary>
    OutOfScope = 4,
}

/// <summary>One input of a figure: which organization, person or program, how it counted, and why.</summary>
/// <remarks>003 §7.7.</remarks>
public sealed class IndicatorItem
{
    internal IndicatorItem(OrganizationId organizationId, string subject, IndicatorItemStatus status, string reasonRu, string reasonEn)
    {
        OrganizationId = organizationId;
        Subject = subject;
        Status = status;
        ReasonRu = reasonRu;
        ReasonEn = reasonEn;
    }

    /// <summary>The organization it belongs to.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The person's, program's or organization's identifier.</summary>
    public string Subject { get; }

    /// <summary>How it counted.</summary>
    public IndicatorItemStatus Status { get; }

    /// <summary>Why, in Russian.</summary>
    public string ReasonRu { get; }

    /// <summary>Why, in English.</summary>
    public string ReasonEn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OrganizationId}/{Subject}: {Status} ({ReasonEn})";
}

/// <summary>A computed figure for one year: the value, the target when it has one, and the inputs it came from.</summary>
/// <remarks>003 §7.7 №1–7; 003 order preamble (70 %).</remarks>
public sealed class IndicatorValue
{
    internal IndicatorValue(IndicatorDefinition definition, DateRange period, IReadOnlyList<IndicatorItem> items, decimal? target)
    {
        Definition = definition;
        Period = period;
        Items = items;
        Numerator = items.Count(i => i.Status == IndicatorItemStatus.Counted);
        Denominator = definition.IsShare ? Numerator + items.Count(i => i.Status == IndicatorItemStatus.NotCounted) : null;
        Share = Denominator is > 0 ? (decimal)Numerator / Denominator.Value : null;
        Target = definition.HasTarget ? target : null;
        TargetMet = Target is { } t && Share is { } s ? s >= t : null;
    }

    /// <summary>The figure.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The days counted: the calendar year, cut at the day of reckoning.</summary>
    public DateRange Period { get; }

    /// <summary>The numerator of a share, or the count of a count.</summary>
    public int Numerator { get; }

    /// <summary>The denominator of a share; null for a count.</summary>
    public int? Denominator { get; }

    /// <summary>The share (0 to 1); null for a count or when the denominator is 0.</summary>
    public decimal? Share { get; }

    /// <summary>The value to show: the share, or the count.</summary>
    public decimal? Value => Definition.IsShare ? Share : Numerator;

    /// <summary>The target share for the figure that has one; null otherwise.</summary>
    public decimal? Target { get; }

    /// <summary>True when the share reaches the target, false when it falls short, null with no target or no share.</summary>
    public bool? TargetMet { get; }

    /// <summary>Every input, in organization and subject order.</summary>
    public IReadOnlyList<IndicatorItem> Items { get; }

    /// <summary>The inputs of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The inputs.</returns>
    public IReadOnlyList<IndicatorItem> ItemsWith(IndicatorItemStatus status) => [.. Items.Where(i => i.Status == status)];

    /// <inheritdoc />
    public override string ToString() => Definition.IsShare
        ? $"{Definition.Id} {Period.Start.Year}: {Numerator}/{Denominator}"
        : $"{Definition.Id} {Period.Start.Year}: {Numerator}";
}

/// <summary>The eight figures of one municipality for one year.</summary>
/// <remarks>003 §7.7 (the table by years 2021–2024) and the order preamble.</remarks>
public sealed class IndicatorReport
{
    internal IndicatorReport(int year, DateRange period, IndicatorSettings settings, IReadOnlyList<IndicatorValue> values)
    {
        Year = year;
        Period = period;
        Settings = settings;
        Values = values;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The days counted (the year, cut at the day of reckoning); ages are taken on its last day.</summary>
    public DateRange Period { get; }

    /// <summary>The settings used.</summary>
    public IndicatorSettings Settings { get; }

    /// <summary>The figures, in <see cref="IndicatorCatalog.All"/> order.</summary>
    public IReadOnlyList<IndicatorValue> Values { get; }

    /// <summary>The figure with the catalogue ID.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="KeyNotFoundException">No such indicator.</exception>
    public IndicatorValue this[string id] =>
        Values.FirstOrDefault(v => string.Equals(v.Definition.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No indicator '{id}'. Known: {string.Join(", ", IndicatorCatalog.All.Select(d => d.Id))}.");
}
