namespace Mentoring.Domain.Consents;

/// <summary>
/// A consent (согласие) given by a person: to mentor, to be mentored, for a minor, to the extra duties of a
/// pair, or to the processing of personal data. It is in force from the day it is given until it is withdrawn.
/// </summary>
/// <remarks>
/// 002 §2 («Педагогический работник назначается наставником с его письменного согласия»; pairs are fixed
/// «с письменного согласия их участников»); 003 §2.3–2.4; TK 351.8 (written consent, from 2025-03-01).
/// A consent in a form the edition does not accept (mutual rather than written) is representable: the rules judge it.
/// A record may also say that a consent was refused or not given (<see cref="Refused"/>, <see cref="NotGiven"/>;
/// readings.md, principle 2): no record of a consent is unknown, a record of a refusal is a refusal.
/// </remarks>
public sealed class Consent
{
    private Consent(DocumentId id, ConsentKind kind, PersonId givenBy, PersonId? onBehalfOf, PairId? pairId, ConsentForm form, DateOnly givenOn, DateOnly? withdrawnOn, ConsentStatus status = ConsentStatus.Given)
    {
        Status = status;
        Id = id;
        Kind = kind;
        GivenBy = givenBy;
        OnBehalfOf = onBehalfOf;
        PairId = pairId;
        Form = form;
        GivenOn = givenOn;
        WithdrawnOn = withdrawnOn;
    }

    /// <summary>The document's identifier.</summary>
    public DocumentId Id { get; }

    /// <summary>What the consent agrees to.</summary>
    public ConsentKind Kind { get; }

    /// <summary>Whether the consent was given, or the record says it was refused or not given.</summary>
    public ConsentStatus Status { get; }

    /// <summary>True for a record that the consent was refused or not given (<see cref="Status"/> is not <see cref="ConsentStatus.Given"/>).</summary>
    public bool IsRefusal => Status != ConsentStatus.Given;

    /// <summary>Who signed it: the participant, or the legal representative of a minor (for a refusal: who refused, or whose consent was not given).</summary>
    public PersonId GivenBy { get; }

    /// <summary>The person it is given for (the minor, for a representative's consent), or null when given for oneself.</summary>
    public PersonId? OnBehalfOf { get; }

    /// <summary>The pair or group it refers to (the pairing duties), or null when it names none.</summary>
    public PairId? PairId { get; }

    /// <summary>How it was given.</summary>
    public ConsentForm Form { get; }

    /// <summary>The day it was given; for a refusal or a record that it was not given, the day of that record.</summary>
    public DateOnly GivenOn { get; }

    /// <summary>The day it was withdrawn, or null while it stands. It is no longer in force from that day.</summary>
    public DateOnly? WithdrawnOn { get; }

    /// <summary>The person whose participation or data the consent is about: <see cref="OnBehalfOf"/> when set, else <see cref="GivenBy"/>.</summary>
    public PersonId Subject => OnBehalfOf ?? GivenBy;

    /// <summary>Creates a consent, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="kind">What it agrees to.</param>
    /// <param name="givenBy">Who signed it.</param>
    /// <param name="givenOn">The day it was given.</param>
    /// <param name="form">How it was given; written by default.</param>
    /// <param name="onBehalfOf">The minor it is given for, or null.</param>
    /// <param name="pairId">The pair or group it refers to, or null.</param>
    /// <param name="withdrawnOn">The day it was withdrawn, or null.</param>
    /// <returns>
    /// The consent, or <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>kind</c> or <c>form</c>,
    /// <see cref="DomainErrors.Documents.ConsentOnBehalfOfSelf"/> (MD0305) at <c>onBehalfOf</c>,
    /// <see cref="DomainErrors.Documents.WithdrawnBeforeGiven"/> (MD0303) at <c>withdrawnOn</c>.
    /// </returns>
    public static Result<Consent> Create(
        DocumentId id,
        ConsentKind kind,
        PersonId givenBy,
        DateOnly givenOn,
        ConsentForm form = ConsentForm.Written,
        PersonId? onBehalfOf = null,
        PairId? pairId = null,
        DateOnly? withdrawnOn = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(givenBy);
        return ResultExtras.Combine(
                ConsentKinds.Vocabulary.Check(kind).ToResult(),
                ConsentForms.Vocabulary.Check(form).ToResult(),
                ResultExtras.Ensure(onBehalfOf != givenBy, DomainErrors.Documents.ConsentOnBehalfOfSelf(givenBy.Value)),
                withdrawnOn is { } w && w < givenOn ? DomainErrors.Documents.WithdrawnBeforeGiven(givenOn, w).Fail() : Result.Success())
            .Then(() => new Consent(id, kind, givenBy, onBehalfOf, pairId, form, givenOn, withdrawnOn));
    }

    /// <summary>
    /// Records that a person refused to give a consent (отказ от дачи согласия), collecting every error.
    /// </summary>
    /// <param name="id">The record's identifier.</param>
    /// <param name="kind">The consent refused.</param>
    /// <param name="refusedBy">Who refused: the participant, or the legal representative of a minor.</param>
    /// <param name="refusedOn">The day of the refusal.</param>
    /// <param name="onBehalfOf">The minor the representative refused for, or null.</param>
    /// <param name="pairId">The pair or group it refers to, or null.</param>
    /// <returns>The record, or the errors of <see cref="Create"/> at <c>kind</c> and <c>onBehalfOf</c>.</returns>
    /// <remarks>readings.md, principle 2: a recorded refusal is a refusal, where no record is unknown.</remarks>
    public static Result<Consent> Refused(DocumentId id, ConsentKind kind, PersonId refusedBy, DateOnly refusedOn, PersonId? onBehalfOf = null, PairId? pairId = null) =>
        NotGranted(id, kind, refusedBy, refusedOn, onBehalfOf, pairId, ConsentStatus.Refused);

    /// <summary>
    /// Records that a consent was not given (the organization states it has none: not asked for, or not returned),
    /// collecting every error.
    /// </summary>
    /// <param name="id">The record's identifier.</param>
    /// <param name="kind">The consent not given.</param>
    /// <param name="person">Whose consent it would be: the participant, or the legal representative of a minor.</param>
    /// <param name="recordedOn">The day the record was made (the consent was not given by then).</param>
    /// <param name="onBehalfOf">The minor it would be given for, or null.</param>
    /// <param name="pairId">The pair or group it refers to, or null.</param>
    /// <returns>The record, or the errors of <see cref="Create"/> at <c>kind</c> and <c>onBehalfOf</c>.</returns>
    /// <remarks>readings.md, principle 2: a record that a consent was not given is not an unknown.</remarks>
    public static Result<Consent> NotGiven(DocumentId id, ConsentKind kind, PersonId person, DateOnly recordedOn, PersonId? onBehalfOf = null, PairId? pairId = null) =>
        NotGranted(id, kind, person, recordedOn, onBehalfOf, pairId, ConsentStatus.NotGiven);

    /// <summary>True when the consent is in force on a day: given on or before it and not withdrawn on or before it.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>True when in force; never for a refusal or a record that it was not given.</returns>
    public bool IsInForceOn(DateOnly asOf) => !IsRefusal && GivenOn <= asOf && (WithdrawnOn is not { } w || asOf < w);

    /// <summary>Withdraws the consent (отзыв согласия).</summary>
    /// <param name="date">The day of withdrawal; from it the consent is no longer in force.</param>
    /// <returns>
    /// The withdrawn consent, or <see cref="DomainErrors.Documents.ConsentAlreadyWithdrawn"/> (MD0304) or
    /// <see cref="DomainErrors.Documents.WithdrawnBeforeGiven"/> (MD0303), at <c>withdrawnOn</c>, or
    /// <see cref="DomainErrors.Documents.RefusalNotWithdrawn"/> (MD0311) at <c>status</c> for a refusal.
    /// </returns>
    /// <remarks>TK 351.8: the mentor may refuse the assignment early.</remarks>
    public Result<Consent> Withdraw(DateOnly date)
    {
        if (IsRefusal)
        {
            return DomainErrors.Documents.RefusalNotWithdrawn(Status.Term().Code).Fail();
        }

        if (WithdrawnOn is { } already)
        {
            return DomainErrors.Documents.ConsentAlreadyWithdrawn(already).Fail();
        }

        return date < GivenOn
            ? DomainErrors.Documents.WithdrawnBeforeGiven(GivenOn, date).Fail()
            : new Consent(Id, Kind, GivenBy, OnBehalfOf, PairId, Form, GivenOn, date);
    }

    private static Result<Consent> NotGranted(DocumentId id, ConsentKind kind, PersonId person, DateOnly on, PersonId? onBehalfOf, PairId? pairId, ConsentStatus status)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(person);
        return ResultExtras.Combine(
                ConsentKinds.Vocabulary.Check(kind).ToResult(),
                ResultExtras.Ensure(onBehalfOf != person, DomainErrors.Documents.ConsentOnBehalfOfSelf(person.Value)))
            .Then(() => new Consent(id, kind, person, onBehalfOf, pairId, ConsentForm.Written, on, null, status));
    }
}
