using System.Text.Json;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>Each switch and parameter of an edition file cites its clause (<c>because</c>), read with located errors.</summary>
public sealed class EditionBecauseTests
{
    private static string[] BundledFiles() =>
        [.. Directory.GetFiles(Fixtures.InRoot("src", "Mentoring.Rules", "Editions", "Bundled"), "*.json").Order(StringComparer.Ordinal)];

    [Fact]
    public void BundledEditions_EverySwitchAndParameter_CarriesItsClauseInBothLanguages()
    {
        foreach (var edition in EditionCatalog.Bundled.Editions)
        {
            Assert.All(edition.Rules, rule =>
            {
                Assert.True(rule.Value.Because is not null, $"{edition.Id}: {rule.Key} has no because");
                Assert.False(string.IsNullOrWhiteSpace(rule.Value.Because!.Ru), $"{edition.Id}: {rule.Key}");
                Assert.False(string.IsNullOrWhiteSpace(rule.Value.Because.En), $"{edition.Id}: {rule.Key}");
            });
        }
    }

    [Fact]
    public void BundledFiles_EveryRuleEntry_HasABecauseField()
    {
        foreach (var file in BundledFiles())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            foreach (var rule in document.RootElement.GetProperty("rules").EnumerateObject())
            {
                Assert.True(rule.Value.TryGetProperty("because", out _), $"{Path.GetFileName(file)}: {rule.Name}");
            }
        }
    }

    [Fact]
    public void BundledBecause_RussianCitesTheDocumentNotTheSeedFile()
    {
        foreach (var edition in EditionCatalog.Bundled.Editions)
        {
            Assert.All(edition.Rules.Values, setting =>
            {
                Assert.DoesNotMatch(@"\b00[0-4]\b", setting.Because!.Ru);
                Assert.DoesNotContain("§", setting.Because.Ru, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Parse_Because_ReadIntoTheSettingAndResolvedWithItsEdition()
    {
        const string json = """
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "rules": {
                "school.optional": { "enabled": true, "because": { "ru": "Положение школы, п. 2: «…»", "en": "School regulation, item 2" } }
              }
            }
            """;

        var edition = Fixtures.Ok(Fixtures.Parse(json));
        var catalog = Fixtures.Ok(EditionCatalog.Empty(Fixtures.OwnPolicies).With(edition));
        var resolved = Fixtures.Ok(catalog.Resolve("school-7", new DateOnly(2024, 9, 1)));

        Assert.Equal("Положение школы, п. 2: «…»", edition.Rules["school.optional"].Because!.Ru);
        Assert.Equal("School regulation, item 2", resolved.Because("school.optional")!.En);
        Assert.Equal("school-7", resolved.BecauseSource("school.optional"));
        Assert.Null(resolved.Because("school.teacher-seen"));
    }

    [Fact]
    public void Parse_BecauseAsPlainText_ReportsFileLineAndColumn()
    {
        const string json = """
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "rules": {
                "school.optional": { "enabled": true, "because": "п. 2" }
              }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("MR0204", error.ErrorCode);
        Assert.Equal("fixture.json(5,54): rules.school.optional.because", error.Identifier);
    }

    [Fact]
    public void Parse_BecauseWithoutEnglishAndWithAnUnknownField_ReportsEachAtItsPlace()
    {
        const string json = """
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "rules": {
                "school.optional": {
                  "enabled": true,
                  "because": { "ru": "п. 2", "de": "x" }
                }
              }
            }
            """;

        var errors = Fixtures.Parse(json).ValidationErrors;

        Assert.True(errors.Count() == 2, string.Join(Environment.NewLine, errors.Select(e => $"{e.ErrorCode} {e.Identifier} {e.ErrorMessage}")));
        Assert.Contains(errors, e => e.ErrorCode == "MR0204" && e.Identifier == "fixture.json(7,34): rules.school.optional.because.de");
        Assert.Contains(errors, e => e.ErrorCode == "MR0204" && e.Identifier == "fixture.json(7,18): rules.school.optional.because" && e.ErrorMessage.Contains("because.en", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BecauseWithEmptyRussian_ReportsItsPlace()
    {
        const string json = """
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "rules": { "school.optional": { "because": { "ru": "", "en": "item 2" } } }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("fixture.json(4,54): rules.school.optional.because.ru", error.Identifier);
    }

    [Fact]
    public void Parse_AppliesFrom_ReadsBothValuesAndLocatesABadOne()
    {
        static string File(string value) => $$"""
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "appliesFrom": {{value}}
            }
            """;

        Assert.Equal(EditionStart.RegulationOrder, Fixtures.Ok(Fixtures.Parse(File("\"regulation-order\""))).AppliesFrom);
        Assert.Equal(EditionStart.Effective, Fixtures.Ok(Fixtures.Parse(File("\"effective\""))).AppliesFrom);
        var error = Assert.Single(Fixtures.Parse(File("\"order\"")).ValidationErrors);
        Assert.Equal("fixture.json(4,18): appliesFrom", error.Identifier);
    }

    [Fact]
    public void Builder_Because_RecordedForTheRule()
    {
        var edition = Fixtures.Ok(new EditionBuilder("school-7").Titled("Школа № 7", "School 7")
            .AppliesFrom(EditionStart.RegulationOrder)
            .Enable("school.optional").Because("school.optional", "Положение школы, п. 2", "School regulation, item 2")
            .Build(Fixtures.OwnPolicies));

        Assert.Equal("Положение школы, п. 2", edition.Rules["school.optional"].Because!.Ru);
        Assert.True(edition.Rules["school.optional"].Enabled);
        Assert.Equal(EditionStart.RegulationOrder, edition.AppliesFrom);
    }

    [Fact]
    public void Builder_BecauseForAnUnknownRule_IsMR0101()
    {
        var result = new EditionBuilder("school-7").Titled("Школа № 7", "School 7")
            .Because("school.no-such-rule", "п. 1", "item 1")
            .Build(PolicyCatalog.Bundled);

        Assert.Equal("MR0101", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Parse_UnknownRoadmap_ReportsItsPlaceAndTheKnownOnes()
    {
        const string json = """
            {
              "id": "school-7",
              "title": { "ru": "Школа № 7", "en": "School 7" },
              "roadmaps": ["argun-2021-2024", "argun-2030"]
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("MR0204", error.ErrorCode);
        Assert.Equal("fixture.json(4,35): roadmaps[1]", error.Identifier);
        Assert.Contains("smolensk-2022-2024", error.ErrorMessage, StringComparison.Ordinal);
    }
}
