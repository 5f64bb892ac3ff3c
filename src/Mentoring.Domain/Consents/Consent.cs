namespace Mentoring.Domain.Consents;

/// <summary>
/// A consent (согласие) given by a person: to mentor, to be mentored, for a minor, to the extra duties of a
/// pair, or to the processing of personal data. It is in force from the day it is given until it is withdrawn.
/// </summary>
/// <remarks>
/// 002 §2 («Педагогический работник назначается наставником с его письменного согласия»; pairs are fixed
/// «с письменного согласия их участников»); 003 §2.3–2.4; TK 351.8 (written consent, from 2025-03-01).
/// A consent in a form the edition does not accept (mutual rather than written) is representable: the rules judge it.
/// </remarks>
public sealed class Consent
{
    private Consent(DocumentId id, ConsentKind kind, PersonId givenBy, PersonId? onBehalfOf, PairId? pairId, ConsentForm form, DateOnly givenOn, DateOnly? withdrawnOn)
    {
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

    /// <summary>Who signed it: the participant, or the legal representative of a minor.</summary>
    public PersonId GivenBy { get; }

    /// <summary>The person it is given for (the minor, for a representative's consent), or null when given for oneself.</summary>
    public PersonId? OnBehalfOf { get; }

    /// <summary>The pair or group it refers to (the pairing duties), or null when it names none.</summary>
    public PairId? PairId { get; }

    /// <summary>How it was given.</summary>
    public ConsentForm Form { get; }

    /// <summary>The day it was given.</summary>
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
        return Result.Combine(
                ConsentKinds.Vocabulary.Check(kind).ToResult(),
                ConsentForms.Vocabulary.Check(form).ToResult(),
                Result.Ensure(onBehalfOf != givenBy, DomainErrors.Documents.ConsentOnBehalfOfSelf(givenBy.Value)),
                withdrawnOn is { } w && w < givenOn ? DomainErrors.Documents.WithdrawnBeforeGiven(givenOn, w) : Result.Success())
            .Then(() => new Consent(id, kind, givenBy, onBehalfOf, pairId, form, givenOn, withdrawnOn));
    }

    /// <summary>True when the consent is in force on a day: given on or before it and not withdrawn on or before it.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>True when in force.</returns>
    public bool IsInForceOn(DateOnly asOf) => GivenOn <= asOf && (WithdrawnOn is not { } w || asOf < w);

    /// <summary>Withdraws the consent (отзыв согласия).</summary>
    /// <param name="date">The day of withdrawal; from it the consent is no longer in force.</param>
    /// <returns>
    /// The withdrawn consent, or <see cref="DomainErrors.Documents.ConsentAlreadyWithdrawn"/> (MD0304) or
    /// <see cref="DomainErrors.Documents.WithdrawnBeforeGiven"/> (MD0303), at <c>withdrawnOn</c>.
    /// </returns>
    /// <remarks>TK 351.8: the mentor may refuse the assignment early.</remarks>
    public Result<Consent> Withdraw(DateOnly date)
    {
        if (WithdrawnOn is { } already)
        {
            return DomainErrors.Documents.ConsentAlreadyWithdrawn(already);
        }

        return date < GivenOn
            ? DomainErrors.Documents.WithdrawnBeforeGiven(GivenOn, date)
            : new Consent(Id, Kind, GivenBy, OnBehalfOf, PairId, Form, GivenOn, date);
    }
}
