namespace Mentoring.Rules.Policies;

/// <summary>What a rule says about one subject: the four values of a finding.</summary>
public enum Outcome
{
    /// <summary>The rule holds for the subject.</summary>
    Satisfied = 1,

    /// <summary>The rule is broken.</summary>
    Violated = 2,

    /// <summary>The rule does not apply (no subject of its kind, or not in force on the date).</summary>
    NotApplicable = 3,

    /// <summary>A fact the rule needs is missing from the input; the finding lists what is missing.</summary>
    /// <remarks>No consent recorded is not the same as consent refused.</remarks>
    Unknown = 4,
}

/// <summary>How serious a violation of a rule is.</summary>
public enum Severity
{
    /// <summary>A recommendation or a good practice of the regulation.</summary>
    Info = 1,

    /// <summary>A requirement whose breach should be fixed but does not void the mentoring.</summary>
    Warning = 2,

    /// <summary>A mandatory requirement (an order, a consent, a term) whose breach makes the mentoring irregular.</summary>
    Error = 3,
}
