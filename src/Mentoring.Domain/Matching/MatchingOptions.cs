namespace Mentoring.Domain.Matching;

/// <summary>The parameters of matching: capacities, the minimum experience, reach, and how strict the profile is.</summary>
/// <remarks>
/// <c>pair.many-to-many</c> (003 §5.2: a mentor may have several mentees unless the edition caps it) and the optional
/// rule <c>mentor.max-mentees</c> give <see cref="MaxMenteesPerMentor"/>; <c>mentor.min-experience</c> gives
/// <see cref="MinExperienceYears"/>; 002 §1 «виртуальное (дистанционное) наставничество» allows
/// <see cref="AllowVirtual"/>; 002 «Процесс формирования пар» makes the profile match a requirement
/// (<see cref="RequireProfileMatch"/>).
/// </remarks>
public sealed class MatchingOptions
{
    private MatchingOptions(int? maxMentees, int? minExperience, MatchingLocality locality, bool allowVirtual, bool requireProfile, decimal hoursPerMentee)
    {
        MaxMenteesPerMentor = maxMentees;
        MinExperienceYears = minExperience;
        Locality = locality;
        AllowVirtual = allowVirtual;
        RequireProfileMatch = requireProfile;
        HoursPerMentee = hoursPerMentee;
    }

    /// <summary>The options with every default: no cap, no minimum experience, same organization, profile required, 1 hour a week per mentee.</summary>
    public static MatchingOptions Default { get; } = new(null, null, MatchingLocality.Organization, false, true, 1m);

    /// <summary>The most mentees a mentor may have at the same time, counting current ones; null for no cap.</summary>
    public int? MaxMenteesPerMentor { get; }

    /// <summary>The fewest whole years of pedagogical experience of a mentor; null when not required.</summary>
    public int? MinExperienceYears { get; }

    /// <summary>Which mentors are within reach in person.</summary>
    public MatchingLocality Locality { get; }

    /// <summary>True when virtual (remote) mentoring is allowed, so any mentor is within reach.</summary>
    public bool AllowVirtual { get; }

    /// <summary>True when a pair whose competences share no stem with a stated request is excluded.</summary>
    public bool RequireProfileMatch { get; }

    /// <summary>The weekly hours a mentor needs per mentee: a mentor's stated hours divided by it caps the mentor's mentees.</summary>
    public decimal HoursPerMentee { get; }

    /// <summary>Creates options.</summary>
    /// <param name="maxMenteesPerMentor">The cap on mentees per mentor (1 to 100), or null.</param>
    /// <param name="minExperienceYears">The minimum experience in whole years (0 to 50), or null.</param>
    /// <param name="locality">The reach in person.</param>
    /// <param name="allowVirtual">Whether virtual mentoring is allowed.</param>
    /// <param name="requireProfileMatch">Whether a profile mismatch excludes a pair.</param>
    /// <param name="hoursPerMentee">Weekly hours per mentee (above 0, at most 40).</param>
    /// <returns>The options, or every error: MD0006 for a value out of range, MD0008 for an undefined locality.</returns>
    public static Result<MatchingOptions> Create(
        int? maxMenteesPerMentor = null,
        int? minExperienceYears = null,
        MatchingLocality locality = MatchingLocality.Organization,
        bool allowVirtual = false,
        bool requireProfileMatch = true,
        decimal hoursPerMentee = 1m)
    {
        var max = ResultExtras.Ensure(maxMenteesPerMentor is null or (>= 1 and <= 100), DomainErrors.General.OutOfRange("maxMenteesPerMentor", maxMenteesPerMentor ?? 0, 1, 100));
        var min = ResultExtras.Ensure(minExperienceYears is null or (>= 0 and <= 50), DomainErrors.General.OutOfRange("minExperienceYears", minExperienceYears ?? 0, 0, 50));
        var hours = ResultExtras.Ensure(hoursPerMentee is > 0 and <= 40, DomainErrors.General.OutOfRange("hoursPerMentee", hoursPerMentee, 0, 40));
        var reach = ResultExtras.Ensure(
            locality is MatchingLocality.Organization or MatchingLocality.Municipality,
            DomainErrors.General.UnknownCode("locality", locality.ToString(), ["organization", "municipality"]));
        return ResultExtras.Combine(max, min, hours, reach)
            .Then(() => new MatchingOptions(maxMenteesPerMentor, minExperienceYears, locality, allowVirtual, requireProfileMatch, hoursPerMentee));
    }
}
