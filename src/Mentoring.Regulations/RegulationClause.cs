namespace Mentoring.Regulations;

/// <summary>One clause of a Положение: a numbered пункт, a list item or a paragraph, with its place in the document.</summary>
public sealed class RegulationClause
{
    internal RegulationClause(string? section, string? number, int page, string text)
    {
        Section = section;
        Number = number;
        Page = page;
        Text = text;
    }

    /// <summary>The section the clause is in («2» for «2. Организация системы наставничества»; «II» for Roman numerals); null before the first heading.</summary>
    public string? Section { get; }

    /// <summary>The пункт: the clause's own number («2.3») or, for a list item or an unnumbered paragraph, the last number before it; null when there is none.</summary>
    public string? Number { get; }

    /// <summary>The page the clause begins on, from 1 (DOCX and text without page breaks: 1).</summary>
    public int Page { get; }

    /// <summary>The clause's text: lines joined, hyphenation at line ends undone, page numbers and page breaks removed.</summary>
    public string Text { get; }

    /// <summary>The place in Russian: «п. 2.3, с. 4» (or «разд. 2, с. 4», or «с. 4»).</summary>
    public string Place => Number is not null ? $"п. {Number}, с. {Page}" : Section is not null ? $"разд. {Section}, с. {Page}" : $"с. {Page}";

    /// <summary>The place in English: "item 2.3, p. 4" (or "section 2, p. 4", or "p. 4").</summary>
    public string PlaceEn => Number is not null ? $"item {Number}, p. {Page}" : Section is not null ? $"section {Section}, p. {Page}" : $"p. {Page}";

    /// <inheritdoc />
    public override string ToString() => $"{Place}: {Text}";
}
