namespace Mentoring.Rules.Policies;

/// <summary>The rule's title in Russian and English, as a reader of the regulation would name it.</summary>
/// <param name="ru">The title in Russian.</param>
/// <param name="en">The title in English.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TitleAttribute(string ru, string en) : Attribute
{
    /// <summary>The title in Russian.</summary>
    public string Ru { get; } = ru;

    /// <summary>The title in English.</summary>
    public string En { get; } = en;
}

/// <summary>Where the rule comes from: the document and section, and a short quote of the clause in Russian.</summary>
/// <param name="source">The seed and section as the rule catalogue cites it, such as <c>002 §1 (понятия)</c>.</param>
/// <param name="quoteRu">A short quote of the clause, in Russian.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CitationAttribute(string source, string quoteRu) : Attribute
{
    /// <summary>The seed and section, such as <c>002 §1 (понятия)</c>.</summary>
    public string Source { get; } = source;

    /// <summary>A short quote of the clause, in Russian.</summary>
    public string QuoteRu { get; } = quoteRu;
}

/// <summary>How serious a violation of the rule is.</summary>
/// <param name="severity">The severity.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SeverityAttribute(Severity severity) : Attribute
{
    /// <summary>The severity.</summary>
    public Severity Severity { get; } = severity;
}

/// <summary>Marks a rule that is off unless an edition turns it on (the catalogue's optional rules).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OffByDefaultAttribute : Attribute;

/// <summary>The first day the rule is in force; before it, the rule does not apply.</summary>
/// <param name="date">The date as <c>yyyy-MM-dd</c>, such as <c>2025-03-01</c> for TK 351.8.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EffectiveFromAttribute(string date) : Attribute
{
    /// <summary>The first day in force.</summary>
    public DateOnly Date { get; } = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A parameter an edition may set, with its default (the seeds' value).</summary>
/// <param name="name">The parameter's name, such as <c>minMonths</c>.</param>
/// <param name="kind">The kind of value.</param>
/// <param name="defaultJson">The default as a JSON literal, such as <c>3</c>, <c>true</c>, <c>"total"</c>, <c>null</c> or <c>["a","b"]</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RuleParameterAttribute(string name, ParameterKind kind, string defaultJson) : Attribute
{
    /// <summary>The parameter's name.</summary>
    public string Name { get; } = name;

    /// <summary>The kind of value.</summary>
    public ParameterKind Kind { get; } = kind;

    /// <summary>The default, as a JSON literal.</summary>
    public string DefaultJson { get; } = defaultJson;

    /// <summary>The values a <see cref="ParameterKind.Choice"/> parameter accepts, separated by '|'.</summary>
    public string? Choices { get; init; }

    /// <summary>What the parameter means, in English.</summary>
    public string? Description { get; init; }

    /// <summary>What the parameter means, in Russian.</summary>
    public string? DescriptionRu { get; init; }

    /// <summary>True when the parameter may be <c>null</c> (absent: no bound).</summary>
    public bool Nullable { get; init; }

    /// <summary>The smallest value a number may take.</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>The largest value a number may take.</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>The sides a <see cref="ParameterKind.YearsBound"/> parameter accepts (both by default).</summary>
    public BoundSides Sides { get; init; } = BoundSides.Both;
}

/// <summary>The sides of a bound a <see cref="ParameterKind.YearsBound"/> parameter accepts.</summary>
[Flags]
public enum BoundSides
{
    /// <summary>A lower side: «не менее N лет», «более N лет».</summary>
    Lower = 1,

    /// <summary>An upper side: «не более N лет», «до N лет», «моложе N лет».</summary>
    Upper = 2,

    /// <summary>Either side or both: «от 1 до 3 лет».</summary>
    Both = Lower | Upper,
}

/// <summary>The kind of value a rule parameter takes.</summary>
public enum ParameterKind
{
    /// <summary>A whole number.</summary>
    WholeNumber = 1,

    /// <summary>A decimal number, such as a share (0.70).</summary>
    Number = 2,

    /// <summary>True or false.</summary>
    Flag = 3,

    /// <summary>One of the listed texts.</summary>
    Choice = 4,

    /// <summary>A list of the listed texts.</summary>
    ChoiceList = 5,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    CalendarDate = 6,

    /// <summary>A list of dates, <c>["yyyy-MM-dd", …]</c> (kept sorted, without repeats).</summary>
    CalendarDateList = 7,

    /// <summary>
    /// Whole years, as a plain number (whose meaning the parameter states, such as «моложе N лет» for <c>ageUnder</c>),
    /// or a bound as the text says it (<see cref="Editions.YearsBound"/>): the phrase «не более 3 лет», «до 35 лет»,
    /// «от 1 до 3 лет», or the object <c>{"atMost": 3}</c>, <c>{"from": 1, "under": 3}</c>.
    /// </summary>
    YearsBound = 8,
}

/// <summary>What the rule rests on when its clause does not state it as a duty: a definition, a template or an inference.</summary>
/// <param name="basis">The basis.</param>
/// <param name="why">Why the rule reads the clause so, in English (shown in <c>docs/rules.md</c>).</param>
/// <remarks>
/// readings.md, principle 5: a definition of a form or kind, an item of a sample roadmap, or a rule the clause does not
/// state yields at most a warning. A rule without this attribute states a duty of its clause.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BasisAttribute(RuleBasis basis, string why) : Attribute
{
    /// <summary>The basis.</summary>
    public RuleBasis Basis { get; } = basis;

    /// <summary>Why the rule reads the clause so.</summary>
    public string Why { get; } = why;
}

/// <summary>What a rule rests on.</summary>
public enum RuleBasis
{
    /// <summary>A duty the clause states.</summary>
    Stated = 1,

    /// <summary>A definition (of a form, a kind, a term): what the thing is, not a duty.</summary>
    Definition = 2,

    /// <summary>An item of a sample or template (002's «Образец … примерный план»).</summary>
    Template = 3,

    /// <summary>A reasonable inference the clause does not state.</summary>
    Inference = 4,
}

/// <summary>The date the rule judges on: the day its duty belongs to (an appointment, an order, a due day …).</summary>
/// <param name="description">The judging date, in English, as <c>docs/rules.md</c> shows it.</param>
/// <remarks>
/// readings.md, principle 1: a duty is judged on the date the regulation ties it to, not on the date of validation,
/// which only says what has happened by then and which deadlines have passed.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class JudgedOnAttribute(string description) : Attribute
{
    /// <summary>The judging date, in English.</summary>
    public string Description { get; } = description;
}
