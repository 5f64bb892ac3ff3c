namespace Mentoring.Domain.People;

/// <summary>Which pedagogical experience (стаж) is counted.</summary>
/// <remarks>Regulations that require a mentor's experience count it in total or in this organization (rule <c>mentor.min-experience</c>).</remarks>
public enum ExperienceScope
{
    /// <summary>The whole pedagogical experience, from the start of the pedagogical career («общий педагогический стаж»).</summary>
    Total = 1,

    /// <summary>The experience in this organization, from the hire date («стаж работы в организации»).</summary>
    Organization = 2,
}

/// <summary>The vocabulary of <see cref="ExperienceScope"/>.</summary>
public static class ExperienceScopes
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ExperienceScope> Vocabulary { get; } = Vocabulary<ExperienceScope>.For("scope")
        .Add(ExperienceScope.Total, "total", "общий педагогический стаж", "total pedagogical experience", "003 order preamble", "педагогический стаж")
        .Add(ExperienceScope.Organization, "organization", "стаж работы в организации", "experience in the organization", "003 order preamble", "стаж работы в образовательной организации")
        .Build();

    /// <summary>The term of a scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ExperienceScope> Term(this ExperienceScope scope) => Vocabulary[scope];
}
