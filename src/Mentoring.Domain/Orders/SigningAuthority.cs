namespace Mentoring.Domain.Orders;

/// <summary>
/// A record that a person other than the head may sign the head's orders for a time: an acting head
/// (исполняющий обязанности руководителя) or a deputy to whom the head delegated it (an order distributing duties,
/// a power of attorney).
/// </summary>
/// <remarks>
/// 002 «Процесс формирования пар» and 003 §2.6 require the head's order; readings.md (<c>pair.order-approved</c>):
/// an order signed by a person recorded as acting head that day, or by a deputy with a recorded delegation, is the
/// head's order. <see cref="Basis"/> names the document as written («приказ № 15 от 01.09.2023 о распределении
/// обязанностей», «доверенность № 3 от 01.09.2023»).
/// </remarks>
public sealed class SigningAuthority
{
    private SigningAuthority(DocumentId id, SigningAuthorityKind kind, PersonId personId, DateOnly from, DateOnly? to, string? basis)
    {
        Id = id;
        Kind = kind;
        PersonId = personId;
        From = from;
        To = to;
        Basis = basis;
    }

    /// <summary>The identifier of the document that records the authority.</summary>
    public DocumentId Id { get; }

    /// <summary>Acting head or delegation.</summary>
    public SigningAuthorityKind Kind { get; }

    /// <summary>The person who may sign.</summary>
    public PersonId PersonId { get; }

    /// <summary>The first day of the authority.</summary>
    public DateOnly From { get; }

    /// <summary>The last day of the authority (inclusive), or null when it has no end.</summary>
    public DateOnly? To { get; }

    /// <summary>The document as written, or null.</summary>
    public string? Basis { get; }

    /// <summary>Creates the record, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="kind">Acting head or delegation.</param>
    /// <param name="personId">The person who may sign.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (inclusive), or null for no end.</param>
    /// <param name="basis">The document as written, or null.</param>
    /// <returns>
    /// The record, or <see cref="DomainErrors.General.EndBeforeStart"/> (MD0004) at <c>to</c>,
    /// <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>kind</c>.
    /// </returns>
    public static Result<SigningAuthority> Create(DocumentId id, SigningAuthorityKind kind, PersonId personId, DateOnly from, DateOnly? to = null, string? basis = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(personId);
        return ResultExtras.Combine(
                SigningAuthorityKinds.Vocabulary.Check(kind).ToResult(),
                ResultExtras.Ensure(to is not { } end || end >= from, DomainErrors.General.EndBeforeStart("to", from, to ?? from)))
            .Then(() => new SigningAuthority(id, kind, personId, from, to, Texts.Optional(basis)));
    }

    /// <summary>Whether the person may sign for the head on the day.</summary>
    /// <param name="personId">The signatory.</param>
    /// <param name="day">The day of the signature (the order's date).</param>
    /// <returns>True when this record is about the person and its term holds the day.</returns>
    public bool Covers(PersonId personId, DateOnly day) =>
        PersonId == personId && day >= From && (To is not { } end || day <= end);
}

/// <summary>The kinds of <see cref="SigningAuthority"/>.</summary>
public enum SigningAuthorityKind
{
    /// <summary>Acting head (исполняющий обязанности руководителя) for the term.</summary>
    ActingHead = 1,

    /// <summary>A delegation of the head's signature (an order distributing duties, a power of attorney).</summary>
    Delegation = 2,
}

/// <summary>The vocabulary of <see cref="SigningAuthorityKind"/>.</summary>
public static class SigningAuthorityKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<SigningAuthorityKind> Vocabulary { get; } = Vocabulary<SigningAuthorityKind>.For("kind")
        .Add(SigningAuthorityKind.ActingHead, "acting-head", "исполнение обязанностей руководителя", "acting head", "002 «Процесс формирования пар»; 003 §2.6", "исполняющий обязанности руководителя", "и. о. руководителя")
        .Add(SigningAuthorityKind.Delegation, "delegation", "передача права подписи (распределение обязанностей, доверенность)", "delegation of the head's signature (distribution of duties, power of attorney)", "002 «Процесс формирования пар»; 003 §2.6", "распределение обязанностей", "доверенность")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<SigningAuthorityKind> Term(this SigningAuthorityKind kind) => Vocabulary[kind];
}
