using System.Text.Json;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Tests.EditionFiles;

public sealed class BundledEditionsTests
{
    private static readonly string[] Expected =
        ["argun-2021", "federal-2021", "ivanteevka-2021", "krasnokutsky-2022", "smolensk-2022", "tk-351.8", "voskresensky-2023"];

    private static string[] BundledFiles() =>
        [.. Directory.GetFiles(Fixtures.InRoot("src", "Mentoring.Rules", "Editions", "Bundled"), "*.json").Order(StringComparer.Ordinal)];

    private static string[] CatalogueIds() =>
        [.. File.ReadAllLines(Fixtures.InRoot("docs", "rule-catalogue-ids.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    [Fact]
    public void BundledFiles_EveryRuleId_IsACatalogueId()
    {
        var ids = CatalogueIds();
        foreach (var file in BundledFiles().Append(Fixtures.InRoot("samples", "editions", "my-school.json")))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var rule in document.RootElement.GetProperty("rules").EnumerateObject())
            {
                Assert.True(ids.Contains(rule.Name, StringComparer.Ordinal), $"{Path.GetFileName(file)} names '{rule.Name}', which is not in the rule catalogue.");
            }
        }
    }

    [Fact]
    public void BundledFiles_EachReferencesTheSchema_AndIsNamedAfterItsId()
    {
        var files = BundledFiles();

        Assert.Equal(Expected, files.Select(Path.GetFileNameWithoutExtension));
        foreach (var file in files.Append(Fixtures.InRoot("samples", "editions", "my-school.json")))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var schema = document.RootElement.GetProperty("$schema").GetString()!;
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, schema))), $"{file}: $schema {schema} does not exist.");
        }
    }

    [Fact]
    public void Bundled_LoadsEveryEdition()
    {
        var catalog = EditionCatalog.Bundled;

        Assert.Equal(Expected, catalog.Editions.Select(e => e.Id));
        Assert.Same(PolicyCatalog.Bundled, catalog.Policies);
        Assert.Same(catalog, EditionCatalog.Bundled);
        Assert.All(catalog.Editions.Where(e => e.Id is not ("federal-2021" or "tk-351.8")), e => Assert.Equal("federal-2021", e.Inherits));
    }

    [Fact]
    public void Bundled_TkOverlay_AppliesFromMarchFirst2025()
    {
        var before = Fixtures.Ok(EditionCatalog.Bundled.Resolve("krasnokutsky-2022", new DateOnly(2025, 2, 28)));
        var after = Fixtures.Ok(EditionCatalog.Bundled.Resolve("krasnokutsky-2022", new DateOnly(2025, 3, 1)));

        Assert.Equal(["federal-2021", "krasnokutsky-2022"], before.Chain);
        Assert.Equal(["federal-2021", "krasnokutsky-2022", "tk-351.8"], after.Chain);
        Assert.False(before.IsEnabled("consent.employment-addendum"));
        Assert.True(after.IsEnabled("consent.employment-addendum"));
        Assert.Equal("tk-351.8", after.EnabledSource("completion.early-notice"));
    }

    [Fact]
    public void Bundled_Argun_AddsStudentsAndFreesTheCurator()
    {
        var argun = Fixtures.Ok(EditionCatalog.Bundled.Resolve("argun-2021", new DateOnly(2022, 1, 10)));
        var federal = Fixtures.Ok(EditionCatalog.Bundled.Resolve("federal-2021", new DateOnly(2022, 1, 10)));

        foreach (var id in new[] { "pair.student-age", "consent.minor-representative", "program.stage-order", "monitoring.two-phase" })
        {
            Assert.True(argun.IsEnabled(id), id);
            Assert.False(federal.IsEnabled(id), id);
        }

        Assert.Contains(argun.Parameters("org.curator-from-deputies").All, p => p.Name == "curatorMustBeDeputy" && Equals(p.Value, false) && p.Source == "argun-2021");
        Assert.Contains(federal.Parameters("org.curator-from-deputies").All, p => p.Name == "curatorMustBeDeputy" && Equals(p.Value, true));
    }

    [Fact]
    public void Bundled_Smolensk_TurnsOnReportDeadlinesOnlyThere()
    {
        var asOf = new DateOnly(2023, 7, 1);

        Assert.True(Fixtures.Ok(EditionCatalog.Bundled.Resolve("smolensk-2022", asOf)).IsEnabled("roadmap.reports-submitted"));
        Assert.False(Fixtures.Ok(EditionCatalog.Bundled.Resolve("voskresensky-2023", asOf)).IsEnabled("roadmap.reports-submitted"));
        Assert.False(Fixtures.Ok(EditionCatalog.Bundled.Resolve("krasnokutsky-2022", asOf)).IsEnabled("roadmap.reports-submitted"));
    }

    [Fact]
    public void Bundled_OptionalRules_AreOffEverywhere()
    {
        var optional = new[] { "mentor.min-experience", "mentor.max-mentees", "mentee.eligible-category", "pair.order-after-council", "program.fixed-term" };
        foreach (var edition in EditionCatalog.Bundled.Editions.Where(e => e.Id != "tk-351.8"))
        {
            var resolved = Fixtures.Ok(EditionCatalog.Bundled.Resolve(edition.Id, edition.EffectiveTo ?? new DateOnly(2025, 6, 1)));
            Assert.All(optional, id => Assert.False(resolved.IsEnabled(id), $"{edition.Id}: {id}"));
        }
    }
}
