namespace Mentoring.Samples.Synthetic;

/// <summary>What the generator produces: the seed, the share of defects, the school year and the size of schools.</summary>
public sealed record SyntheticOptions
{
    /// <summary>The seed: the same seed (and options) gives the same organizations, byte for byte.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The share of pairs and groups that carry one defect (0 to 1): a missing consent, a two-month program, a consent
    /// given after the appointing order, or a pair no order approved. 0 gives cases in which the bundled <c>federal-2021</c>
    /// edition finds no violation in.
    /// </summary>
    public double ViolationShare { get; init; }

    /// <summary>The fewest staff members (head and curator included) of an organization.</summary>
    public int MinTeachers { get; init; } = 14;

    /// <summary>The most staff members of an organization (the mean is their midpoint: 26 by default, as in the country).</summary>
    public int MaxTeachers { get; init; } = 38;

    /// <summary>The date to validate generated cases on: the end of the 2023/24 school year they describe.</summary>
    public static DateOnly AsOf { get; } = new(2024, 6, 30);

    /// <summary>The edition generated cases are written for.</summary>
    public const string Edition = "federal-2021";
}

/// <summary>A defect the generator put into a pair or group.</summary>
public enum ViolationKind
{
    /// <summary>A mentee's consent to the processing of personal data is missing.</summary>
    ConsentMissing = 1,

    /// <summary>The personalized program lasts two months (the regulation asks for 3 months to 1 year).</summary>
    ShortProgram = 2,

    /// <summary>The mentor's consent was given after the pairing order.</summary>
    ConsentAfterOrder = 3,

    /// <summary>No order approved the pair.</summary>
    PairNotApproved = 4,
}

/// <summary>A defect the generator put in, for tests and summaries.</summary>
/// <param name="Kind">The defect.</param>
/// <param name="PairId">The pair or group it is in.</param>
/// <param name="SubjectId">What a finding about it names: the mentee, the program, the mentor or the pair.</param>
public sealed record InjectedViolation(ViolationKind Kind, string PairId, string SubjectId);
