using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>A bound of years as a Положение words it: the phrase, the object form, and what each admits.</summary>
public sealed class YearsBoundTests
{
    [Theory]
    [InlineData("не более 3 лет", null, null, UpperBoundKind.AtMost, 3)]
    [InlineData("до 3 лет", null, null, UpperBoundKind.Under, 3)]
    [InlineData("менее 3 лет", null, null, UpperBoundKind.Under, 3)]
    [InlineData("до 35 лет", null, null, UpperBoundKind.Under, 35)]
    [InlineData("не старше 35 лет", null, null, UpperBoundKind.AtMost, 35)]
    [InlineData("моложе 35 лет", null, null, UpperBoundKind.Under, 35)]
    [InlineData("до 35 лет включительно", null, null, UpperBoundKind.AtMost, 35)]
    [InlineData("от 1 до 3 лет", LowerBoundKind.AtLeast, 1, UpperBoundKind.Under, 3)]
    [InlineData("от 1 года до 3 лет", LowerBoundKind.AtLeast, 1, UpperBoundKind.Under, 3)]
    [InlineData("от 0 до 3-х лет", LowerBoundKind.AtLeast, 0, UpperBoundKind.Under, 3)]
    [InlineData("от 1 до 3 лет включительно", LowerBoundKind.AtLeast, 1, UpperBoundKind.AtMost, 3)]
    [InlineData("не менее 5 (пяти) лет", LowerBoundKind.AtLeast, 5, null, null)]
    [InlineData("Более трёх лет.", LowerBoundKind.MoreThan, 3, null, null)]
    [InlineData("старше 25 лет и моложе 35 лет", LowerBoundKind.MoreThan, 25, UpperBoundKind.Under, 35)]
    [InlineData("at most 3 years", null, null, UpperBoundKind.AtMost, 3)]
    [InlineData("under 35 years", null, null, UpperBoundKind.Under, 35)]
    [InlineData("at least 1 year and under 3 years", LowerBoundKind.AtLeast, 1, UpperBoundKind.Under, 3)]
    public void Parse_WordsOfAПоложение_KeepsTheirMeaning(string phrase, LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper)
    {
        var bound = YearsBound.Parse(phrase);

        Assert.True(bound.IsSuccess, string.Join("; ", bound.ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal((lowerKind, lower, upperKind, upper), (bound.Value.LowerKind, bound.Value.Lower, bound.Value.UpperKind, bound.Value.Upper));
    }

    [Theory]
    [InlineData("до 35 лет", 34, true)]
    [InlineData("до 35 лет", 35, false)]
    [InlineData("не старше 35 лет", 35, true)]
    [InlineData("не старше 35 лет", 36, false)]
    [InlineData("не более 3 лет", 3, true)]
    [InlineData("не более 3 лет", 4, false)]
    [InlineData("от 1 до 3 лет", 0, false)]
    [InlineData("от 1 до 3 лет", 1, true)]
    [InlineData("от 1 до 3 лет", 2, true)]
    [InlineData("от 1 до 3 лет", 3, false)]
    [InlineData("более 3 лет", 3, false)]
    [InlineData("более 3 лет", 4, true)]
    public void Contains_WholeYears_AsTheWordsSay(string phrase, int years, bool expected) =>
        Assert.Equal(expected, YearsBound.Parse(phrase).Value.Contains(years));

    [Theory]
    [InlineData("")]
    [InlineData("примерно 3 года")]
    [InlineData("не более трёхсот лет")]
    [InlineData("до 3,5 лет")]
    [InlineData("от 3 до 1 года")]
    [InlineData("менее 0 лет")]
    [InlineData("не менее 1 года и не менее 2 лет")]
    [InlineData("не менее 5 лет включительно")]
    [InlineData("до 500 лет")]
    public void Parse_UnreadableWords_MR0103(string phrase)
    {
        var bound = YearsBound.Parse(phrase);

        Assert.Equal("MR0103", Assert.Single(bound.ValidationErrors).ErrorCode);
    }

    [Theory]
    [InlineData("""{"atMost": 3}""", null, null, UpperBoundKind.AtMost, 3)]
    [InlineData("""{"under": 35}""", null, null, UpperBoundKind.Under, 35)]
    [InlineData("""{"from": 1, "under": 3}""", LowerBoundKind.AtLeast, 1, UpperBoundKind.Under, 3)]
    [InlineData("""{"moreThan": 3}""", LowerBoundKind.MoreThan, 3, null, null)]
    public void FromJson_ObjectForm_Read(string json, LowerBoundKind? lowerKind, int? lower, UpperBoundKind? upperKind, int? upper)
    {
        using var document = JsonDocument.Parse(json);

        var bound = YearsBound.FromJson(document.RootElement);

        Assert.Equal((lowerKind, lower, upperKind, upper), (bound.Value.LowerKind, bound.Value.Lower, bound.Value.UpperKind, bound.Value.Upper));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"to": 3}""")]
    [InlineData("""{"atMost": 3, "under": 4}""")]
    [InlineData("""{"atMost": "3"}""")]
    [InlineData("""{"atMost": 2.5}""")]
    [InlineData("""{"from": 3, "under": 3}""")]
    [InlineData("""[3]""")]
    public void FromJson_BadObject_MR0103(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal("MR0103", Assert.Single(YearsBound.FromJson(document.RootElement).ValidationErrors).ErrorCode);
    }

    [Property(Arbitrary = new[] { typeof(YearsBoundArbitraries) })]
    public Property PhraseAndObject_SameBound_Agree(YearsBound bound)
    {
        using var document = JsonDocument.Parse(bound.ToJson());
        var byObject = YearsBound.FromJson(document.RootElement).Value;
        var byRussian = YearsBound.Parse(bound.ToRussian(YearsMeasure.Duration)).Value;
        var byAge = YearsBound.Parse(bound.ToRussian(YearsMeasure.Age)).Value;
        var byEnglish = YearsBound.Parse(bound.ToEnglish()).Value;

        var same = byObject.Equals(bound) && byRussian.Equals(bound) && byEnglish.Equals(bound)
            && Enumerable.Range(0, 70).All(n => byAge.Contains(n) == byObject.Contains(n));
        return same.Label($"{bound.ToJson()} / {bound.ToRussian()} / {bound.ToRussian(YearsMeasure.Age)} / {bound.ToEnglish()}");
    }

    [Property(Arbitrary = new[] { typeof(YearsBoundArbitraries) })]
    public bool Contains_IsTheRangeLeastToMost(YearsBound bound) =>
        Enumerable.Range(0, 70).All(n => bound.Contains(n) == (n >= bound.Least && (bound.Most is not { } most || n <= most)))
        && bound.Contains(bound.Least);

    [Fact]
    public void ToRussian_NumbersAgree()
    {
        Assert.Equal("от 1 до 21 года", YearsBound.Parse("от 1 до 21 года").Value.ToRussian());
        Assert.Equal("не менее 1 года", YearsBound.AtLeast(1).ToRussian());
        Assert.Equal("моложе 35 лет", YearsBound.Under(35).ToRussian(YearsMeasure.Age));
        Assert.Equal("не старше 35 лет", YearsBound.AtMost(35).ToRussian(YearsMeasure.Age));
    }
}
