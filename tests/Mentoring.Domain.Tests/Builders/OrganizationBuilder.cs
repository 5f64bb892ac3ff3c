using Mentoring.Domain.Organizations;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid school by default: «МБОУ "СОШ № 1"» in municipality mun-1, head t-head.</summary>
public sealed class OrganizationBuilder
{
    private string? _name = "МБОУ \"СОШ № 1\"";
    private OrganizationKind _kind = OrganizationKind.School;
    private MunicipalityId? _municipality = SampleIds.Municipality();
    private PersonId? _head = SampleIds.Person("t-head");
    private bool? _website = true;

    public OrganizationBuilder WithName(string? name)
    {
        _name = name;
        return this;
    }

    public OrganizationBuilder OfKind(OrganizationKind kind)
    {
        _kind = kind;
        return this;
    }

    public OrganizationBuilder WithoutMunicipality()
    {
        _municipality = null;
        return this;
    }

    public OrganizationBuilder WithoutHead()
    {
        _head = null;
        return this;
    }

    public OrganizationBuilder WithWebsiteSection(bool? has)
    {
        _website = has;
        return this;
    }

    public Result<Organization> BuildResult() => Organization.Create(SampleIds.Organization(), _name, _kind, _municipality, _head, _website);

    public Organization Build() => BuildResult().Value;
}
