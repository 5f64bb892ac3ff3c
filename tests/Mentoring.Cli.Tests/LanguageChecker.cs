using System.Text.RegularExpressions;

namespace Mentoring.Cli.Tests;

/// <summary>
/// Finds words of the wrong language in an output: Latin words in Russian output, Cyrillic words in English output.
/// Identifiers, codes and file names are not words: a token with a digit, a dot, a slash, a hyphen, an underscore or
/// an inner capital (<c>program.duration</c>, <c>MR0106</c>, <c>--edition</c>, <c>kk-school-2</c>, <c>minMonths</c>), an
/// all-capitals abbreviation or symbol (<c>JSON</c>, <c>CSV</c>, <c>N</c>), and what the user types: option values,
/// command names and the values of the rules' choice parameters in edition files.
/// </summary>
internal static partial class LanguageChecker
{
    /// <summary>What the user types: option values and command names, the same in both languages.</summary>
    private static readonly HashSet<string> Typed = new(
        new[] { "text", "json", "html", "ru", "en", "error", "warning", "mentoring", "testhost", "validate", "rules", "editions", "edition", "explain", "match", "roadmap", "report" }
            .Concat(Mentoring.Rules.Policies.PolicyCatalog.Bundled.Policies.SelectMany(p => p.Parameters).SelectMany(d => d.Choices)),
        StringComparer.Ordinal);

    /// <summary>The Latin words in a Russian output that are neither identifiers, codes nor file names.</summary>
    /// <param name="output">The output.</param>
    /// <param name="typed">What the user typed (echoed in errors: an unknown option or value).</param>
    public static IReadOnlyList<string> LatinWords(string output, IEnumerable<string>? typed = null) =>
        Words(output).Where(w => Latin().IsMatch(w) && !IsCode(w) && !(typed?.Contains(w) ?? false)).Distinct().ToList();

    /// <summary>The Cyrillic words in an English output that are not codes (order numbers such as 140/2-н are codes).</summary>
    public static IReadOnlyList<string> CyrillicWords(string output) => Words(output).Where(w => Cyrillic().IsMatch(w) && !IsCode(w)).Distinct().ToList();

    private static IEnumerable<string> Words(string output) =>
        Token().Matches(output).Select(m => m.Value.TrimEnd('.', ':').Trim('\'')).Where(w => w.Length > 0);

    private static bool IsCode(string word) =>
        Typed.Contains(word)
        || word.Any(char.IsDigit)
        || word.IndexOfAny(['.', '/', '\\', '-', '_', '@', '<', '>']) >= 0
        || word.All(char.IsUpper)
        || (word.Length > 1 && word.Skip(1).Any(char.IsUpper) && !word.All(char.IsUpper));

    [GeneratedRegex(@"[\p{L}\p{N}._/\\@'<>-]+")]
    private static partial Regex Token();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
