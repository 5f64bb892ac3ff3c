using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Mentoring.Domain.Tests.Text;

/// <summary>Whole numbers from 0 to 10000.</summary>
public static class PluralArbitraries
{
    /// <summary>0 to 10000, with extra weight below 200 where the endings change most.</summary>
    public static Arbitrary<int> Number() =>
        Gen.Frequency((1, Gen.Choose(0, 10000)), (1, Gen.Choose(0, 200))).ToArbitrary();
}

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 мероприятий")]
    [InlineData(1, "1 мероприятие")]
    [InlineData(2, "2 мероприятия")]
    [InlineData(3, "3 мероприятия")]
    [InlineData(4, "4 мероприятия")]
    [InlineData(5, "5 мероприятий")]
    [InlineData(11, "11 мероприятий")]
    [InlineData(12, "12 мероприятий")]
    [InlineData(14, "14 мероприятий")]
    [InlineData(21, "21 мероприятие")]
    [InlineData(22, "22 мероприятия")]
    [InlineData(25, "25 мероприятий")]
    [InlineData(101, "101 мероприятие")]
    [InlineData(111, "111 мероприятий")]
    [InlineData(112, "112 мероприятий")]
    [InlineData(122, "122 мероприятия")]
    [InlineData(1000, "1000 мероприятий")]
    [InlineData(1001, "1001 мероприятие")]
    public void RuWithNumber_Activities_AgreeByTheRussianRules(int n, string expected) =>
        Assert.Equal(expected, Plural.RuWithNumber(n, "мероприятие", "мероприятия", "мероприятий"));

    [Theory]
    [InlineData(1, "1 год")]
    [InlineData(2, "2 года")]
    [InlineData(5, "5 лет")]
    [InlineData(11, "11 лет")]
    [InlineData(21, "21 год")]
    [InlineData(34, "34 года")]
    [InlineData(111, "111 лет")]
    public void RuWithNumber_Years_AgreeByTheRussianRules(int n, string expected) =>
        Assert.Equal(expected, Plural.RuWithNumber(n, "год", "года", "лет"));

    [Theory]
    [InlineData(0, "0 mentees")]
    [InlineData(1, "1 mentee")]
    [InlineData(2, "2 mentees")]
    [InlineData(11, "11 mentees")]
    [InlineData(21, "21 mentees")]
    public void EnWithNumber_Mentees_AreSingularOnlyForOne(int n, string expected) =>
        Assert.Equal(expected, Plural.EnWithNumber(n, "mentee", "mentees"));

    [Theory]
    [InlineData(1, PluralCategory.One)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(13, PluralCategory.Many)]
    [InlineData(-21, PluralCategory.One)]
    [InlineData(-3, PluralCategory.Few)]
    [InlineData(long.MinValue, PluralCategory.Many)]
    public void RussianCategory_Examples_FollowCldr(long n, PluralCategory expected) =>
        Assert.Equal(expected, Plural.RussianCategory(n));

    [Fact]
    public void Ru_WordOnly_ReturnsTheFormWithoutTheNumber()
    {
        Assert.Equal("мероприятия", Plural.Ru(3, "мероприятие", "мероприятия", "мероприятий"));
        Assert.Equal("mentee", Plural.En(1, "mentee", "mentees"));
        Assert.Equal(PluralCategory.Other, Plural.EnglishCategory(0));
    }

    [Fact]
    public void Ru_NullForm_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Plural.Ru(1, null!, "a", "b"));

    [Property(Arbitrary = new[] { typeof(PluralArbitraries) }, MaxTest = 2000)]
    public bool Ru_AnyNumberTo10000_MatchesTheRuleWrittenOnTheDigits(int n)
    {
        // CLDR ru written out on the decimal digits: ends in 1 but not 11 → one; ends in 2, 3, 4 but not 12, 13, 14 → few.
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var last = digits[^1];
        var lastTwo = digits.Length >= 2 ? digits[^2..] : digits;
        var expected = last == '1' && lastTwo != "11" ? "one"
            : last is '2' or '3' or '4' && lastTwo is not ("12" or "13" or "14") ? "few"
            : "many";
        return Plural.Ru(n, "one", "few", "many") == expected;
    }

    [Fact]
    public void Ru_Every0To10000_MatchesTheRuleWrittenOnTheDigits()
    {
        for (var n = 0; n <= 10000; n++)
        {
            Assert.True(Ru_AnyNumberTo10000_MatchesTheRuleWrittenOnTheDigits(n), n.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Property(Arbitrary = new[] { typeof(PluralArbitraries) }, MaxTest = 500)]
    public bool En_AnyNumberTo10000_IsSingularOnlyForOne(int n) =>
        Plural.En(n, "one", "other") == (n == 1 ? "one" : "other");
}
