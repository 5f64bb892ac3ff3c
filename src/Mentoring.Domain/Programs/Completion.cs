namespace Mentoring.Domain.Programs;

/// <summary>How and when a personalized program ended: the ground, the date, the stated reason and who initiated it.</summary>
/// <remarks>
/// 002 «Завершение персонализированной программы наставничества». A completion without a ground is impossible;
/// a missing reason or initiator is representable (null), and the rules <c>completion.reason-stated</c> and
/// <c>completion.ground</c> report it. <see cref="NoticeGivenOn"/> records the written notice of an early ending
/// (TK 351.8 from 2025-03-01: at least 3 working days; rule <c>completion.early-notice</c>); null when not recorded.
/// </remarks>
public sealed class Completion : IEquatable<Completion>
{
    private Completion(CompletionGround ground, DateOnly date, string? reason, PersonId? initiatedBy, DateOnly? noticeGivenOn, bool byMutualDecision)
    {
        ByMutualDecision = byMutualDecision;
        Ground = ground;
        Date = date;
        Reason = reason;
        InitiatedBy = initiatedBy;
        NoticeGivenOn = noticeGivenOn;
    }

    /// <summary>The ground of the ending.</summary>
    public CompletionGround Ground { get; }

    /// <summary>The day the program ended.</summary>
    public DateOnly Date { get; }

    /// <summary>The stated reason, or null when the documents state none.</summary>
    public string? Reason { get; }

    /// <summary>Who initiated the ending (mentor, mentee, curator), or null when unknown.</summary>
    public PersonId? InitiatedBy { get; }

    /// <summary>
    /// The day the other side was given written notice of an early ending (the mentor's refusal or the employer's
    /// cancellation), or null when not recorded. A notice dated after <see cref="Date"/> is kept; the rule
    /// <c>completion.early-notice</c> reports it.
    /// </summary>
    public DateOnly? NoticeGivenOn { get; }

    /// <summary>
    /// True when the participants ended the program by their mutual decision (002 «Завершение»: «и/или обоюдному
    /// решению»), not on one side's initiative: not a unilateral refusal or cancellation under ТК РФ ст. 351.8
    /// (rule <c>completion.early-notice</c>). Only for the ground <see cref="CompletionGround.ParticipantInitiative"/>.
    /// </summary>
    public bool ByMutualDecision { get; }

    /// <summary>True when the program ended early (participants' or curator's initiative).</summary>
    public bool IsEarly => Ground.IsEarly();

    /// <summary>Creates a completion.</summary>
    /// <param name="ground">The ground; required.</param>
    /// <param name="date">The day the program ended.</param>
    /// <param name="reason">The stated reason, if any.</param>
    /// <param name="initiatedBy">Who initiated the ending, if known.</param>
    /// <param name="noticeGivenOn">The day written notice of an early ending was given, if recorded.</param>
    /// <param name="byMutualDecision">True when the mentor and the mentee ended it by mutual decision (ground «participant-initiative» only).</param>
    /// <returns>
    /// The completion, or <see cref="DomainErrors.Programs.CompletionWithoutGround"/> (MD0501) when the ground is
    /// missing, <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>completion.ground</c> for an undefined value,
    /// or <see cref="DomainErrors.Programs.MutualDecisionNotParticipants"/> (MD0511) for a mutual decision on another ground.
    /// </returns>
    public static Result<Completion> Create(CompletionGround? ground, DateOnly date, string? reason = null, PersonId? initiatedBy = null, DateOnly? noticeGivenOn = null, bool byMutualDecision = false)
    {
        if (ground is null)
        {
            return DomainErrors.Programs.CompletionWithoutGround().Fail();
        }

        if (byMutualDecision && ground != CompletionGround.ParticipantInitiative)
        {
            return DomainErrors.Programs.MutualDecisionNotParticipants().Fail();
        }

        return CompletionGrounds.Vocabulary.Check(ground.Value)
            .Map(g => new Completion(g, date, Texts.Optional(reason), initiatedBy, noticeGivenOn, byMutualDecision));
    }

    /// <inheritdoc />
    public bool Equals(Completion? other) =>
        other is not null && Ground == other.Ground && Date == other.Date
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && InitiatedBy == other.InitiatedBy
        && NoticeGivenOn == other.NoticeGivenOn && ByMutualDecision == other.ByMutualDecision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Completion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ground, Date, Reason, InitiatedBy, NoticeGivenOn, ByMutualDecision);

    /// <inheritdoc />
    public override string ToString() => $"{Ground.Term().Code} {Date:dd.MM.yyyy}";
}
