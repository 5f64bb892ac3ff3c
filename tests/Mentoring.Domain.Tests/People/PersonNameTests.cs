using FsCheck.Xunit;
using Mentoring.Domain.People;

namespace Mentoring.Domain.Tests.People;

public sealed class PersonNameTests
{
    [Fact]
    public void Create_AllParts_FormsFullAndShortName()
    {
        var name = PersonName.Create("Иванова", "Мария", "Петровна").Value;

        Assert.Equal("Иванова Мария Петровна", name.FullName);
        Assert.Equal("Иванова М. П.", name.ShortName);
    }

    [Fact]
    public void Create_NoPatronymic_ShortNameHasOneInitial()
    {
        var name = PersonName.Create(" Смит ", "Джон").Value;

        Assert.Null(name.Patronymic);
        Assert.Equal("Смит Джон", name.FullName);
        Assert.Equal("Смит Д.", name.ShortName);
    }

    [Fact]
    public void Create_WhiteSpacePatronymic_IsTreatedAsAbsent()
    {
        Assert.Null(PersonName.Create("Иванова", "Мария", "  ").Value.Patronymic);
    }

    [Fact]
    public void Create_EmptySurnameAndGivenName_ReportsBothWithTargets()
    {
        var errors = PersonName.Create(" ", null, "Петровна").ValidationErrors;

        Assert.Equal(["MD0001", "MD0001"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["surname", "givenName"], errors.Select(e => e.Identifier));
    }

    [Theory]
    [InlineData("Иванова1", "Мария", null, "surname")]
    [InlineData("Иванова", "Мар@ия", null, "givenName")]
    [InlineData("Иванова", "Мария", "-Петровна", "patronymic")]
    public void Create_InvalidCharacters_FailsWithMD0102(string surname, string given, string? patronymic, string target)
    {
        var error = Assert.Single(PersonName.Create(surname, given, patronymic).ValidationErrors);

        Assert.Equal("MD0102", error.ErrorCode);
        Assert.Equal(target, error.Identifier);
    }

    [Fact]
    public void Create_TooLongPart_FailsWithMD0002()
    {
        var error = Assert.Single(PersonName.Create(new string('я', PersonName.MaxPartLength + 1), "Мария").ValidationErrors);

        Assert.Equal("MD0002", error.ErrorCode);
        Assert.Equal("surname", error.Identifier);
    }

    [Theory]
    [InlineData("Римский-Корсакова", "Анна-Мария", "Д'Артаньян")]
    [InlineData("Салтыков-Щедрин", "Михаил", null)]
    public void Create_HyphensAndApostrophes_AreAccepted(string surname, string given, string? patronymic)
    {
        Assert.True(PersonName.Create(surname, given, patronymic).IsSuccess);
    }

    [Theory]
    [InlineData("Иванова Мария Петровна", "Иванова", "Мария", "Петровна")]
    [InlineData("  Иванова   Мария  ", "Иванова", "Мария", null)]
    [InlineData("Мамедов Ильгар Рамиз оглы", "Мамедов", "Ильгар", "Рамиз оглы")]
    [InlineData("Иванова М. П.", "Иванова", "М.", "П.")]
    [InlineData("Иванова М.П.", "Иванова", "М.", "П.")]
    public void Parse_WrittenName_SplitsIntoParts(string text, string surname, string given, string? patronymic)
    {
        var name = PersonName.Parse(text).Value;

        Assert.Equal(surname, name.Surname);
        Assert.Equal(given, name.GivenName);
        Assert.Equal(patronymic, name.Patronymic);
    }

    [Fact]
    public void Parse_Initials_ShortNameKeepsThem()
    {
        Assert.Equal("Иванова М. П.", PersonName.Parse("Иванова М.П.").Value.ShortName);
    }

    [Fact]
    public void Parse_OneWord_FailsWithMD0101()
    {
        var error = Assert.Single(PersonName.Parse("Иванова").ValidationErrors);

        Assert.Equal("MD0101", error.ErrorCode);
        Assert.Equal("name", error.Identifier);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Parse_Empty_FailsWithMD0001(string? text)
    {
        var error = Assert.Single(PersonName.Parse(text).ValidationErrors);

        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal("name", error.Identifier);
    }

    [Fact]
    public void Equals_SameParts_EqualWithSameHash()
    {
        var a = PersonName.Parse("Иванова Мария Петровна").Value;
        var b = PersonName.Create("Иванова", "Мария", "Петровна").Value;

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PersonName.Create("Иванова", "Мария").Value);
    }

    [Property(Arbitrary = new[] { typeof(PeopleArbitraries) })]
    public bool Parse_FullName_RoundTrips(NameWithOptionalPatronymic generated)
    {
        var name = generated.Name;
        return PersonName.Parse(name.FullName).Value.Equals(name);
    }

    [Property(Arbitrary = new[] { typeof(PeopleArbitraries) })]
    public bool ShortName_AnyName_StartsWithSurnameAndEndsWithDot(ThreePartName generated)
    {
        var name = generated.Name;
        return name.ShortName.StartsWith(name.Surname + " ", StringComparison.Ordinal)
            && name.ShortName.EndsWith('.')
            && name.ShortName.Length < name.FullName.Length + 2;
    }
}
