namespace Mentoring.Regulations;

/// <summary>One provision of the federal model and how the school's Положение carries it, with both quotes.</summary>
public sealed class ConformityItem
{
    internal ConformityItem(string id, string titleRu, string titleEn, string modelSource, string modelQuote, ConformityStatus status, string? schoolQuote, RegulationClause? schoolClause, string? noteRu, string? noteEn)
    {
        Id = id;
        TitleRu = titleRu;
        TitleEn = titleEn;
        ModelSource = modelSource;
        ModelQuote = modelQuote;
        Status = status;
        SchoolQuote = schoolQuote;
        SchoolClause = schoolClause;
        NoteRu = noteRu;
        NoteEn = noteEn;
    }

    /// <summary>The provision's stable identifier: <c>consent</c>, <c>term</c>, <c>curator</c>, <c>pairing-order</c>, <c>completion</c>, <c>website</c>, <c>tk-351.8</c>.</summary>
    public string Id { get; }

    /// <summary>The provision in Russian.</summary>
    public string TitleRu { get; }

    /// <summary>The provision in English.</summary>
    public string TitleEn { get; }

    /// <summary>Where the model's quote comes from («Примерное положение, разд. 2»; for <c>tk-351.8</c> the Labour Code).</summary>
    public string ModelSource { get; }

    /// <summary>The model's words.</summary>
    public string ModelQuote { get; }

    /// <summary>Present, different or absent.</summary>
    public ConformityStatus Status { get; }

    /// <summary>The school's sentence (null when absent).</summary>
    public string? SchoolQuote { get; }

    /// <summary>The clause of the school's sentence (null when absent).</summary>
    public RegulationClause? SchoolClause { get; }

    /// <summary>A note in Russian (what differs; from when the provision binds), or null.</summary>
    public string? NoteRu { get; }

    /// <summary>The note in English, or null.</summary>
    public string? NoteEn { get; }
}
