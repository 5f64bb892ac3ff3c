using System.Reflection;
using System.Text.RegularExpressions;
using Mentoring.Domain.Cases;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Concepts;

/// <summary>docs/concepts.md promises that every glossary term can be found in code by its English name.</summary>
public sealed partial class ConceptsDocumentTests
{
    private static readonly Assembly[] Packages = [typeof(MentoringCase).Assembly, typeof(MentoringValidator).Assembly];

    [Fact]
    public void ConceptsDocument_EveryCodeName_IsAPublicTypeOrEnumMember()
    {
        var names = CodeNames(File.ReadAllText(RepositoryFile("docs", "concepts.md")));

        Assert.True(names.Count > 50, $"Expected the concepts tables to name many terms, found {names.Count}.");
        var missing = names.Where(n => !Resolves(n)).ToArray();
        Assert.True(missing.Length == 0, $"docs/concepts.md names what the code does not have: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ConceptsDocument_EveryGlossaryCodeName_IsMentioned()
    {
        var glossary = Path.Combine(RepositoryRoot(), "..", "shared", "domain", "glossary.md");
        if (!File.Exists(glossary))
        {
            return; // Outside the development workspace the shared glossary is not beside the repository.
        }

        var concepts = File.ReadAllText(RepositoryFile("docs", "concepts.md"));
        var codeNames = GlossaryCodeNames(File.ReadAllText(glossary));

        Assert.NotEmpty(codeNames);
        var missing = codeNames.Where(n => !concepts.Contains(n, StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"docs/concepts.md does not mention the glossary's code names: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CodeNames_TableRows_TakesTheFirstColumnOnly()
    {
        var names = CodeNames("| code | Russian |\n|---|---|\n| `Teacher` | учитель `NotThis` |\n| `Role.Mentor` | наставник |\ntext `Nor` this");

        Assert.Equal(["Teacher", "Role.Mentor"], names);
    }

    internal static List<string> CodeNames(string markdown) =>
        [.. FirstColumn().Matches(markdown).Select(m => m.Groups["name"].Value)];

    private static IEnumerable<string> GlossaryCodeNames(string glossary) =>
        GlossaryRow().Matches(glossary)
            .SelectMany(m => m.Groups["names"].Value.Split('/', StringSplitOptions.TrimEntries))
            .Select(n => n.Replace("(kinds)", string.Empty, StringComparison.Ordinal).Trim())
            .Where(n => n.Length > 0 && char.IsUpper(n[0]) && n.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal);

    private static bool Resolves(string name)
    {
        var parts = name.Split('.');
        var types = Packages.SelectMany(a => a.GetExportedTypes()).Where(t => t.Name == parts[0]).ToArray();
        return parts.Length switch
        {
            1 => types.Length > 0,
            2 => types.Any(t => t.GetMember(parts[1], BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0),
            _ => false,
        };
    }

    private static string RepositoryFile(params string[] parts) => Fixtures.InRoot(parts);

    private static string RepositoryRoot() => Fixtures.Root;

    [GeneratedRegex(@"^\| `(?<name>[A-Za-z.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FirstColumn();

    // Glossary rows: | Russian | CodeName[ / CodeName] | ... |
    [GeneratedRegex(@"^\|[^|\n]+\| (?<names>[A-Z][A-Za-z ()/]+?) \|", RegexOptions.Multiline)]
    private static partial Regex GlossaryRow();
}
