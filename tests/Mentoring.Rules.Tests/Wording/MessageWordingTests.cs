using System.Text.RegularExpressions;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Wording;

/// <summary>
/// Every bundled rule's messages, over every bundled case under every bundled edition (and one with every rule on),
/// read as a methodologist reads them: Russian as a careful official writes it, English throughout in English
/// (readings.md, "Russian text").
/// </summary>
public sealed partial class MessageWordingTests
{
    private static readonly DateOnly[] Dates = [new(2023, 6, 1), new(2024, 9, 1), new(2025, 6, 1)];

    /// <summary>Nouns that follow numbers in messages, with their three forms (one, few, many).</summary>
    private static readonly (string One, string Few, string Many)[] Nouns =
    [
        ("месяц", "месяца", "месяцев"), ("год", "года", "лет"), ("день", "дня", "дней"), ("рабочий день", "рабочих дня", "рабочих дней"),
        ("мероприятие", "мероприятия", "мероприятий"), ("наставляемый", "наставляемых", "наставляемых"),
        ("пара", "пары", "пар"), ("группа", "группы", "групп"), ("программа", "программы", "программ"),
        ("запись", "записи", "записей"), ("компетенция", "компетенции", "компетенций"),
    ];

    private static readonly Lazy<(List<Finding> Plain, List<Finding> Redacted, string[] Organizations)> AllFindings = new(Collect);

    [Fact]
    public void MessagesRu_NumbersAndNouns_Agree()
    {
        var wrong = new List<string>();
        foreach (var finding in AllFindings.Value.Plain)
        {
            foreach (Match match in NumberThenWord().Matches(finding.MessageRu))
            {
                if (GovernsGenitive(finding.MessageRu[..match.Index]))
                {
                    continue; // «не менее 3 месяцев», «до 35 лет»: the word before governs the case
                }

                var n = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (match.Groups[1].Value.Length == 4 && n >= 1900)
                {
                    continue; // a year («2023 год»), not a count
                }

                var rest = match.Groups[2].Value;
                foreach (var (one, few, many) in Nouns)
                {
                    var forms = new[] { one, few, many };
                    var used = forms.Where(f => rest.StartsWith(f + " ", StringComparison.Ordinal) || rest == f || rest.StartsWith(f + ",", StringComparison.Ordinal)
                        || rest.StartsWith(f + ")", StringComparison.Ordinal) || rest.StartsWith(f + ".", StringComparison.Ordinal)).OrderByDescending(f => f.Length).FirstOrDefault();
                    if (used is not null && used != Plural.Ru(n, one, few, many) && !(few == many && used == few))
                    {
                        wrong.Add($"{finding.RuleId}: «{match.Value}» in «{finding.MessageRu}»");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, Report("numbers that do not agree with their nouns", wrong));
    }

    [Fact]
    public void MessagesRu_KnownBadPatterns_AreAbsent()
    {
        var wrong = new List<string>();
        foreach (var finding in AllFindings.Value.Plain)
        {
            var text = finding.MessageRu;
            foreach (var bad in new[] { "(s)", "mentee", "mentor", "TK ", "TK,", "пары/группы", "пара/группа", "отсутствует" })
            {
                if (text.Contains(bad, StringComparison.Ordinal))
                {
                    wrong.Add($"{finding.RuleId}: «{bad}» in «{text}»");
                }
            }

            foreach (Match word in LatinWord().Matches(Unquoted(text)))
            {
                wrong.Add($"{finding.RuleId}: English word «{word.Value}» in «{text}»");
            }
        }

        Assert.True(wrong.Count == 0, Report("bad patterns in Russian messages", wrong));
    }

    [Fact]
    public void MessagesEn_RedactedHaveNoRussianWordsOrPluralHedges()
    {
        var wrong = new List<string>();
        foreach (var finding in AllFindings.Value.Redacted)
        {
            var text = finding.MessageEn;
            if (text.Contains("(s)", StringComparison.Ordinal) || text.Contains("(es)", StringComparison.Ordinal))
            {
                wrong.Add($"{finding.RuleId}: «(s)» in \"{text}\"");
            }

            // Proper names from the case (organizations, people) stay as the case writes them.
            var bare = finding.Subjects.Where(s => s.Name is not null).Select(s => s.Name!).Concat(AllFindings.Value.Organizations)
                .Aggregate(text, (t, name) => t.Replace(name, " ", StringComparison.Ordinal));
            if (CyrillicWord().IsMatch(Unquoted(bare)))
            {
                wrong.Add($"{finding.RuleId}: Russian outside quotes in \"{text}\"");
            }
        }

        Assert.True(wrong.Count == 0, Report("bad patterns in English messages", wrong));
    }

    [Fact]
    public void Collect_CoversEveryBundledRuleThatHasFacts()
    {
        var rules = AllFindings.Value.Plain.Where(f => f.Outcome != Outcome.NotApplicable).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

        Assert.True(rules.Count >= 30, $"only {rules.Count} rules gave findings other than not applicable");
    }

    /// <summary>Whether the text ends with a word after which a number takes the genitive («менее», «до», «от» …).</summary>
    private static bool GovernsGenitive(string before)
    {
        var words = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && new[] { "менее", "более", "моложе", "старше", "до", "от", "свыше", "около", "из", "с", "больше", "меньше", "короче", "длиннее", "позже", "раньше" }
            .Contains(words[^1].TrimStart('(').ToLowerInvariant(), StringComparer.Ordinal);
    }

    private static string Report(string what, List<string> wrong) =>
        $"{wrong.Distinct().Count()} {what}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Distinct().Take(40))}";

    /// <summary>The text outside «…» and "…" quotes (quotes of the seeds and names of documents may be in either language).</summary>
    private static string Unquoted(string text) => Quoted().Replace(text, " ");

    private static (List<Finding> Plain, List<Finding> Redacted, string[] Organizations) Collect()
    {
        var all = Fixtures.Ok(EditionCatalog.Bundled.With(AllOn()));
        var validator = new MentoringValidator(all);
        var cases = Directory.EnumerateFiles(Fixtures.InRoot("samples", "data"), "*.json", SearchOption.AllDirectories)
            .Select(path => CaseFile.Read(path))
            .Where(r => r.IsSuccess)
            .SelectMany(r => r.Value!.Cases)
            .ToArray();
        var plain = new List<Finding>();
        var redacted = new List<Finding>();
        foreach (var edition in all.Editions)
        {
            foreach (var date in Dates)
            {
                if (all.Resolve(edition.Id, date) is not { IsSuccess: true } resolved)
                {
                    continue;
                }

                foreach (var @case in cases)
                {
                    plain.AddRange(validator.Validate(@case, resolved.Value).Findings);
                    redacted.AddRange(validator.Validate(@case, resolved.Value, new ValidationOptions { Redact = true }).Findings);
                }
            }
        }

        return (plain, redacted, [.. cases.Select(c => c.Organization.Name).Distinct()]);
    }

    /// <summary>The federal model with every optional rule on.</summary>
    private static Edition AllOn()
    {
        var builder = new EditionBuilder("all-on").Titled("Все правила", "Every rule").Inherits("federal-2021");
        foreach (var policy in PolicyCatalog.Bundled.Policies.Where(p => !p.EnabledByDefault))
        {
            builder.Enable(policy.Id);
        }

        return Fixtures.Ok(builder.Build(PolicyCatalog.Bundled));
    }

    [GeneratedRegex(@"(?<![\d.,№-])(\d+) ([а-яё][а-яё ]*)")]
    private static partial Regex NumberThenWord();

    /// <summary>A Latin word that is not an identifier or a code (identifiers have digits or hyphens: prog-1, MR0101).</summary>
    [GeneratedRegex(@"(?<![\w-])[A-Za-z]{2,}(?![\w-])")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"(?<![\w-])[А-Яа-яЁё]{2,}(?![\w-])")]
    private static partial Regex CyrillicWord();

    [GeneratedRegex(@"«(?:[^«»]|«[^«»]*»)*»|""[^""]*""")]
    private static partial Regex Quoted();
}
