namespace Mentoring.Domain.Organizations;

/// <summary>The kind of educational organization (образовательная организация).</summary>
/// <remarks>002 §1 (образовательная организация); 003 §1.3.</remarks>
public enum OrganizationKind
{
    /// <summary>A general-education organization, a school («общеобразовательная организация»).</summary>
    School = 1,

    /// <summary>A preschool organization, a kindergarten («дошкольная образовательная организация»).</summary>
    Kindergarten = 2,

    /// <summary>A vocational organization, a college («профессиональная образовательная организация»).</summary>
    College = 3,

    /// <summary>An organization of additional education («организация дополнительного образования»).</summary>
    AdditionalEducation = 4,

    /// <summary>
    /// A municipal education authority («орган местного самоуправления, осуществляющий управление в сфере образования»,
    /// an «Управление образования»): not a school; its own file holds the municipality's duties (001 п.2: reports to the
    /// regional institute).
    /// </summary>
    EducationAuthority = 5,
}

/// <summary>The vocabulary of <see cref="OrganizationKind"/>.</summary>
public static class OrganizationKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<OrganizationKind> Vocabulary { get; } = Vocabulary<OrganizationKind>.For("kind")
        .Add(OrganizationKind.School, "school", "общеобразовательная организация", "school", "002 §1; 003 §1.3", "школа")
        .Add(OrganizationKind.Kindergarten, "kindergarten", "дошкольная образовательная организация", "kindergarten", "002 §1", "детский сад")
        .Add(OrganizationKind.College, "college", "профессиональная образовательная организация", "college", "002 §1", "колледж", "техникум")
        .Add(OrganizationKind.AdditionalEducation, "additional-education", "организация дополнительного образования", "organization of additional education", "002 §1; 003 §1.3")
        .Add(OrganizationKind.EducationAuthority, "education-authority", "муниципальный орган управления образованием", "municipal education authority", "001 п.2; 003 §1.6", "управление образования")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<OrganizationKind> Term(this OrganizationKind kind) => Vocabulary[kind];
}
