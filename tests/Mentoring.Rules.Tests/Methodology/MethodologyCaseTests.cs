using System.Globalization;
using System.Text;
using System.Text.Json;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Methodology;

/// <summary>
/// Test cases a methodologist can write without code: each file in <c>Methodology/Cases</c> holds a case file,
/// a bundled edition, a date, and the findings expected. See <c>Methodology/README.md</c>.
/// </summary>
public sealed class MethodologyCaseTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    public static TheoryData<string> Files() => [.. FileNames()];

    private static IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Methodology", "Cases"), "*.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Files_AtLeastOnePerBundledSeedEdition()
    {
        var editions = FileNames().Select(f => Load(f).Edition).ToHashSet(StringComparer.Ordinal);

        foreach (var seedEdition in new[] { "federal-2021", "krasnokutsky-2022", "argun-2021", "smolensk-2022", "voskresensky-2023", "ivanteevka-2021" })
        {
            Assert.Contains(seedEdition, editions);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_MethodologyCase_GivesTheExpectedFindings(string file)
    {
        var test = Load(file);
        var read = test.Case is { } inline
            ? CaseFile.Read(Encoding.UTF8.GetBytes(inline), new CaseFileOptions { FileName = file })
            : CaseFile.Read(Fixtures.InRoot(test.CaseFile!.Split('/')));
        Assert.True(read.IsSuccess, $"{file}: the case does not read: {string.Join("; ", read.ValidationErrors)}");

        var reports = Validator.Validate(read.Value!, test.Edition, test.AsOf);
        Assert.True(reports.IsSuccess, $"{file}: {string.Join("; ", reports.ValidationErrors)}");
        var findings = reports.Value.SelectMany(r => r.Findings).ToArray();

        var problems = new List<string>();
        foreach (var expected in test.Expect)
        {
            var matching = findings.Where(f => f.RuleId == expected.Rule
                && (expected.Subject is null || (f.Subjects.Count > 0 && f.Subjects[0].Id == expected.Subject))).ToArray();
            if (!matching.Any(f => f.Outcome == expected.Outcome))
            {
                var found = matching.Length == 0 ? "no finding" : string.Join(", ", matching.Select(f => $"{f.Outcome} ({f.MessageRu})"));
                problems.Add($"{expected.Rule} about {expected.Subject ?? "the case"}: expected {expected.Outcome}, found {found}");
            }
        }

        if (test.NoOtherViolations)
        {
            var expectedViolations = test.Expect.Where(e => e.Outcome == Outcome.Violated).ToArray();
            problems.AddRange(findings
                .Where(f => f.Outcome == Outcome.Violated
                    && !expectedViolations.Any(e => e.Rule == f.RuleId && (e.Subject is null || e.Subject == f.Subjects[0].Id)))
                .Select(f => $"unexpected violation {f.RuleId} about {f.Subjects[0].Id}: {f.MessageRu}"));
        }

        Assert.True(problems.Count == 0, $"{file} ({test.Title}):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private static MethodologyCase Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Methodology", "Cases", file)));
        var root = document.RootElement;
        return new MethodologyCase(
            root.GetProperty("title").GetString()!,
            root.GetProperty("edition").GetString()!,
            DateOnly.ParseExact(root.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.TryGetProperty("case", out var inline) ? inline.GetRawText() : null,
            root.TryGetProperty("caseFile", out var caseFile) ? caseFile.GetString() : null,
            [.. root.GetProperty("expect").EnumerateArray().Select(e => new Expectation(
                e.GetProperty("rule").GetString()!,
                e.TryGetProperty("subject", out var s) ? s.GetString() : null,
                ParseOutcome(e.GetProperty("outcome").GetString()!)))],
            root.TryGetProperty("noOtherViolations", out var only) && only.GetBoolean());
    }

    private static Outcome ParseOutcome(string text) => text switch
    {
        "satisfied" => Outcome.Satisfied,
        "violated" => Outcome.Violated,
        "not-applicable" => Outcome.NotApplicable,
        "unknown" => Outcome.Unknown,
        _ => throw new InvalidDataException($"Unknown outcome '{text}': use satisfied, violated, not-applicable or unknown."),
    };

    private sealed record Expectation(string Rule, string? Subject, Outcome Outcome);

    /// <summary>A methodology case: the case file inline (<c>case</c>) or by its path from the repository root (<c>caseFile</c>).</summary>
    private sealed record MethodologyCase(string Title, string Edition, DateOnly AsOf, string? Case, string? CaseFile, IReadOnlyList<Expectation> Expect, bool NoOtherViolations);
}
