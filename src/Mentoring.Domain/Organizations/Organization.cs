
namespace Mentoring.Domain.Organizations;

/// <summary>An educational organization that runs mentoring of its teachers (and, in 003, students).</summary>
/// <remarks>
/// 002 §2 (руководитель образовательной организации), §5 (раздел на сайте); 003 order п.4.6 (раздел
/// «Целевая программа наставничества» на сайте). Unknown facts (municipality, head, website) are null.
/// </remarks>
public sealed class Organization
{
    private Organization(OrganizationId id, string name, OrganizationKind kind, MunicipalityId? municipalityId, PersonId? headId, bool? websiteHasMentoringSection)
    {
        Id = id;
        Name = name;
        Kind = kind;
        MunicipalityId = municipalityId;
        HeadId = headId;
        WebsiteHasMentoringSection = websiteHasMentoringSection;
    }

    /// <summary>The identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>The name («МБОУ "СОШ № 1"»).</summary>
    public string Name { get; }

    /// <summary>The kind of organization.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The municipality the organization belongs to, or null when unknown.</summary>
    public MunicipalityId? MunicipalityId { get; }

    /// <summary>The head of the organization, or null when unknown.</summary>
    public PersonId? HeadId { get; }

    /// <summary>Whether the website has a mentoring section: true, false, or null when not known.</summary>
    /// <remarks>002 §5; 003 order п.4.6 (rule <c>org.website-section</c>).</remarks>
    public bool? WebsiteHasMentoringSection { get; }

    /// <summary>Creates an organization, collecting every error.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name; required.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="municipalityId">The municipality, or null.</param>
    /// <param name="headId">The head, or null.</param>
    /// <param name="websiteHasMentoringSection">Whether the website has a mentoring section, or null when not known.</param>
    /// <returns>
    /// The organization, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>name</c> and
    /// <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>kind</c>.
    /// </returns>
    public static Result<Organization> Create(
        OrganizationId id,
        string? name,
        OrganizationKind kind,
        MunicipalityId? municipalityId = null,
        PersonId? headId = null,
        bool? websiteHasMentoringSection = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var checkedName = Texts.Required(name, "name");
        return ResultExtras.Combine(checkedName.ToResult(), OrganizationKinds.Vocabulary.Check(kind).ToResult())
            .Then(() => new Organization(id, checkedName.Value, kind, municipalityId, headId, websiteHasMentoringSection));
    }
}
