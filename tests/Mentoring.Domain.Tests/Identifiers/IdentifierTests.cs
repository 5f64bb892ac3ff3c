using FsCheck.Xunit;

namespace Mentoring.Domain.Tests.Identifiers;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("T-001")]
    [InlineData("№ 140/2-н")]
    [InlineData("учитель.42")]
    public void Create_ValidText_KeepsItTrimmed(string text)
    {
        var id = PersonId.Create($"  {text} ");

        Assert.Equal(text, id.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_Empty_FailsWithMD0001(string? text)
    {
        var error = Assert.Single(PersonId.Create(text).ValidationErrors);

        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal("personId", error.Identifier);
    }

    [Fact]
    public void Create_TooLong_FailsWithMD0002()
    {
        Assert.Equal("MD0002", Assert.Single(ProgramId.Create(new string('a', Identifier.MaxLength + 1)).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Create_ControlCharacter_FailsWithMD0003()
    {
        Assert.Equal("MD0003", Assert.Single(PairId.Create("a\u0001b").ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Equals_SameTextDifferentTypes_AreNotEqual()
    {
        Identifier person = PersonId.Create("42").Value;
        Identifier program = ProgramId.Create("42").Value;

        Assert.NotEqual(person, program);
        Assert.False(person == program);
    }

    [Property(Arbitrary = new[] { typeof(IdentifierArbitraries) })]
    public bool Equality_SameText_EqualWithSameHash(IdentifierTexts pair)
    {
        var left = PersonId.Create(pair.Left).Value;
        var right = PersonId.Create(pair.Right).Value;
        var sameText = string.Equals(pair.Left, pair.Right, StringComparison.Ordinal);
        return left.Equals(right) == sameText
            && (left == right) == sameText
            && (!sameText || left.GetHashCode() == right.GetHashCode())
            && Math.Sign(left.CompareTo(right)) == Math.Sign(string.CompareOrdinal(pair.Left, pair.Right));
    }
}
