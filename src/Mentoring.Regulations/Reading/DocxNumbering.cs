using DocumentFormat.OpenXml.Wordprocessing;

namespace Mentoring.Regulations.Reading;

/// <summary>
/// Word's automatic numbering, rebuilt: a paragraph with <c>w:numPr</c> shows a number the text does not hold. Levels
/// in decimal formats give «2.3.»; bullets give «-»; other formats (letters, Roman) are labelled by their counter only.
/// </summary>
internal sealed class DocxNumbering(Numbering? numbering)
{
    private readonly Dictionary<int, int[]> counters = [];

    public string? Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = properties?.NumberingId?.Val?.Value;
        if (numId is null or 0 || numbering is null)
        {
            return null;
        }

        var level = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        if (level is < 0 or > 8)
        {
            return null;
        }

        var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var format = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return "-";
        }

        var key = abstractId ?? numId.Value;
        if (!counters.TryGetValue(key, out var levels))
        {
            levels = new int[9];
            counters[key] = levels;
        }

        levels[level]++;
        for (var i = level + 1; i < levels.Length; i++)
        {
            levels[i] = 0;
        }

        if (format is not null && format != NumberFormatValues.Decimal)
        {
            return $"{levels[level]})";
        }

        return string.Join(".", levels.Take(level + 1).Select(l => Math.Max(l, 1))) + ".";
    }
}
