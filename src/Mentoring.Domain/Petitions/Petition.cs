namespace Mentoring.Domain.Petitions;

/// <summary>
/// A petition to the curator and the head about a pair or group: a mentor's request to be released, or a
/// mentee's request to replace the mentor; with its decision once taken.
/// </summary>
/// <remarks>
/// 002 §4 (права наставника: «обращаться с заявлением к куратору и руководителю ... с просьбой о сложении
/// с него обязанностей наставника»; права наставляемого: «с ходатайством о замене наставника»); rules
/// <c>completion.mentor-resignation</c>, <c>completion.mentor-replacement</c>. A petition addressed to
/// only one of them, or decided on an unknown date, is representable.
/// </remarks>
public sealed class Petition
{
    private Petition(DocumentId id, PetitionKind kind, PairId pairId, PersonId from, DateOnly filedOn, bool addressedToCurator, bool addressedToHead, PetitionOutcome? outcome, DateOnly? decidedOn, PersonId? newMentor)
    {
        Id = id;
        Kind = kind;
        PairId = pairId;
        From = from;
        FiledOn = filedOn;
        AddressedToCurator = addressedToCurator;
        AddressedToHead = addressedToHead;
        Outcome = outcome;
        DecidedOn = decidedOn;
        NewMentor = newMentor;
    }

    /// <summary>The document's identifier.</summary>
    public DocumentId Id { get; }

    /// <summary>What it asks for.</summary>
    public PetitionKind Kind { get; }

    /// <summary>The pair or group concerned.</summary>
    public PairId PairId { get; }

    /// <summary>Who filed it: the mentor (release) or the mentee (replacement).</summary>
    public PersonId From { get; }

    /// <summary>The day it was filed.</summary>
    public DateOnly FiledOn { get; }

    /// <summary>True when it is addressed to the curator.</summary>
    public bool AddressedToCurator { get; }

    /// <summary>True when it is addressed to the head of the organization.</summary>
    public bool AddressedToHead { get; }

    /// <summary>The decision, or null while it is pending.</summary>
    public PetitionOutcome? Outcome { get; }

    /// <summary>The day of the decision, or null when pending or not known.</summary>
    public DateOnly? DecidedOn { get; }

    /// <summary>The new mentor the petition asks for or the decision appoints, or null.</summary>
    public PersonId? NewMentor { get; }

    /// <summary>True once there is a decision.</summary>
    public bool IsDecided => Outcome is not null;

    /// <summary>Creates a petition, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="kind">What it asks for.</param>
    /// <param name="pairId">The pair or group.</param>
    /// <param name="from">Who filed it.</param>
    /// <param name="filedOn">The day filed.</param>
    /// <param name="addressedToCurator">True when addressed to the curator.</param>
    /// <param name="addressedToHead">True when addressed to the head.</param>
    /// <param name="outcome">The decision, or null while pending.</param>
    /// <param name="decidedOn">The day of the decision, or null.</param>
    /// <param name="newMentor">The new mentor asked for or appointed, or null.</param>
    /// <returns>
    /// The petition, or <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>kind</c> or <c>outcome</c>,
    /// <see cref="DomainErrors.Documents.DecisionDateWithoutOutcome"/> (MD0308) at <c>outcome</c>,
    /// <see cref="DomainErrors.Documents.DecidedBeforeFiled"/> (MD0307) at <c>decidedOn</c>,
    /// <see cref="DomainErrors.Documents.NewMentorIsPetitioner"/> (MD0310) at <c>newMentor</c>.
    /// </returns>
    public static Result<Petition> Create(
        DocumentId id,
        PetitionKind kind,
        PairId pairId,
        PersonId from,
        DateOnly filedOn,
        bool addressedToCurator = true,
        bool addressedToHead = true,
        PetitionOutcome? outcome = null,
        DateOnly? decidedOn = null,
        PersonId? newMentor = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(pairId);
        ArgumentNullException.ThrowIfNull(from);
        return ResultExtras.Combine(
                PetitionKinds.Vocabulary.Check(kind).ToResult(),
                outcome is { } o ? PetitionOutcomes.Vocabulary.Check(o).ToResult() : Result.Success(),
                ResultExtras.Ensure(outcome is not null || decidedOn is null, DomainErrors.Documents.DecisionDateWithoutOutcome()),
                decidedOn is { } d && d < filedOn ? DomainErrors.Documents.DecidedBeforeFiled(filedOn, d).Fail() : Result.Success(),
                ResultExtras.Ensure(newMentor != from, DomainErrors.Documents.NewMentorIsPetitioner(from.Value)))
            .Then(() => new Petition(id, kind, pairId, from, filedOn, addressedToCurator, addressedToHead, outcome, decidedOn, newMentor));
    }

    /// <summary>Grants the petition.</summary>
    /// <param name="decidedOn">The day of the decision.</param>
    /// <param name="newMentor">The new mentor appointed, or null to keep the one the petition named (if any).</param>
    /// <returns>
    /// The decided petition, or <see cref="DomainErrors.Documents.PetitionAlreadyDecided"/> (MD0309),
    /// <see cref="DomainErrors.Documents.DecidedBeforeFiled"/> (MD0307),
    /// <see cref="DomainErrors.Documents.NewMentorIsPetitioner"/> (MD0310).
    /// </returns>
    public Result<Petition> Grant(DateOnly decidedOn, PersonId? newMentor = null) =>
        Decide(PetitionOutcome.Granted, decidedOn, newMentor ?? NewMentor);

    /// <summary>Refuses the petition.</summary>
    /// <param name="decidedOn">The day of the decision.</param>
    /// <returns>
    /// The decided petition, or <see cref="DomainErrors.Documents.PetitionAlreadyDecided"/> (MD0309) or
    /// <see cref="DomainErrors.Documents.DecidedBeforeFiled"/> (MD0307).
    /// </returns>
    public Result<Petition> Refuse(DateOnly decidedOn) => Decide(PetitionOutcome.Refused, decidedOn, NewMentor);

    private Result<Petition> Decide(PetitionOutcome outcome, DateOnly decidedOn, PersonId? newMentor) =>
        IsDecided
            ? DomainErrors.Documents.PetitionAlreadyDecided().Fail()
            : Create(Id, Kind, PairId, From, FiledOn, AddressedToCurator, AddressedToHead, outcome, decidedOn, newMentor);
}
