using System.Globalization;
using System.Text.Json;

namespace Mentoring.Rules.Policies;

/// <summary>A parameter of a policy rule: its name, kind, allowed values and default.</summary>
public sealed class ParameterDefinition
{
    private ParameterDefinition(string ruleId, RuleParameterAttribute source, IReadOnlyList<string> choices)
    {
        RuleId = ruleId;
        Name = source.Name;
        Kind = source.Kind;
        Description = source.Description ?? string.Empty;
        DescriptionRu = source.DescriptionRu ?? source.Description ?? string.Empty;
        Nullable = source.Nullable;
        Min = source.Min;
        Max = source.Max;
        Choices = choices;
        Sides = source.Sides;
    }

    /// <summary>The rule the parameter belongs to.</summary>
    public string RuleId { get; }

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <summary>The kind of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>What the parameter means, in English.</summary>
    public string Description { get; }

    /// <summary>What the parameter means, in Russian (the English text where a rule gives none).</summary>
    public string DescriptionRu { get; }

    /// <summary>True when the value may be null (no bound).</summary>
    public bool Nullable { get; }

    /// <summary>The smallest number allowed.</summary>
    public double Min { get; }

    /// <summary>The largest number allowed.</summary>
    public double Max { get; }

    /// <summary>The sides a <see cref="ParameterKind.YearsBound"/> parameter accepts.</summary>
    public BoundSides Sides { get; }

    /// <summary>The texts a choice accepts.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>The default value (the seeds' value), parsed.</summary>
    public object? Default { get; private set; }

    internal static ParameterDefinition Create(string ruleId, RuleParameterAttribute attribute)
    {
        var choices = attribute.Choices?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var definition = new ParameterDefinition(ruleId, attribute, choices);
        using var document = JsonDocument.Parse(attribute.DefaultJson);
        var parsed = definition.Parse(document.RootElement);
        definition.Default = parsed.IsSuccess
            ? parsed.Value
            : throw new InvalidOperationException($"The default of parameter '{attribute.Name}' of rule '{ruleId}' is invalid: {parsed.ValidationErrors.First().ErrorMessage}");
        return definition;
    }

    /// <summary>Reads a value from JSON, checking its kind, range and choices.</summary>
    /// <param name="json">The JSON value.</param>
    /// <returns>The value, or MR0103 saying what was expected.</returns>
    public Result<object?> Parse(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return Nullable ? Result<object?>.Success(null) : Bad("a value (not null)", "значение (не null)", json);
        }

        switch (Kind)
        {
            case ParameterKind.WholeNumber:
                return json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var whole) && InRange(whole)
                    ? whole
                    : Bad($"a whole number{RangeText()}", $"целое число{RangeText()}", json);
            case ParameterKind.Number:
                return json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var number) && InRange((double)number)
                    ? number
                    : Bad($"a number{RangeText()}", $"число{RangeText()}", json);
            case ParameterKind.Flag:
                return json.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? json.GetBoolean()
                    : Bad("true or false", "true или false", json);
            case ParameterKind.Choice:
                return json.ValueKind == JsonValueKind.String && Choices.Contains(json.GetString()!, StringComparer.Ordinal)
                    ? json.GetString()
                    : Bad($"one of {string.Join(", ", Choices)}", $"одно из: {string.Join(", ", Choices)}", json);
            case ParameterKind.ChoiceList:
                if (json.ValueKind == JsonValueKind.Array
                    && json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && Choices.Contains(e.GetString()!, StringComparer.Ordinal)))
                {
                    IReadOnlyList<string> list = [.. json.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal)];
                    return Result<object?>.Success(list);
                }

                return Bad($"a list of {string.Join(", ", Choices)}", $"список из: {string.Join(", ", Choices)}", json);
            case ParameterKind.CalendarDate:
                return TryDate(json, out var date)
                    ? date
                    : Bad("a date yyyy-MM-dd", "дата в формате гггг-ММ-дд", json);
            case ParameterKind.CalendarDateList:
                if (json.ValueKind == JsonValueKind.Array)
                {
                    var dates = new SortedSet<DateOnly>();
                    foreach (var item in json.EnumerateArray())
                    {
                        if (!TryDate(item, out var day))
                        {
                            return Bad("a list of dates yyyy-MM-dd", "список дат в формате гггг-ММ-дд", json);
                        }

                        dates.Add(day);
                    }

                    IReadOnlyList<DateOnly> list = [.. dates];
                    return Result<object?>.Success(list);
                }

                return Bad("a list of dates yyyy-MM-dd", "список дат в формате гггг-ММ-дд", json);
            case ParameterKind.YearsBound:
                return ParseBound(json);
            default:
                return Bad("a known kind of value", "значение известного вида", json);
        }
    }

    private bool InRange(double value) => value >= Min && value <= Max;

    /// <summary>A plain number (the parameter's own meaning), the phrase of a bound, or its object form; «без ограничения» is null where allowed.</summary>
    private Result<object?> ParseBound(JsonElement json)
    {
        var sides = Sides switch
        {
            BoundSides.Lower => ("a lower bound («не менее 5 лет», «более 3 лет», {\"atLeast\": 5})", "нижняя граница («не менее 5 лет», «более 3 лет», {\"atLeast\": 5})"),
            BoundSides.Upper => ("an upper bound («не более 3 лет», «до 35 лет», «не старше 35 лет», {\"atMost\": 3}, {\"under\": 35})", "верхняя граница («не более 3 лет», «до 35 лет», «не старше 35 лет», {\"atMost\": 3}, {\"under\": 35})"),
            _ => ("a bound of years as the text says it («не более 3 лет», «до 35 лет», «от 1 до 3 лет», {\"atMost\": 3}, {\"from\": 1, \"under\": 3})", "граница в годах словами текста («не более 3 лет», «до 35 лет», «от 1 до 3 лет», {\"atMost\": 3}, {\"from\": 1, \"under\": 3})"),
        };
        var expected = ($"a whole number{RangeText()} or {sides.Item1}", $"целое число{RangeText()} или {sides.Item2}");
        switch (json.ValueKind)
        {
            case JsonValueKind.Number:
                return json.TryGetInt32(out var whole) && InRange(whole) ? whole : Bad(expected.Item1, expected.Item2, json);
            case JsonValueKind.String when Nullable && Editions.YearsBound.IsNoLimit(json.GetString()!):
                return Result<object?>.Success(null);
            case JsonValueKind.String or JsonValueKind.Object:
                var (read, en, ru) = Editions.YearsBound.ReadValue(json);
                if (read is not { } bound)
                {
                    return Bad($"{expected.Item1} ({en})", $"{expected.Item2} ({ru})", json);
                }

                if ((bound.LowerKind is not null && !Sides.HasFlag(BoundSides.Lower)) || (bound.UpperKind is not null && !Sides.HasFlag(BoundSides.Upper)))
                {
                    return Bad(sides.Item1, sides.Item2, json);
                }

                return bound.Lower > Max || bound.Upper > Max || bound.Upper < Min
                    ? Bad(expected.Item1, expected.Item2, json)
                    : Result<object?>.Success(bound);
            default:
                return Bad(expected.Item1, expected.Item2, json);
        }
    }

    private static bool TryDate(JsonElement json, out DateOnly date)
    {
        date = default;
        return json.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private string RangeText() =>
        (double.IsNegativeInfinity(Min), double.IsPositiveInfinity(Max)) switch
        {
            (true, true) => string.Empty,
            (false, true) => string.Create(CultureInfo.InvariantCulture, $" ≥ {Min}"),
            (true, false) => string.Create(CultureInfo.InvariantCulture, $" ≤ {Max}"),
            _ => string.Create(CultureInfo.InvariantCulture, $" from {Min} to {Max}"),
        };

    // Invalid explicitly: a ValidationError would otherwise convert to object? and make a successful result.
    private Result<object?> Bad(string expected, string expectedRu, JsonElement found) =>
        Result<object?>.Invalid(RuleErrors.BadParameterValue(RuleId, Name, expected, expectedRu, found.GetRawText()));
}
