using Mentoring.Domain.Organizations;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Organizations;

public sealed class MunicipalityTests
{
    [Fact]
    public void Create_NameAndRegion_KeepsThem()
    {
        var municipality = Municipality.Create(SampleIds.Municipality(), "Краснокутский муниципальный район", "Саратовская область").Value;

        Assert.Equal("Краснокутский муниципальный район", municipality.Name);
        Assert.Equal("Саратовская область", municipality.Region);
    }

    [Fact]
    public void Create_NoRegion_IsNull()
    {
        Assert.Null(Municipality.Create(SampleIds.Municipality(), "г. Аргун", "  ").Value.Region);
    }

    [Fact]
    public void Create_EmptyName_FailsWithMD0001()
    {
        var error = Assert.Single(Municipality.Create(SampleIds.Municipality(), "", "Саратовская область").ValidationErrors);

        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal("name", error.Identifier);
    }
}
