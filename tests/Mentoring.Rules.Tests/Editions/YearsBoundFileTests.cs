using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>Bounds of years in an edition file: every form read, numbers keeping their old meaning, and located errors.</summary>
public sealed class YearsBoundFileTests
{
    private static string File(string parameter, string value, string rule = "mentee.eligible-category") => $$"""
        {
          "id": "school-7",
          "title": { "ru": "Школа № 7", "en": "School 7" },
          "rules": {
            "{{rule}}": {
              "enabled": true,
              "parameters": { "{{parameter}}": {{value}} }
            }
          }
        }
        """.ReplaceLineEndings("\n");

    private static object? Value(string parameter, string value, string rule = "mentee.eligible-category")
    {
        var edition = EditionFile.Parse(File(parameter, value, rule), "school.json");
        Assert.True(edition.IsSuccess, Mentoring.Domain.ErrorExtensions.Describe(edition.ValidationErrors));
        return edition.Value.Rules[rule].Parameters[parameter];
    }

    [Theory]
    [InlineData("ageUnder", "\"до 35 лет\"", "{ \"under\": 35 }")]
    [InlineData("ageUnder", "\"моложе 35 лет\"", "{ \"under\": 35 }")]
    [InlineData("ageUnder", "\"не старше 35 лет\"", "{ \"atMost\": 35 }")]
    [InlineData("ageUnder", "\"до 35 лет включительно\"", "{ \"atMost\": 35 }")]
    [InlineData("ageUnder", "{ \"atMost\": 35 }", "{ \"atMost\": 35 }")]
    [InlineData("ageUnder", "\"от 25 до 35 лет\"", "{ \"atLeast\": 25, \"under\": 35 }")]
    [InlineData("maxExperienceYears", "\"стаж не более 3 лет\"", null)]
    [InlineData("maxExperienceYears", "\"не более 3 лет\"", "{ \"atMost\": 3 }")]
    [InlineData("maxExperienceYears", "\"до 3 лет\"", "{ \"under\": 3 }")]
    [InlineData("maxExperienceYears", "\"менее 3 лет\"", "{ \"under\": 3 }")]
    [InlineData("maxExperienceYears", "\"от 1 до 3 лет\"", "{ \"atLeast\": 1, \"under\": 3 }")]
    [InlineData("maxExperienceYears", "{ \"from\": 1, \"under\": 3 }", "{ \"atLeast\": 1, \"under\": 3 }")]
    [InlineData("maxExperienceYears", "\"at most 3 years\"", "{ \"atMost\": 3 }")]
    public void Parse_BoundAsTheTextSaysIt_ReadWithItsWords(string parameter, string value, string? expected)
    {
        var edition = EditionFile.Parse(File(parameter, value), "school.json");

        if (expected is null)
        {
            // A phrase with more than the bound («стаж …») is not guessed at: a located error.
            Assert.Contains(edition.ValidationErrors, e => e.ErrorCode == "MR0103" && e.Identifier == $"school.json(7,{27 + parameter.Length}): rules.mentee.eligible-category.parameters.{parameter}");
            return;
        }

        var bound = Assert.IsType<YearsBound>(edition.Value.Rules["mentee.eligible-category"].Parameters[parameter]);
        Assert.Equal(expected, bound.ToJson());
    }

    [Fact]
    public void Parse_PlainNumbers_KeepTheirMeaningAndKind()
    {
        Assert.Equal(35, Value("ageUnder", "35"));
        Assert.Equal(3, Value("maxExperienceYears", "3"));
        Assert.Equal(5, Value("years", "5", "mentor.min-experience"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"без ограничения возраста\"")]
    public void Parse_NoAgeLimit_Null(string value) => Assert.Null(Value("ageUnder", value));

    [Fact]
    public void Parse_MentorYearsMoreThan_LowerBound()
    {
        var bound = Assert.IsType<YearsBound>(Value("years", "\"более 3 лет\"", "mentor.min-experience"));

        Assert.Equal(4, bound.Least);
    }

    [Theory]
    [InlineData("maxExperienceYears", "\"примерно три года\"", "expected words such as")]
    [InlineData("maxExperienceYears", "{ \"to\": 3 }", "write \"under\" for «до N лет»")]
    [InlineData("maxExperienceYears", "{ \"atMost\": 3, \"atLeast\": 5 }", "no whole number of years is inside")]
    [InlineData("maxExperienceYears", "\"не более 30 лет\"", "from 1 to 20")]
    [InlineData("maxExperienceYears", "\"без ограничения\"", "expected words such as")]
    [InlineData("ageUnder", "\"до 10 лет\"", "from 18 to 70")]
    [InlineData("ageUnder", "true", "a whole number from 18 to 70 or")]
    public void Parse_UnreadableBound_LocatedMR0103WithTheReason(string parameter, string value, string reason)
    {
        var errors = EditionFile.Parse(File(parameter, value), "school.json").ValidationErrors;

        var error = Assert.Single(errors);
        Assert.Equal("MR0103", error.ErrorCode);
        Assert.Equal($"school.json(7,{27 + parameter.Length}): rules.mentee.eligible-category.parameters.{parameter}", error.Identifier);
        using var english = Mentoring.Domain.MessageCulture.Use(System.Globalization.CultureInfo.GetCultureInfo("en"));
        var again = Assert.Single(EditionFile.Parse(File(parameter, value), "school.json").ValidationErrors);
        Assert.Contains(reason, again.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"не более 3 лет\"")]
    [InlineData("{ \"under\": 5 }")]
    public void Parse_UpperBoundForTheMentorsMinimum_LocatedMR0103(string value)
    {
        var error = Assert.Single(EditionFile.Parse(File("years", value, "mentor.min-experience"), "school.json").ValidationErrors);

        Assert.Equal("MR0103", error.ErrorCode);
        Assert.Equal("school.json(7,32): rules.mentor.min-experience.parameters.years", error.Identifier);
    }

    [Fact]
    public void Parse_BoundMessageInRussian_NamesTheReasonInRussian()
    {
        using var russian = Mentoring.Domain.MessageCulture.Use(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));

        var error = Assert.Single(EditionFile.Parse(File("maxExperienceYears", "\"от 3 до 1 года\""), "school.json").ValidationErrors);

        Assert.Contains("нижняя граница выше верхней", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("от 3 до 1 года", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BoundInCode_SameAsTheFile()
    {
        var edition = new EditionBuilder("school-7")
            .Titled("Школа № 7", "School 7")
            .Enable("mentee.eligible-category")
            .Set("mentee.eligible-category", "ageUnder", YearsBound.AtMost(35))
            .Set("mentee.eligible-category", "maxExperienceYears", "от 1 до 3 лет")
            .Build(Mentoring.Rules.Policies.PolicyCatalog.Bundled);

        Assert.True(edition.IsSuccess, Mentoring.Domain.ErrorExtensions.Describe(edition.ValidationErrors));
        Assert.Equal(YearsBound.AtMost(35), edition.Value.Rules["mentee.eligible-category"].Parameters["ageUnder"]);
        Assert.Equal(Value("maxExperienceYears", "\"от 1 до 3 лет\""), edition.Value.Rules["mentee.eligible-category"].Parameters["maxExperienceYears"]);
    }
}
