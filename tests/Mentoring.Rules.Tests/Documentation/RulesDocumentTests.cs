using System.Reflection;
using System.Text.RegularExpressions;
using Mentoring.Rules.Documentation;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;

namespace Mentoring.Rules.Tests.Docs;

public sealed partial class RulesDocumentTests
{
    private const string UpdateVariable = "MENTORING_UPDATE_DOCS";

    private static string RulesMd => Fixtures.InRoot("docs", "rules.md");

    private static string IdsFile => Fixtures.InRoot("docs", "rule-catalogue-ids.txt");

    private static string PendingFile => Fixtures.InRoot("docs", "rule-catalogue-pending.txt");

    private static string ProposedFile => Fixtures.InRoot("docs", "rule-catalogue-proposed.txt");

    /// <summary>Catalogue rows not implemented yet: <c>id — why</c>, one a line.</summary>
    private static Dictionary<string, string> Pending() => Listed(PendingFile, "pending");

    /// <summary>Rules beyond the catalogue: <c>id — the proposed row</c>, one a line.</summary>
    private static Dictionary<string, string> Proposed() => Listed(ProposedFile, "proposed");

    private static Dictionary<string, string> Listed(string file, string fallback) =>
        File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" — ", 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : fallback, StringComparer.Ordinal);

    private static IReadOnlyList<string> CatalogueIds() =>
        [.. File.ReadAllLines(IdsFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>The test class of a rule class: <c>&lt;RuleClass&gt;Tests</c> under <c>Mentoring.Rules.Tests.Policies</c>.</summary>
    private static TestClassInfo? TestsOf(Type ruleType)
    {
        var type = typeof(RulesDocumentTests).Assembly.GetTypes().FirstOrDefault(t =>
            t.Name == ruleType.Name + "Tests" && (t.Namespace ?? string.Empty).StartsWith("Mentoring.Rules.Tests.Policies", StringComparison.Ordinal));
        return type is null
            ? null
            : new TestClassInfo(type.FullName!, type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Count(m => m.GetCustomAttribute<FactAttribute>() is not null));
    }

    [Fact]
    public void Generate_CommittedRulesMd_IsCurrent()
    {
        var generated = RulesDocument.Generate(PolicyCatalog.Bundled, EditionCatalog.Bundled, CatalogueIds(), TestsOf, Pending(), Proposed());
        var committed = File.Exists(RulesMd) ? File.ReadAllText(RulesMd).ReplaceLineEndings("\n") : string.Empty;
        if (committed == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(RulesMd, generated);
            return;
        }

        Assert.Fail($"docs/rules.md is stale: it no longer matches the rules' metadata. Refresh it with{Environment.NewLine}" +
            $"  {UpdateVariable}=1 dotnet test tests/Mentoring.Rules.Tests --filter FullyQualifiedName~RulesDocumentTests{Environment.NewLine}" +
            "and commit the result.");
    }

    [Fact]
    public void Coverage_EveryCatalogueRow_HasARuleClassAndATestClassWithThreeTests()
    {
        var ids = CatalogueIds();
        var rows = RulesDocument.Coverage(PolicyCatalog.Bundled, ids, TestsOf, Pending()).Where(r => ids.Contains(r.Id, StringComparer.Ordinal));

        var gaps = rows.Where(r => r.Problem is not null).Select(r => $"{r.Id}: {r.Problem}").ToArray();

        Assert.True(gaps.Length == 0, $"{gaps.Length} catalogue row(s) are not covered:{Environment.NewLine}{string.Join(Environment.NewLine, gaps)}");
    }

    [Fact]
    public void CatalogueIds_Copy_MatchesTheSharedCatalogue()
    {
        var shared = Path.GetFullPath(Path.Combine(Fixtures.Root, "..", "shared", "domain", "rule-catalogue.md"));
        if (!File.Exists(shared))
        {
            return;
        }

        var ids = File.ReadAllLines(shared).Select(l => CatalogueRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();

        Assert.True(ids.SequenceEqual(CatalogueIds()),
            $"docs/rule-catalogue-ids.txt is not a current copy of {shared}. It should read:{Environment.NewLine}{string.Join(Environment.NewLine, ids)}");
    }

    [Fact]
    public void Policies_EveryBundledRule_NamesTheDateItJudgesOn()
    {
        var silent = PolicyCatalog.Bundled.Policies.Where(p => string.IsNullOrWhiteSpace(p.JudgedOn)).Select(p => p.Id).ToArray();

        Assert.True(silent.Length == 0, $"rules without [JudgedOn] (readings.md, principle 1): {string.Join(", ", silent)}");
    }

    [Fact]
    public void Policies_DefinitionTemplateOrInference_AtMostAWarning()
    {
        var strict = PolicyCatalog.Bundled.Policies.Where(p => p.Basis != RuleBasis.Stated && p.Severity > Severity.Warning).Select(p => p.Id).ToArray();

        Assert.True(strict.Length == 0, $"rules resting on a definition, template or inference with severity error (readings.md, principle 5): {string.Join(", ", strict)}");
    }

    [Fact]
    public void Policies_EveryParameter_IsDescribedInRussian()
    {
        var english = PolicyCatalog.Bundled.Policies.SelectMany(p => p.Parameters.Select(d => (p.Id, d)))
            .Where(x => !x.d.DescriptionRu.Any(c => c is >= 'А' and <= 'я')).Select(x => $"{x.Id}.{x.d.Name}").ToArray();

        Assert.True(english.Length == 0, $"parameters without a Russian description (explain in Russian shows it): {string.Join(", ", english)}");
    }

    [Fact]
    public void Pending_EveryRow_IsACatalogueRowWithoutARule()
    {
        var ids = CatalogueIds();
        var pending = Pending();

        Assert.All(pending.Keys, id => Assert.Contains(id, ids));
        Assert.All(pending.Keys, id => Assert.Null(PolicyCatalog.Bundled.Find(id)));
    }

    [Fact]
    public void Coverage_EveryRuleBeyondTheCatalogue_IsProposedAndTested()
    {
        var ids = CatalogueIds();
        var beyond = RulesDocument.Coverage(PolicyCatalog.Bundled, ids, TestsOf, Pending(), Proposed()).Where(r => !ids.Contains(r.Id, StringComparer.Ordinal)).ToArray();

        var gaps = beyond.Where(r => r.Problem is not null).Select(r => $"{r.Id}: {r.Problem}").ToArray();

        Assert.True(gaps.Length == 0, $"{gaps.Length} rule(s) beyond the catalogue:{Environment.NewLine}{string.Join(Environment.NewLine, gaps)}");
        Assert.All(Proposed().Keys, id => Assert.NotNull(PolicyCatalog.Bundled.Find(id)));
    }

    [Fact]
    public void Coverage_RuleBeyondTheCatalogue_IsReportedUntilProposedAndWhenItJoinsTheCatalogue()
    {
        var unlisted = RulesDocument.Coverage(PolicyCatalog.Bundled, ["program.duration"], TestsOf, proposed: new Dictionary<string, string>());
        var listed = RulesDocument.Coverage(PolicyCatalog.Bundled, ["program.duration"], TestsOf, proposed: new Dictionary<string, string> { ["pair.order-states-term"] = "a row" });
        var joined = RulesDocument.Coverage(PolicyCatalog.Bundled, ["pair.order-states-term"], TestsOf, proposed: new Dictionary<string, string> { ["pair.order-states-term"] = "a row" });

        Assert.Contains("not a catalogue row", unlisted.Single(r => r.Id == "pair.order-states-term").Problem, StringComparison.Ordinal);
        Assert.Null(listed.Single(r => r.Id == "pair.order-states-term").Problem);
        Assert.Contains("proposed row: a row", listed.Single(r => r.Id == "pair.order-states-term").Status, StringComparison.Ordinal);
        Assert.Contains("take it off", joined.Single(r => r.Id == "pair.order-states-term").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_PendingRowThatHasARule_IsReported()
    {
        var rows = RulesDocument.Coverage(PolicyCatalog.Bundled, ["program.duration", "nothing.yet"], TestsOf, new Dictionary<string, string> { ["program.duration"] = "x", ["nothing.yet"] = "later" });

        Assert.Contains("take it off", rows.Single(r => r.Id == "program.duration").Problem, StringComparison.Ordinal);
        Assert.Null(rows.Single(r => r.Id == "nothing.yet").Problem);
        Assert.Contains("not checked yet: later", rows.Single(r => r.Id == "nothing.yet").Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_FixtureRules_ShowsMetadataParametersAndEditions()
    {
        var edition = Fixtures.Ok(new EditionBuilder("school").Titled("Школа", "School").Enable("school.optional").Build(Fixtures.OwnPolicies));
        var editions = Fixtures.Ok(EditionCatalog.Empty(Fixtures.OwnPolicies).With(edition));

        var text = RulesDocument.Generate(Fixtures.OwnPolicies, editions, ["school.teacher-seen", "school.missing"], _ => null);

        Assert.Contains("### school.teacher-seen", text, StringComparison.Ordinal);
        Assert.Contains("**Педагог учтён** — A teacher is accounted for", text, StringComparison.Ordinal);
        Assert.Contains("школа п. 1 — «Каждый педагог учтён»", text, StringComparison.Ordinal);
        Assert.Contains("| `label` | Choice | `\"plain\"` | `plain` / `fancy` |", text, StringComparison.Ordinal);
        Assert.Contains("| `limit` | WholeNumber | `5` | ≥ 1; ≤ 10 |", text, StringComparison.Ordinal);
        Assert.Contains("| [`school.optional`](#schooloptional) | An optional rule | Warning | off | school | — |", text, StringComparison.Ordinal);
        Assert.Contains("| `school.missing` | — | — | ✗ no rule class |", text, StringComparison.Ordinal);
        Assert.Contains("| `school.teacher-seen` | `TeacherSeenRule` | — | ✗ no test class TeacherSeenRuleTests |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_OverlayFromADate_IsShownWithTheDate()
    {
        var overlay = Fixtures.Ok(new EditionBuilder("law").Titled("Закон", "Law").Effective(new DateOnly(2025, 3, 1)).Enable("school.optional").Build(Fixtures.OwnPolicies));
        var school = Fixtures.Ok(new EditionBuilder("school").Titled("Школа", "School").Overlay("law").Build(Fixtures.OwnPolicies));
        var editions = Fixtures.Ok(EditionCatalog.Empty(Fixtures.OwnPolicies).With(overlay, school));

        var text = RulesDocument.Generate(Fixtures.OwnPolicies, editions, [], _ => null);

        Assert.Contains("* Editions: school (from 2025-03-01, law)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_TooFewTests_IsReported()
    {
        var rows = RulesDocument.Coverage(Fixtures.OwnPolicies, ["school.teacher-seen"], _ => new TestClassInfo("X.TeacherSeenRuleTests", 2));

        Assert.Equal("only 2 test(s)", rows.Single(r => r.Id == "school.teacher-seen").Problem);
    }

    [GeneratedRegex(@"^\| `([a-z0-9.-]+)` \|")]
    private static partial Regex CatalogueRow();
}
