using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

public sealed class EditionFileTests
{
    private const string Valid = """
        {
          "$schema": "../docs/schema/edition.schema.json",
          "id": "school-7",
          "title": { "ru": "Школа № 7", "en": "School 7" },
          "source": { "issuer": "МБОУ СОШ № 7", "number": "12-од", "date": "2024-08-30" },
          "inherits": "base",
          "effective": { "from": "2024-09-01", "to": "2025-08-31" },
          "overlays": ["federal-overlay"],
          "rules": {
            "school.teacher-seen": { "parameters": { "label": "fancy", "limit": 7, "since": "2024-09-01" } },
            "school.optional": { "enabled": true }
          }
        }
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var edition = Fixtures.Ok(Fixtures.Parse(Valid));

        Assert.Equal("school-7", edition.Id);
        Assert.Equal("Школа № 7", edition.TitleRu);
        Assert.Equal("School 7", edition.TitleEn);
        Assert.Equal("МБОУ СОШ № 7", edition.Source!.Issuer);
        Assert.Equal("12-од", edition.Source.Number);
        Assert.Equal(new DateOnly(2024, 8, 30), edition.Source.Date);
        Assert.Equal("base", edition.Inherits);
        Assert.Equal(new DateOnly(2024, 9, 1), edition.EffectiveFrom);
        Assert.Equal(new DateOnly(2025, 8, 31), edition.EffectiveTo);
        Assert.Equal(["federal-overlay"], edition.Overlays);
        Assert.Equal("fixture.json", edition.Origin);
        var seen = edition.Rules["school.teacher-seen"];
        Assert.Null(seen.Enabled);
        Assert.Equal("fancy", seen.Parameters["label"]);
        Assert.Equal(7, seen.Parameters["limit"]);
        Assert.Equal(new DateOnly(2024, 9, 1), seen.Parameters["since"]);
        Assert.True(edition.Rules["school.optional"].Enabled);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsFileLineAndColumn()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" }
              "rules": {}
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json, "broken.json").ValidationErrors);

        Assert.Equal("MR0201", error.ErrorCode);
        Assert.StartsWith("broken.json(4,3)", error.Identifier, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTopLevelField_NamesFieldAtItsPosition()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "colour": "red"
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("MR0204", error.ErrorCode);
        Assert.Equal("fixture.json(4,3): colour", error.Identifier);
        Assert.Contains("'colour'", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("inherits", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingIdAndTitle_ReportsBothAtTheObject()
    {
        var errors = Fixtures.Parse("""{ "rules": {} }""").ValidationErrors;

        Assert.Contains(errors, e => e.ErrorCode == "MR0204" && e.Identifier == "fixture.json(1,1): (file)" && e.ErrorMessage.Contains("'id'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorCode == "MR0204" && e.Identifier == "fixture.json(1,1): title");
    }

    [Fact]
    public void Parse_BadDates_ReportsEachWithItsPosition()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "source": { "issuer": "Школа", "date": "30.08.2024" },
              "effective": { "from": "2024-13-01", "to": "2024-09-01" }
            }
            """;

        var errors = Fixtures.Parse(json).ValidationErrors;

        Assert.Equal(2, errors.Count());
        Assert.Contains(errors, e => e.Identifier == "fixture.json(4,42): source.date" && e.ErrorMessage.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Identifier == "fixture.json(5,26): effective.from");
    }

    [Fact]
    public void Parse_EffectiveEndsBeforeItStarts_ReportsTheEnd()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "effective": { "from": "2024-09-01", "to": "2024-08-31" }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("fixture.json(4,46): effective.to", error.Identifier);
    }

    [Fact]
    public void Parse_UnknownRule_ListsKnownRulesAtTheRuleName()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "rules": {
                "school.teacher-seen": {},
                "school.no-such-rule": { "enabled": true }
              }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("MR0101", error.ErrorCode);
        Assert.Equal("fixture.json(6,5): rules.school.no-such-rule", error.Identifier);
        Assert.Contains("school.optional, school.teacher-seen", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownParameter_NamesRuleParameterAndPosition()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "rules": {
                "school.teacher-seen": { "parameters": { "colour": 1 } }
              }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("MR0102", error.ErrorCode);
        Assert.Equal("fixture.json(5,46): rules.school.teacher-seen.parameters.colour", error.Identifier);
        Assert.Contains("label, limit, since", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadValues_ReportsKindRangeAndChoiceAtTheirValues()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Т", "en": "T" },
              "rules": {
                "school.teacher-seen": {
                  "enabled": "yes",
                  "parameters": {
                    "label": "gaudy",
                    "limit": 11,
                    "since": 2024
                  }
                }
              }
            }
            """;

        var errors = Fixtures.Parse(json).ValidationErrors;

        Assert.True(errors.Count() == 4, Mentoring.Domain.ErrorExtensions.Describe(errors));
        Assert.Contains(errors, e => e.ErrorCode == "MR0204" && e.Identifier == "fixture.json(6,18): rules.school.teacher-seen.enabled");
        Assert.Contains(errors, e => e.ErrorCode == "MR0103" && e.Identifier == "fixture.json(8,18): rules.school.teacher-seen.parameters.label" && e.ErrorMessage.Contains("one of plain, fancy", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorCode == "MR0103" && e.Identifier == "fixture.json(9,18): rules.school.teacher-seen.parameters.limit" && e.ErrorMessage.Contains("from 1 to 10", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorCode == "MR0103" && e.Identifier == "fixture.json(10,18): rules.school.teacher-seen.parameters.since");
    }

    [Fact]
    public void Parse_CyrillicBeforeTheError_ColumnCountsCharactersNotBytes()
    {
        const string json = """
            {
              "id": "x",
              "title": { "ru": "Школа", "en": "T", "uk": "Школа" }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("fixture.json(3,40): title.uk", error.Identifier);
    }

    [Fact]
    public void Parse_DuplicateField_IsReported()
    {
        const string json = """
            {
              "id": "x",
              "id": "y",
              "title": { "ru": "Т", "en": "T" }
            }
            """;

        var error = Assert.Single(Fixtures.Parse(json).ValidationErrors);

        Assert.Equal("fixture.json(3,3): id", error.Identifier);
    }

    [Fact]
    public void Parse_RootIsNotAnObject_ReportsTheFile()
    {
        var error = Assert.Single(Fixtures.Parse("[1, 2]").ValidationErrors);

        Assert.Equal("MR0204", error.ErrorCode);
        Assert.StartsWith("fixture.json(1,1)", error.Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        const string json = """
            {
              // a school's own edition
              "id": "x",
              "title": { "ru": "Т", "en": "T", },
            }
            """;

        Assert.True(Fixtures.Parse(json).IsSuccess);
    }

    [Fact]
    public void Read_FileOnDisk_ErrorsNameThePath()
    {
        using var files = new TempFiles();
        var path = files.Write("school.json", """
            {
              "id": "Bad Id",
              "title": { "ru": "Т", "en": "T" }
            }
            """);

        var error = Assert.Single(EditionFile.Read(path, Fixtures.OwnPolicies).ValidationErrors);

        Assert.Equal($"{path}(2,9): id", error.Identifier);
    }

    [Fact]
    public void Read_MissingFile_ReportsUnreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.json");

        var error = Assert.Single(EditionFile.Read(path, Fixtures.OwnPolicies).ValidationErrors);

        Assert.Equal("MR0201", error.ErrorCode);
        Assert.Equal(path, error.Identifier);
    }

    [Fact]
    public void Read_Stream_UsesTheOriginAndSkipsTheByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  \"title\": {\"ru\": \"Т\", \"en\": \"T\"},\n  \"extra\": 1\n}")).ToArray();
        using var stream = new MemoryStream(bytes);

        var error = Assert.Single(EditionFile.Read(stream, "upload.json", Fixtures.OwnPolicies).ValidationErrors);

        Assert.Equal("upload.json(4,3): extra", error.Identifier);
    }
}
