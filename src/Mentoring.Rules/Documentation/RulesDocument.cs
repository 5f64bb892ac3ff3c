using System.Globalization;
using System.Text;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Documentation;

/// <summary>A rule's test class as the coverage table shows it.</summary>
/// <param name="Name">The class's full name.</param>
/// <param name="Tests">The number of test methods.</param>
internal sealed record TestClassInfo(string Name, int Tests);

/// <summary>
/// Generates <c>docs/rules.md</c> from the rules' metadata: every policy with its titles, clause and quote,
/// severity, parameters and defaults, the bundled editions that switch it on and its date in force; then the
/// coverage table (catalogue row → rule class → test class).
/// </summary>
internal static class RulesDocument
{
    /// <summary>The least number of tests a rule's test class must have.</summary>
    public const int MinimumTests = 3;

    /// <summary>Generates the document.</summary>
    /// <param name="policies">The policies.</param>
    /// <param name="editions">The editions whose switches are shown.</param>
    /// <param name="catalogueIds">The rule catalogue's identifiers, in catalogue order.</param>
    /// <param name="testsOf">The test class of a rule class, or null when it has none.</param>
    /// <param name="pending">Catalogue rows not implemented yet, with why (<c>docs/rule-catalogue-pending.txt</c>).</param>
    /// <param name="proposed">Rules beyond the catalogue, each with the catalogue row it proposes (<c>docs/rule-catalogue-proposed.txt</c>).</param>
    /// <returns>The Markdown text, with '\n' line ends.</returns>
    public static string Generate(PolicyCatalog policies, EditionCatalog editions, IReadOnlyList<string> catalogueIds, Func<Type, TestClassInfo?> testsOf, IReadOnlyDictionary<string, string>? pending = null, IReadOnlyDictionary<string, string>? proposed = null)
    {
        var text = new StringBuilder();
        Line(text, "# Rules");
        Line(text);
        Line(text, "<!-- Generated from the rules' metadata by Mentoring.Rules.Documentation.RulesDocument. Do not edit by hand: -->");
        Line(text, "<!-- refresh with `MENTORING_UPDATE_DOCS=1 dotnet test --filter FullyQualifiedName~RulesDocumentTests`. -->");
        Line(text);
        Line(text, "Every policy rule of the package, by identifier (the identifiers are the rule catalogue's and never change).");
        Line(text, "\"Editions\" lists the bundled editions that have the rule on; `(from <date>, <overlay>)` marks an edition whose");
        Line(text, "overlay switches it on from that date (overlays themselves are not listed). How editions switch rules and set");
        Line(text, "parameters: [editions.md](editions.md).");
        Line(text);
        Line(text, "| ID | Rule | Severity | Default | Editions | In force from |");
        Line(text, "|---|---|---|---|---|---|");
        foreach (var policy in policies.Policies)
        {
            Line(text, $"| [`{policy.Id}`](#{Anchor(policy.Id)}) | {Cell(policy.TitleEn)} | {policy.Severity} | {(policy.EnabledByDefault ? "on" : "off")} | {Cell(EditionsText(policy, editions))} | {Date(policy.EffectiveFrom)} |");
        }

        foreach (var group in policies.Policies.GroupBy(p => p.Group, StringComparer.Ordinal))
        {
            Line(text);
            Line(text, $"## {group.Key}");
            foreach (var policy in group)
            {
                Line(text);
                Line(text, $"### {policy.Id}");
                Line(text);
                Line(text, $"**{policy.TitleRu}** — {policy.TitleEn}");
                Line(text);
                Line(text, $"* Source: {policy.Source} — «{policy.QuoteRu}»");
                Line(text, $"* Severity: {policy.Severity}; {(policy.EnabledByDefault ? "on by default" : "off unless an edition turns it on")}; in force from: {Date(policy.EffectiveFrom)}");
                Line(text, $"* Judged on: {policy.JudgedOn ?? "not stated"}");
                Line(text, policy.Basis == RuleBasis.Stated
                    ? "* Basis: a duty the clause states"
                    : $"* Basis: {policy.Basis.ToString().ToLowerInvariant()} (readings.md, principle 5: at most a warning) — {policy.BasisNote}");
                Line(text, $"* Rule class: `{policy.RuleType.FullName}`");
                Line(text, $"* Editions: {EditionsText(policy, editions)}");
                if (policy.Parameters.Count == 0)
                {
                    Line(text, "* Parameters: none");
                    continue;
                }

                Line(text);
                Line(text, "| Parameter | Kind | Default | Allowed | Meaning |");
                Line(text, "|---|---|---|---|---|");
                foreach (var parameter in policy.Parameters)
                {
                    Line(text, $"| `{parameter.Name}` | {parameter.Kind} | `{Display(parameter.Default)}` | {Cell(Allowed(parameter))} | {Cell(parameter.Description)} |");
                }
            }
        }

        Line(text);
        Line(text, "## Coverage");
        Line(text);
        Line(text, $"Every row of the rule catalogue (`docs/rule-catalogue-ids.txt`), its rule class and its test class (`<RuleClass>Tests` under `Mentoring.Rules.Tests.Policies`, at least {MinimumTests} tests); then the rules beyond the catalogue, each with the row it proposes for it (`docs/rule-catalogue-proposed.txt`).");
        Line(text);
        Line(text, "| Catalogue ID | Rule class | Test class | Status |");
        Line(text, "|---|---|---|---|");
        foreach (var row in Coverage(policies, catalogueIds, testsOf, pending, proposed))
        {
            Line(text, $"| `{row.Id}` | {(row.RuleClass is null ? "—" : $"`{row.RuleClass}`")} | {(row.TestClass is null ? "—" : $"`{row.TestClass}`")} | {row.Status} |");
        }

        return text.ToString();
    }

    /// <summary>One coverage row: a catalogue identifier (or a rule beyond the catalogue), its classes, and what is missing.</summary>
    /// <param name="Id">The rule identifier.</param>
    /// <param name="RuleClass">The rule class's name, or null.</param>
    /// <param name="TestClass">The test class's name, or null.</param>
    /// <param name="Problem">What is missing, or null when covered.</param>
    /// <param name="Note">Why the row needs no rule (a computed figure), or null.</param>
    internal sealed record CoverageRow(string Id, string? RuleClass, string? TestClass, string? Problem, string? Note = null)
    {
        /// <summary>The status cell.</summary>
        public string Status => Problem is not null ? $"✗ {Problem}" : Note ?? "✓";
    }

    /// <summary>The catalogue's indicators are figures that monitoring computes, not rules with outcomes.</summary>
    private const string IndicatorPrefix = "indicator.";

    /// <summary>The coverage rows: every catalogue identifier, then the rules beyond the catalogue.</summary>
    /// <param name="policies">The policies.</param>
    /// <param name="catalogueIds">The catalogue's identifiers.</param>
    /// <param name="testsOf">The test class of a rule class.</param>
    /// <param name="pending">Catalogue rows not implemented yet, with why: shown as such, and a problem once they have a rule.</param>
    /// <param name="proposed">
    /// Rules beyond the catalogue with the row each proposes: shown as such; when given, a rule beyond the catalogue
    /// that it does not list, or a listed identifier that has become a catalogue row, is a problem.
    /// </param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<CoverageRow> Coverage(PolicyCatalog policies, IReadOnlyList<string> catalogueIds, Func<Type, TestClassInfo?> testsOf, IReadOnlyDictionary<string, string>? pending = null, IReadOnlyDictionary<string, string>? proposed = null)
    {
        var rows = new List<CoverageRow>();
        foreach (var id in catalogueIds.Concat(policies.Ids.Where(i => !catalogueIds.Contains(i, StringComparer.Ordinal))))
        {
            var why = pending?.GetValueOrDefault(id);
            if (policies.Find(id) is not { } policy)
            {
                rows.Add(id.StartsWith(IndicatorPrefix, StringComparison.Ordinal)
                    ? new CoverageRow(id, null, null, null, "a computed figure of monitoring, not a rule")
                    : why is not null
                        ? new CoverageRow(id, null, null, null, $"⧗ not checked yet: {why}")
                        : new CoverageRow(id, null, null, "no rule class"));
                continue;
            }

            if (why is not null)
            {
                rows.Add(new CoverageRow(id, policy.RuleType.Name, null, "has a rule: take it off docs/rule-catalogue-pending.txt"));
                continue;
            }

            var tests = testsOf(policy.RuleType);
            var inCatalogue = catalogueIds.Contains(id, StringComparer.Ordinal);
            var proposal = proposed?.GetValueOrDefault(id);
            var problem = tests is null ? $"no test class {policy.RuleType.Name}Tests"
                : tests.Tests < MinimumTests ? string.Create(CultureInfo.InvariantCulture, $"only {tests.Tests} test(s)")
                : proposed is null ? null
                : inCatalogue && proposal is not null ? "a catalogue row now: take it off docs/rule-catalogue-proposed.txt"
                : !inCatalogue && proposal is null ? "not a catalogue row: propose its row in docs/rule-catalogue-proposed.txt"
                : null;
            var note = !inCatalogue && proposal is not null ? $"✓ beyond the catalogue; proposed row: {proposal}" : null;
            rows.Add(new CoverageRow(id, policy.RuleType.Name, tests?.Name.Split('.')[^1], problem, note));
        }

        return rows;
    }

    /// <summary>
    /// The editions (other than overlays) that have the rule on, ignoring dates, with the overlays that switch it on
    /// from their date.
    /// </summary>
    private static string EditionsText(PolicyDescriptor policy, EditionCatalog editions)
    {
        var on = new List<string>();
        var overlays = editions.Editions.SelectMany(e => e.Overlays).ToHashSet(StringComparer.Ordinal);
        foreach (var edition in editions.Editions.Where(e => !overlays.Contains(e.Id)))
        {
            var chain = Chain(editions, edition);
            var enabled = policy.EnabledByDefault;
            foreach (var e in chain)
            {
                if (e.Rules.TryGetValue(policy.Id, out var setting) && setting.Enabled is { } flag)
                {
                    enabled = flag;
                }
            }

            if (enabled)
            {
                on.Add(edition.Id);
                continue;
            }

            var overlay = chain.SelectMany(e => e.Overlays).Distinct(StringComparer.Ordinal)
                .Select(editions.Find)
                .FirstOrDefault(o => o is not null && !chain.Contains(o) && o.Rules.TryGetValue(policy.Id, out var s) && s.Enabled == true);
            if (overlay is not null)
            {
                on.Add(overlay.EffectiveFrom is { } from ? $"{edition.Id} (from {Date(from)}, {overlay.Id})" : $"{edition.Id} ({overlay.Id})");
            }
        }

        return on.Count == 0 ? "none" : string.Join(", ", on);
    }

    private static List<Edition> Chain(EditionCatalog editions, Edition edition)
    {
        var chain = new List<Edition>();
        for (var e = edition; e is not null && !chain.Contains(e); e = e.Inherits is null ? null : editions.Find(e.Inherits))
        {
            chain.Insert(0, e);
        }

        return chain;
    }

    private static string Allowed(ParameterDefinition parameter)
    {
        var parts = new List<string>();
        if (parameter.Choices.Count > 0)
        {
            parts.Add(string.Join(" / ", parameter.Choices.Select(c => $"`{c}`")));
        }

        if (!double.IsNegativeInfinity(parameter.Min))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {parameter.Min}"));
        }

        if (!double.IsPositiveInfinity(parameter.Max))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {parameter.Max}"));
        }

        if (parameter.Nullable)
        {
            parts.Add("`null` (no bound)");
        }

        return parts.Count == 0 ? "any" : string.Join("; ", parts);
    }

    private static string Display(object? value) => value switch
    {
        null => "null",
        IReadOnlyList<string> list => "[" + string.Join(", ", list.Select(v => $"\"{v}\"")) + "]",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        DateOnly d => Date(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string Anchor(string id) => new([.. id.Where(c => char.IsLetterOrDigit(c) || c == '-')]);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
