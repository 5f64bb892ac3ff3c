namespace Mentoring.Regulations;

/// <summary>A sentence of the Положение that speaks of what an edition sets but that the draft did not turn into a setting, and why.</summary>
public sealed class UnmappedSentence
{
    internal UnmappedSentence(string quote, RegulationClause clause, string reasonRu, string reasonEn)
    {
        Quote = quote;
        Clause = clause;
        ReasonRu = reasonRu;
        ReasonEn = reasonEn;
    }

    /// <summary>The sentence, as the document says it.</summary>
    public string Quote { get; }

    /// <summary>The clause the sentence is in.</summary>
    public RegulationClause Clause { get; }

    /// <summary>Why it was not mapped, in Russian.</summary>
    public string ReasonRu { get; }

    /// <summary>Why it was not mapped, in English.</summary>
    public string ReasonEn { get; }
}
