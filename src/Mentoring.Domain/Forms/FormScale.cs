namespace Mentoring.Domain.Forms;

/// <summary>Whether a form is practised one to one or in a group.</summary>
/// <remarks>003 §4.2.1: a form is individual or group.</remarks>
public enum FormScale
{
    /// <summary>Individual: one mentor, one mentee (индивидуальная).</summary>
    Individual = 1,

    /// <summary>Group: one mentor, two or more mentees (групповая).</summary>
    Group = 2,
}

/// <summary>The vocabulary of <see cref="FormScale"/>.</summary>
public static class FormScales
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<FormScale> Vocabulary { get; } = Vocabulary<FormScale>.For("scale")
        .Add(FormScale.Individual, "individual", "индивидуальная", "individual", "003 §4.2.1")
        .Add(FormScale.Group, "group", "групповая", "group", "003 §4.2.1")
        .Build();

    /// <summary>The term of a scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Its code and names.</returns>
    public static Term<FormScale> Term(this FormScale scale) => Vocabulary[scale];
}
