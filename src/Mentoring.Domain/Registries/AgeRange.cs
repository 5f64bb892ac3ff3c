namespace Mentoring.Domain.Registries;

/// <summary>A range of ages in whole years, open at either end («от 10 лет», «до 14 лет», «10–14 лет»).</summary>
/// <remarks>003 annex 3: «Желаемый возраст наставляемых».</remarks>
public sealed class AgeRange : IEquatable<AgeRange>
{
    private AgeRange(int? min, int? max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The youngest age, or null when open.</summary>
    public int? Min { get; }

    /// <summary>The oldest age, or null when open.</summary>
    public int? Max { get; }

    /// <summary>Creates a range.</summary>
    /// <param name="min">The youngest age (0 to 120), or null.</param>
    /// <param name="max">The oldest age (0 to 120), or null.</param>
    /// <returns>The range, or every error: MD0007 at <c>preferredMenteeAge</c> when both are null, MD0006 for an age outside 0–120, MD0701 when min is above max.</returns>
    public static Result<AgeRange> Create(int? min, int? max)
    {
        var present = ResultExtras.Ensure(min is not null || max is not null, DomainErrors.General.Missing("preferredMenteeAge"));
        var minCheck = ResultExtras.Ensure(min is null or (>= 0 and <= 120), DomainErrors.General.OutOfRange("preferredMenteeAge.min", min ?? 0, 0, 120));
        var maxCheck = ResultExtras.Ensure(max is null or (>= 0 and <= 120), DomainErrors.General.OutOfRange("preferredMenteeAge.max", max ?? 0, 0, 120));
        var order = ResultExtras.Ensure(min is null || max is null || min <= max, DomainErrors.Registries.AgeRangeInverted(min ?? 0, max ?? 0));
        return ResultExtras.Combine(present, minCheck, maxCheck, order).Then(() => new AgeRange(min, max));
    }

    /// <summary>True when <paramref name="age"/> lies in the range (open ends accept any age).</summary>
    /// <param name="age">The age in whole years.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(int age) => (Min is null || age >= Min) && (Max is null || age <= Max);

    /// <inheritdoc />
    public bool Equals(AgeRange? other) => other is not null && Min == other.Min && Max == other.Max;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgeRange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    /// <inheritdoc />
    public override string ToString() => $"{Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
}

/// <summary>The time a mentor has for a program: hours per week, a text as the registry writes it («2 часа в неделю», «по договорённости»), or both.</summary>
/// <remarks>003 annex 3: «Ресурс времени на программу наставничества».</remarks>
public sealed class TimeResource : IEquatable<TimeResource>
{
    private TimeResource(decimal? hoursPerWeek, string? text)
    {
        HoursPerWeek = hoursPerWeek;
        Text = text;
    }

    /// <summary>Hours per week, when stated as a number.</summary>
    public decimal? HoursPerWeek { get; }

    /// <summary>The registry's text, when given.</summary>
    public string? Text { get; }

    /// <summary>Creates a time resource.</summary>
    /// <param name="hoursPerWeek">Hours per week (0 to 168), or null.</param>
    /// <param name="text">The text, or null.</param>
    /// <returns>The resource, or every error: MD0702 when both are missing, MD0006 at <c>timeAvailable.hoursPerWeek</c>.</returns>
    public static Result<TimeResource> Create(decimal? hoursPerWeek, string? text = null)
    {
        var trimmed = Texts.Optional(text);
        var present = ResultExtras.Ensure(hoursPerWeek is not null || trimmed is not null, DomainErrors.Registries.TimeResourceEmpty());
        var hours = ResultExtras.Ensure(
            hoursPerWeek is null or (>= 0 and <= 168),
            DomainErrors.General.OutOfRange("timeAvailable.hoursPerWeek", hoursPerWeek ?? 0, 0, 168));
        return ResultExtras.Combine(present, hours).Then(() => new TimeResource(hoursPerWeek, trimmed));
    }

    /// <inheritdoc />
    public bool Equals(TimeResource? other) =>
        other is not null && HoursPerWeek == other.HoursPerWeek && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimeResource);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HoursPerWeek, Text);

    /// <inheritdoc />
    public override string ToString() => Text ?? $"{HoursPerWeek} ч/нед.";
}
