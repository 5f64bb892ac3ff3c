using FsCheck.Xunit;
using Mentoring.Regulations.Extraction;

namespace Mentoring.Regulations.Tests.Extraction;

public sealed class RussianNumbersTests
{
    [Theory]
    [InlineData("один", 1)]
    [InlineData("одного", 1)]
    [InlineData("двух", 2)]
    [InlineData("трёх", 3)]
    [InlineData("трех", 3)]
    [InlineData("четырех", 4)]
    [InlineData("пяти", 5)]
    [InlineData("пять", 5)]
    [InlineData("восьми", 8)]
    [InlineData("десяти", 10)]
    [InlineData("пятнадцати", 15)]
    [InlineData("двадцати", 20)]
    [InlineData("двадцати пяти", 25)]
    [InlineData("тридцати пяти", 35)]
    [InlineData("сорока", 40)]
    [InlineData("полутора", 1.5)]
    [InlineData("3-х", 3)]
    [InlineData("5-ти", 5)]
    [InlineData("3х", 3)]
    [InlineData("35", 35)]
    public void TryParse_NumberForms_GiveTheirValue(string text, double expected)
    {
        Assert.True(RussianNumbers.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("лет")]
    [InlineData("пяти двадцати")]
    [InlineData("двадцати тридцати")]
    [InlineData("3-годичный")]
    [InlineData("один два три")]
    public void TryParse_NotANumber_IsFalse(string text) => Assert.False(RussianNumbers.TryParse(text, out _));

    [Property]
    public bool TryParse_AnyFigures_GiveTheirValue(byte n) => RussianNumbers.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var v) && v == n;
}
