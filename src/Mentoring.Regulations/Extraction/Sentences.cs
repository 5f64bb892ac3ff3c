using System.Text.RegularExpressions;

namespace Mentoring.Regulations.Extraction;

/// <summary>Splits a clause into sentences (and «;»-separated list parts), not after abbreviations such as «п.», «г.», «ст.», «т.п.».</summary>
internal static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "п", "пп", "г", "гг", "ст", "т", "др", "им", "ч", "стр", "см", "с", "рис", "табл", "д", "п.п", "т.п", "т.д", "т.е", "ул", "№",
    };

    /// <summary>
    /// Every sentence of the clauses with its clause; a list item («- назначается … из числа заместителей руководителя;»)
    /// is given its lead-in («Куратор реализации программ наставничества:») in front, so that the sentence says who.
    /// </summary>
    public static IEnumerable<(string Sentence, RegulationClause Clause)> Of(IReadOnlyList<RegulationClause> clauses)
    {
        string? leadIn = null;
        foreach (var clause in clauses)
        {
            var item = ListItem().IsMatch(clause.Text);
            foreach (var sentence in Of(clause.Text))
            {
                yield return (item && leadIn is not null ? $"{leadIn} {sentence}" : sentence, clause);
            }

            if (!item)
            {
                leadIn = clause.Text.EndsWith(':') && clause.Text.Length < 300 ? LastSentence(clause.Text) : null;
            }
        }
    }

    private static string LastSentence(string text) => Of(text).LastOrDefault() ?? text;

    public static IEnumerable<string> Of(string clause)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(clause))
        {
            var before = clause[start..m.Index].TrimEnd();
            var lastWord = LastWord().Match(before).Value.TrimEnd('.');
            if (before.EndsWith('.') && Abbreviations.Contains(lastWord))
            {
                continue;
            }

            var sentence = clause[start..m.Index].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = m.Index + m.Length;
        }

        var rest = clause[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[-–—•]?\s*[А-ЯЁA-Z«""0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:[-–—•·▪●]|\d{1,2}\)|[а-я]\))")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[\w.№]+$")]
    private static partial Regex LastWord();
}
