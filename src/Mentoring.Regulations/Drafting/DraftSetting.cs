namespace Mentoring.Regulations;

/// <summary>One setting of a draft edition: a rule switched on, or one parameter's value, with the sentence it rests on.</summary>
public sealed class DraftSetting
{
    internal DraftSetting(string ruleId, string? parameter, object? value, string quote, RegulationClause clause)
    {
        RuleId = ruleId;
        Parameter = parameter;
        Value = value;
        Quote = quote;
        Clause = clause;
    }

    /// <summary>The rule's identifier, such as <c>mentor.max-mentees</c>.</summary>
    public string RuleId { get; }

    /// <summary>The parameter's name; null when the setting switches the rule on.</summary>
    public string? Parameter { get; }

    /// <summary>The value: a whole number, text, <c>true</c>, a list of choices (<see cref="IReadOnlyList{T}"/> of text), or null for "no bound".</summary>
    public object? Value { get; }

    /// <summary>The sentence, as the document says it.</summary>
    public string Quote { get; }

    /// <summary>The clause the sentence is in (its пункт and page).</summary>
    public RegulationClause Clause { get; }

    /// <inheritdoc />
    public override string ToString() => Parameter is null ? $"{RuleId}: on ({Clause.PlaceEn})" : $"{RuleId}.{Parameter} = {(Value is IReadOnlyList<string> list ? "[" + string.Join(", ", list) + "]" : Value ?? "null")} ({Clause.PlaceEn})";
}
