
namespace Mentoring.Domain.Tests.Results;

public sealed class ErrorTests
{
    [Fact]
    public void Under_WithTarget_PrefixesTheOuterPath()
    {
        var error = DomainErrors.General.Empty("name").Under("teachers[3]");

        Assert.Equal("teachers[3].name", error.Target);
        Assert.Equal("MD0001", error.Code);
    }

    [Fact]
    public void At_ReplacesTheTarget()
    {
        Assert.Equal("term.end", DomainErrors.General.Missing("x").At("term.end").Target);
    }

    [Fact]
    public void MessageIn_Russian_ReturnsTheRussianMessage()
    {
        var error = DomainErrors.General.Empty("name");

        Assert.Contains("не должно быть пустым", error.MessageIn("ru"), StringComparison.Ordinal);
        Assert.Contains("must not be empty", error.MessageIn("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => Error.Create(" ", "m", "м"));
    }

    [Fact]
    public void UnknownCode_ListsTheAllowedCodes()
    {
        var error = DomainErrors.General.UnknownCode("form", "x", ["a", "b"]);

        Assert.Contains("a, b", error.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", error.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralCatalogue_CodesAreDistinct()
    {
        var day = new DateOnly(2024, 1, 1);
        Error[] all =
        [
            DomainErrors.General.Empty("f"), DomainErrors.General.TooLong("f", 1), DomainErrors.General.InvalidIdentifier("f", "v"),
            DomainErrors.General.EndBeforeStart("f", day, day), DomainErrors.General.DuplicateId("f", "i"),
            DomainErrors.General.OutOfRange("f", 1, 0, 0), DomainErrors.General.Missing("f"), DomainErrors.General.UnknownCode("f", "v", []),
        ];

        Assert.Equal(all.Length, all.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, e => Assert.Matches("^MD00[0-9]{2}$", e.Code));
    }
}
