
namespace Mentoring.Domain.Organizations;

/// <summary>A municipality (муниципальное образование) whose education authority coordinates mentoring in its organizations.</summary>
/// <remarks>003 §1.6, §6.2–6.3 (муниципальный координатор, управление образования); 001, 002, 004 (municipal roadmaps).</remarks>
public sealed class Municipality
{
    private Municipality(MunicipalityId id, string name, string? region)
    {
        Id = id;
        Name = name;
        Region = region;
    }

    /// <summary>The identifier.</summary>
    public MunicipalityId Id { get; }

    /// <summary>The name («Краснокутский муниципальный район», «городской округ г. Аргун»).</summary>
    public string Name { get; }

    /// <summary>The region («Саратовская область»), or null when unknown.</summary>
    public string? Region { get; }

    /// <summary>Creates a municipality.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name; required.</param>
    /// <param name="region">The region, or null.</param>
    /// <returns>The municipality, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>name</c>.</returns>
    public static Result<Municipality> Create(MunicipalityId id, string? name, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Texts.Required(name, "name").Map(n => new Municipality(id, n, Texts.Optional(region)));
    }
}
