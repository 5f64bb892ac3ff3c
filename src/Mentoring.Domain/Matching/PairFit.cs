namespace Mentoring.Domain.Matching;

/// <summary>One criterion's judgement of a pair: points, outcome, and why, in Russian and English.</summary>
/// <remarks>The criteria and their points are those of <see cref="MatchCriterion"/> (002 «Процесс формирования пар»; 003 annex 3).</remarks>
public sealed class CriterionScore
{
    internal CriterionScore(MatchCriterion criterion, int points, CriterionOutcome outcome, string reasonRu, string reasonEn)
    {
        Criterion = criterion;
        Points = points;
        Outcome = outcome;
        ReasonRu = reasonRu;
        ReasonEn = reasonEn;
    }

    /// <summary>The criterion.</summary>
    public MatchCriterion Criterion { get; }

    /// <summary>The points awarded (0 when the criterion excludes the pair).</summary>
    public int Points { get; }

    /// <summary>The most points the criterion gives.</summary>
    public int MaxPoints => Criterion.MaxPoints();

    /// <summary>How the criterion judged the pair.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Why, in Russian.</summary>
    public string ReasonRu { get; }

    /// <summary>Why, in English.</summary>
    public string ReasonEn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Criterion.Term().Code}: {Points}/{MaxPoints} — {ReasonRu}";
}

/// <summary>A scored mentor–mentee pair: its total fit, whether it is admissible, and each criterion's explanation.</summary>
/// <remarks>
/// 002 «Процесс формирования пар». The total is the sum of the criteria's points (at most 100); a pair is admissible
/// when no criterion excludes it. The explanations are computed when first read.
/// </remarks>
public sealed class PairFit
{
    private readonly MatchingOptions _options;
    private readonly int _capacity;
    private IReadOnlyList<CriterionScore>? _criteria;

    internal PairFit(MentorCandidate mentor, MenteeCandidate mentee, int total, MatchCriterion? excludedBy, MatchingOptions options, int capacity)
    {
        Mentor = mentor;
        Mentee = mentee;
        Total = total;
        ExcludedBy = excludedBy;
        _options = options;
        _capacity = capacity;
    }

    /// <summary>The mentor.</summary>
    public MentorCandidate Mentor { get; }

    /// <summary>The mentee.</summary>
    public MenteeCandidate Mentee { get; }

    /// <summary>The total fit: the sum of the criteria's points.</summary>
    public int Total { get; }

    /// <summary>The first criterion that excludes the pair, or null when it is admissible.</summary>
    public MatchCriterion? ExcludedBy { get; }

    /// <summary>True when no criterion excludes the pair.</summary>
    public bool IsAdmissible => ExcludedBy is null;

    /// <summary>Every criterion's judgement, in the order of <see cref="MatchCriteria.All"/>.</summary>
    public IReadOnlyList<CriterionScore> Criteria => _criteria ??= Scorer.Explain(Mentor, Mentee, _options, _capacity);

    /// <summary>The judgement of the criterion that excludes the pair, or null.</summary>
    public CriterionScore? Exclusion => ExcludedBy is { } criterion ? Criteria.First(c => c.Criterion == criterion) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Mentor.Id} — {Mentee.Id}: {(IsAdmissible ? Total.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"excluded by {ExcludedBy}")}";
}
