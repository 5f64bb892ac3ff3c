namespace Mentoring.Domain.Matching;

/// <summary>A mentor and the mentees proposed to the mentor: a pair, or a group when there are two or more.</summary>
/// <remarks>002 §1 «в группе» (one mentor, two or more mentees; rule <c>pair.group-size</c>); 003 §5.2.</remarks>
public sealed class MentorGroup
{
    internal MentorGroup(MentorCandidate mentor, int? capacity, IReadOnlyList<PairFit> pairs)
    {
        Mentor = mentor;
        Capacity = capacity;
        Pairs = pairs;
    }

    /// <summary>The mentor.</summary>
    public MentorCandidate Mentor { get; }

    /// <summary>The free places the mentor had, or null when unlimited.</summary>
    public int? Capacity { get; }

    /// <summary>The proposed pairs, by mentee identifier.</summary>
    public IReadOnlyList<PairFit> Pairs { get; }

    /// <summary>True when the mentor takes two or more mentees (a group).</summary>
    public bool IsGroup => Pairs.Count >= 2;

    /// <summary>The sum of the pairs' fit.</summary>
    public int Fit => Pairs.Sum(p => p.Total);
}

/// <summary>Why a mentee is left without a mentor.</summary>
/// <remarks>002 МР stage 5 п.3: such a mentee is supported while the search goes on (<c>pair.unpaired-mentee-supported</c>).</remarks>
public enum UnmatchedReason
{
    /// <summary>No mentor is admissible for the mentee.</summary>
    NoAdmissibleMentor = 1,

    /// <summary>Every admissible mentor's places are taken by mentees whose assignment gives a higher total fit.</summary>
    CapacityTaken = 2,
}

/// <summary>A mentee the assignment leaves without a mentor, and why.</summary>
/// <remarks>002 МР stage 5 п.3; rule <c>pair.unpaired-mentee-supported</c>.</remarks>
public sealed class UnmatchedMentee
{
    internal UnmatchedMentee(MenteeCandidate mentee, UnmatchedReason reason, IReadOnlyList<PairFit> admissible, IReadOnlyList<PairFit> excluded, string reasonRu, string reasonEn)
    {
        Mentee = mentee;
        Reason = reason;
        Admissible = admissible;
        Excluded = excluded;
        ReasonRu = reasonRu;
        ReasonEn = reasonEn;
    }

    /// <summary>The mentee.</summary>
    public MenteeCandidate Mentee { get; }

    /// <summary>Why.</summary>
    public UnmatchedReason Reason { get; }

    /// <summary>The admissible mentors (all at capacity), best fit first.</summary>
    public IReadOnlyList<PairFit> Admissible { get; }

    /// <summary>The mentors within reach that a criterion excludes, by mentor identifier.</summary>
    public IReadOnlyList<PairFit> Excluded { get; }

    /// <summary>Why, in Russian.</summary>
    public string ReasonRu { get; }

    /// <summary>Why, in English.</summary>
    public string ReasonEn { get; }
}

/// <summary>The proposed assignment: groups, unmatched mentees, the inadmissible pairs, and the total fit.</summary>
/// <remarks>
/// 002 «Процесс формирования пар»; 003 §5.2. The assignment maximizes the total fit under the capacities exactly
/// (<see cref="Matcher"/>). It is a proposal: pairs are formed voluntarily with the curator and approved by the
/// head's order (<c>pair.curator-involved</c>, <c>pair.order-approved</c>).
/// </remarks>
public sealed class MatchingResult
{
    internal MatchingResult(
        IReadOnlyList<MentorGroup> groups,
        IReadOnlyList<UnmatchedMentee> unmatched,
        IReadOnlyList<PairFit> inadmissible,
        int pairsConsidered,
        int components,
        int largestComponent)
    {
        Groups = groups;
        Unmatched = unmatched;
        Inadmissible = inadmissible;
        PairsConsidered = pairsConsidered;
        Components = components;
        LargestComponent = largestComponent;
        TotalFit = groups.Sum(g => (long)g.Fit);
    }

    /// <summary>The mentors with their proposed mentees, by mentor identifier.</summary>
    public IReadOnlyList<MentorGroup> Groups { get; }

    /// <summary>Every proposed pair, by mentor then mentee identifier.</summary>
    public IEnumerable<PairFit> Assignments => Groups.SelectMany(g => g.Pairs);

    /// <summary>The mentees left without a mentor, by identifier.</summary>
    public IReadOnlyList<UnmatchedMentee> Unmatched { get; }

    /// <summary>The pairs within reach that a criterion excludes, by mentee then mentor identifier.</summary>
    /// <remarks>Pairs of different organizations (or municipalities) without virtual mentoring are out of reach and not listed one by one.</remarks>
    public IReadOnlyList<PairFit> Inadmissible { get; }

    /// <summary>The sum of the fit of every proposed pair.</summary>
    public long TotalFit { get; }

    /// <summary>The pairs scored (those within reach).</summary>
    public int PairsConsidered { get; }

    /// <summary>The connected components of admissible pairs solved separately.</summary>
    public int Components { get; }

    /// <summary>The most mentors and mentees in one component.</summary>
    public int LargestComponent { get; }
}
