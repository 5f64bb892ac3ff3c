namespace Mentoring.Domain.Roles;

/// <summary>A role a person or a body plays in the mentoring system.</summary>
/// <remarks>002 §2–§4 (участники системы наставничества); 003 §1.6, §6.</remarks>
public enum Role
{
    /// <summary>«наставник».</summary>
    Mentor = 1,

    /// <summary>«наставляемый».</summary>
    Mentee = 2,

    /// <summary>«куратор реализации программ наставничества».</summary>
    Curator = 3,

    /// <summary>«руководитель образовательной организации».</summary>
    Head = 4,

    /// <summary>«методическое объединение (совет) наставников».</summary>
    MentorsCouncil = 5,

    /// <summary>«муниципальный координатор».</summary>
    MunicipalCoordinator = 6,

    /// <summary>«управление (департамент) образования».</summary>
    EducationAuthority = 7,
}

/// <summary>The vocabulary of <see cref="Role"/>.</summary>
public static class MentoringRoles
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<Role> Vocabulary { get; } = Vocabulary<Role>.For("role")
        .Add(Role.Mentor, "mentor", "наставник", "mentor", "002 §1 (понятия); 003 §1.3")
        .Add(Role.Mentee, "mentee", "наставляемый", "mentee", "002 §1 (понятия)")
        .Add(Role.Curator, "curator", "куратор реализации программ наставничества", "curator", "002 §2 (куратор); 003 order п.4.2", "куратор")
        .Add(Role.Head, "head", "руководитель образовательной организации", "head of the organization", "002 §2", "руководитель", "директор")
        .Add(Role.MentorsCouncil, "mentors-council", "методическое объединение наставников", "mentors' council", "002 §3; 003 §6.5", "совет наставников", "методическое объединение")
        .Add(Role.MunicipalCoordinator, "municipal-coordinator", "муниципальный координатор", "municipal coordinator", "003 §1.6, §6.3")
        .Add(Role.EducationAuthority, "education-authority", "управление образования", "education authority", "002 order; 003 §6.2", "департамент образования", "отдел образования")
        .Build();

    /// <summary>The term of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its code and names.</returns>
    public static Term<Role> Term(this Role role) => Vocabulary[role];
}
