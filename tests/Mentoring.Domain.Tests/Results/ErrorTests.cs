using System.Globalization;
using Mentoring.Domain.Documents;

namespace Mentoring.Domain.Tests.Results;

public sealed class ErrorTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Under_WithIdentifier_PrefixesTheOuterPath()
    {
        var error = DomainErrors.General.Empty("name").Under("teachers[3]");

        Assert.Equal("teachers[3].name", error.Identifier);
        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
    }

    [Fact]
    public void At_ReplacesTheIdentifierAndLeavesTheOriginal()
    {
        var original = DomainErrors.General.Missing("x");

        Assert.Equal("term.end", original.At("term.end").Identifier);
        Assert.Equal("x", original.Identifier);
    }

    [Fact]
    public void AsWarning_KeepsCodeAndMessage_WithWarningSeverity()
    {
        var warning = DomainErrors.General.Missing("x").AsWarning();

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Equal("MD0007", warning.ErrorCode);
        Assert.Contains("(warning)", warning.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ExplicitRussianCulture_WritesTheRussianMessage()
    {
        using (MessageCulture.Use(Russian))
        {
            var error = DomainErrors.General.Empty("name");

            Assert.Equal("Поле «name» не должно быть пустым.", error.ErrorMessage);
        }

        using (MessageCulture.Use(English))
        {
            Assert.Equal("'name' must not be empty.", DomainErrors.General.Empty("name").ErrorMessage);
        }
    }

    [Fact]
    public void Create_CurrentUICulture_ChoosesTheLanguage()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Russian;
            var russian = DomainErrors.General.Missing("term").ErrorMessage;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var english = DomainErrors.General.Missing("term").ErrorMessage;

            Assert.Equal("Поле «term» обязательно.", russian);
            Assert.Equal("'term' is required.", english);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Use_ExplicitCulture_OverridesCurrentUICultureUntilDisposed()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            using (MessageCulture.Use(Russian))
            {
                Assert.True(MessageCulture.IsRussian);
            }

            Assert.False(MessageCulture.IsRussian);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Create_EmptyCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => DomainErrors.Create(" ", "m", "м"));
    }

    [Fact]
    public void UnknownCode_ListsTheAllowedCodes()
    {
        using (MessageCulture.Use(English))
        {
            Assert.Contains("a, b", DomainErrors.General.UnknownCode("form", "x", ["a", "b"]).ErrorMessage, StringComparison.Ordinal);
        }

        using (MessageCulture.Use(Russian))
        {
            Assert.Contains("a, b", DomainErrors.General.UnknownCode("form", "x", ["a", "b"]).ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DocumentLocation_RoundTripsThroughTheIdentifier()
    {
        var error = DocumentLocation.Locate(DomainErrors.General.Missing("$.pairs[2].mentors[0]"), "my cases.json", 12, 7);

        Assert.Equal("my cases.json(12,7): $.pairs[2].mentors[0]", error.Identifier);
        var location = error.Location();
        Assert.NotNull(location);
        Assert.Equal(("my cases.json", 12, 7, "$.pairs[2].mentors[0]", (string?)null), (location.File, location.Line, location.Column, location.Path, location.Sheet));
    }

    [Fact]
    public void DocumentLocation_WorkbookCell_KeepsTheSheet()
    {
        var error = DocumentLocation.Locate(DomainErrors.General.Missing("ФИО"), "mentors.xlsx", 5, 3, "Лист1");

        Assert.Equal("mentors.xlsx[Лист1](5,3): ФИО", error.Identifier);
        Assert.Equal("Лист1", error.Location()?.Sheet);
    }

    [Fact]
    public void Location_OfAFieldPath_IsNull()
    {
        Assert.Null(DomainErrors.General.Missing("programs[2].term.end").Location());
    }

    [Fact]
    public void GeneralCatalogue_CodesAreDistinct()
    {
        var day = new DateOnly(2024, 1, 1);
        ValidationError[] all =
        [
            DomainErrors.General.Empty("f"), DomainErrors.General.TooLong("f", 1), DomainErrors.General.InvalidIdentifier("f", "v"),
            DomainErrors.General.EndBeforeStart("f", day, day), DomainErrors.General.DuplicateId("f", "i"),
            DomainErrors.General.OutOfRange("f", 1, 0, 0), DomainErrors.General.Missing("f"), DomainErrors.General.UnknownCode("f", "v", []),
        ];

        Assert.Equal(all.Length, all.Select(e => e.ErrorCode).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, e => Assert.Matches("^MD00[0-9]{2}$", e.ErrorCode));
    }
}
