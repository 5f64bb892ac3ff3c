namespace Mentoring.Regulations;

/// <summary>How a school's Положение carries one provision of the federal model.</summary>
public enum ConformityStatus
{
    /// <summary>The Положение says what the model says.</summary>
    Present,

    /// <summary>The Положение speaks of the matter but says something else (a different term, mutual rather than written consent).</summary>
    Different,

    /// <summary>The Положение does not speak of the matter.</summary>
    Absent,
}
