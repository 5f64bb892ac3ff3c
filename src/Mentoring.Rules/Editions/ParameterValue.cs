using System.Globalization;

namespace Mentoring.Rules.Editions;

/// <summary>A parameter's value as an edition (or the rule's default) sets it, and where it comes from.</summary>
public sealed class ParameterValue
{
    internal ParameterValue(string name, object? value, string source)
    {
        Name = name;
        Value = value;
        Source = source;
    }

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <summary>
    /// The value: <see cref="int"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="string"/>,
    /// <see cref="IReadOnlyList{T}"/> of <see cref="string"/>, <see cref="DateOnly"/>, <see cref="IReadOnlyList{T}"/> of
    /// <see cref="DateOnly"/>, a <see cref="YearsBound"/> (a bound of years as the text words it; a plain number stays
    /// <see cref="int"/>), or null (no bound).
    /// </summary>
    public object? Value { get; }

    /// <summary>Where the value comes from: <c>default</c> or the identifier of the edition that set it.</summary>
    public string Source { get; }

    /// <summary>The value as text, for reports (<c>null</c> for none, lists comma-separated).</summary>
    public string Display => Value switch
    {
        null => "null",
        IReadOnlyList<string> list => string.Join(", ", list),
        IReadOnlyList<DateOnly> dates => string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Display} ({Source})";
}
