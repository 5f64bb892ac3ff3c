using System.Text;
using System.Text.RegularExpressions;

namespace Mentoring.Regulations.Reading;

/// <summary>
/// Joins a document's lines into clauses: hyphenation at line ends undone («настав-|ничества»), lines wrapped inside a
/// paragraph and clauses split over a page break joined again, page numbers dropped, and each clause given its number
/// («2.3.», «3)», a bullet under the last number) and the page it begins on.
/// </summary>
internal static partial class Normalizer
{
    public static IReadOnlyList<RegulationClause> Clauses(IReadOnlyList<(int Page, string Line)> lines)
    {
        var clauses = new List<RegulationClause>();
        var text = new StringBuilder();
        var page = 1;
        string? section = null;
        string? number = null;
        string? clauseNumber = null;
        string? pendingNumber = null;
        var lastWasBlank = false;
        var lastLineShort = false;

        void Flush()
        {
            var t = Spaces().Replace(text.ToString(), " ").Trim();
            if (t.Length > 0)
            {
                clauses.Add(new RegulationClause(section, clauseNumber, page, t));
            }

            text.Clear();
        }

        foreach (var (linePage, raw) in lines)
        {
            var line = raw.Replace("\u00ad", string.Empty, StringComparison.Ordinal).Replace('\u00a0', ' ').Trim();
            if (line.Length == 0)
            {
                lastWasBlank = true;
                continue;
            }

            if (PageNumber().IsMatch(line))
            {
                continue;
            }

            // A number alone on its line («1.1.» with the text on the next line) numbers what follows.
            var alone = NumberAlone().Match(line);
            if (alone.Success)
            {
                Flush();
                pendingNumber = alone.Groups["num"].Value;
                lastWasBlank = false;
                continue;
            }

            var numbered = Numbered().Match(line);
            var roman = Roman().Match(line);
            var bullet = Bullet().Match(line);
            var startsNew = pendingNumber is not null || numbered.Success || roman.Success || bullet.Success || text.Length == 0;
            if (!startsNew)
            {
                var previous = text.ToString().TrimEnd();
                var upper = char.IsUpper(line[0]) || line[0] is '«' or '"';
                var ended = previous.Length > 0 && previous[^1] is '.' or ';' or '!' or '?' or ':' or '»' or '"';
                startsNew = upper && (ended || lastWasBlank || lastLineShort);
            }

            if (startsNew)
            {
                Flush();
                page = linePage;
                if (pendingNumber is not null)
                {
                    (number, section) = Apply(pendingNumber, line, section);
                    clauseNumber = number;
                    pendingNumber = null;
                }
                else if (numbered.Success)
                {
                    var value = numbered.Groups["num"].Value;
                    if (value.EndsWith(')'))
                    {
                        clauseNumber = number;
                    }
                    else
                    {
                        (number, section) = Apply(value, line[numbered.Length..], section);
                        clauseNumber = number;
                    }
                }
                else if (roman.Success)
                {
                    section = roman.Groups["num"].Value;
                    number = null;
                    clauseNumber = null;
                }
                else
                {
                    clauseNumber = number;
                }

                text.Append(line);
            }
            else
            {
                var previous = text.ToString();
                if (previous.Length > 1 && previous[^1] is '-' && char.IsLetter(previous[^2]) && char.IsLower(line[0]))
                {
                    text.Length--;
                    text.Append(line);
                }
                else
                {
                    text.Append(' ').Append(line);
                }
            }

            lastWasBlank = false;
            lastLineShort = line.Length < 70 && line[^1] is not ('.' or ';' or ',' or ':');
        }

        Flush();
        return clauses;
    }

    /// <summary>The number's value and the section it puts the clause in: «2.3» in section «2»; «2» alone is a section when its text reads as a heading.</summary>
    private static (string Number, string? Section) Apply(string value, string rest, string? section)
    {
        var trimmed = value.TrimEnd('.');
        var first = trimmed.Split('.')[0];
        return (trimmed, first.Length > 0 ? first : section);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:стр\.?|страница)\s*\d{1,3}(?:\s*из\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?<num>(?:\d{1,2}\.){1,4}\d{0,2})$")]
    private static partial Regex NumberAlone();

    [GeneratedRegex(@"^(?<num>(?:\d{1,2}\.){1,4}(?:\d{1,2}(?!\d)\.?)?|\d{1,2}(?=\s+[А-ЯЁ])|\d{1,2}\))\s*(?=[^\d\s.])")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<num>[IVX]{1,4})\.\s+\S")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^[-–—•·▪●]\s*\S")]
    private static partial Regex Bullet();
}
