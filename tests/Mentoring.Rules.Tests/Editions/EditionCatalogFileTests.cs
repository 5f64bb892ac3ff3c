using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

public sealed class EditionCatalogFileTests
{
    private static string EditionJson(string id, string? inherits = null, string overlays = "[]") => $$"""
        {
          "id": "{{id}}",
          "title": { "ru": "Редакция {{id}}", "en": "Edition {{id}}" },
          "inherits": {{(inherits is null ? "null" : $"\"{inherits}\"")}},
          "overlays": {{overlays}}
        }
        """;

    [Fact]
    public void WithFiles_ParentAndChild_LoadsBothAndResolvesTheChain()
    {
        using var files = new TempFiles();
        var parent = files.Write("base.json", EditionJson("base"));
        var child = files.Write("child.json", EditionJson("child", "base"));

        var catalog = Fixtures.Ok(EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(parent, child));

        var resolved = Fixtures.Ok(catalog.Resolve("child", new DateOnly(2024, 1, 1)));
        Assert.Equal(["base", "child"], resolved.Chain);
    }

    [Fact]
    public void WithFiles_UnknownParent_NamesTheFileAndLineOfInherits()
    {
        using var files = new TempFiles();
        var child = files.Write("child.json", EditionJson("child", "nowhere"));

        var error = Assert.Single(EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(child).ValidationErrors);

        Assert.Equal("MR0202", error.ErrorCode);
        Assert.Equal($"{child}(4,15): inherits", error.Identifier);
        Assert.Contains("'nowhere'", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFiles_UnknownOverlay_NamesTheFileAndLineOfTheOverlay()
    {
        using var files = new TempFiles();
        var path = files.Write("school.json", EditionJson("school", overlays: """["tk-none"]"""));

        var error = Assert.Single(EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(path).ValidationErrors);

        Assert.Equal("MR0202", error.ErrorCode);
        Assert.Equal($"{path}(5,16): overlays[0]", error.Identifier);
    }

    [Fact]
    public void WithFiles_InheritanceCycle_NamesBothEditionsWithTheirFilesAndLines()
    {
        using var files = new TempFiles();
        var a = files.Write("a.json", EditionJson("alpha", "beta"));
        var b = files.Write("b.json", EditionJson("beta", "alpha"));

        var error = Assert.Single(EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(a, b).ValidationErrors);

        Assert.Equal("MR0203", error.ErrorCode);
        Assert.Contains("alpha → beta → alpha", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains($"alpha inherits beta ({a}(4,15): inherits)", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains($"beta inherits alpha ({b}(4,15): inherits)", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal($"{a}(4,15): inherits", error.Identifier);
    }

    [Fact]
    public void WithFiles_ErrorsInSeveralFiles_ReportsEveryFile()
    {
        using var files = new TempFiles();
        var a = files.Write("a.json", "{ \"id\": \"a\" }");
        var b = files.Write("b.json", "{ \"id\": \"b\", \"title\": { \"ru\": \"Б\", \"en\": \"B\" }, \"rules\": { \"x.y\": {} } }");

        var errors = EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(a, b).ValidationErrors;

        Assert.Contains(errors, e => e.Identifier!.StartsWith($"{a}(1,1)", StringComparison.Ordinal) && e.ErrorCode == "MR0204");
        Assert.Contains(errors, e => e.Identifier!.StartsWith($"{b}(1,", StringComparison.Ordinal) && e.ErrorCode == "MR0101");
    }

    [Fact]
    public void WithFiles_SameIdTwice_NamesTheSecondFile()
    {
        using var files = new TempFiles();
        var a = files.Write("a.json", EditionJson("same"));
        var b = files.Write("b.json", EditionJson("same"));

        var error = Assert.Single(EditionCatalog.Empty(Fixtures.OwnPolicies).WithFiles(a, b).ValidationErrors);

        Assert.Equal("MR0205", error.ErrorCode);
        Assert.Equal($"{b}(2,9): id", error.Identifier);
    }
}
