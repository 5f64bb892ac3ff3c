using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.Orders;

/// <summary>The order fixing mentoring pairs and groups (приказ о закреплении наставнических пар/групп).</summary>
/// <remarks>002 §2 (с письменного согласия их участников), «Процесс формирования пар»; 003 §2.6.</remarks>
public sealed class PairingOrder : Order
{
    // The pairs as a set as well, built once with the (immutable) order: Fixes is asked for every pair of an order that
    // may list every pair of the organization (issue #14: validation linear in its size).
    private readonly HashSet<PairId> _pairSet;

    private PairingOrder(DocumentId id, string number, DateOnly date, OrganizationId organizationId, PersonId? signedBy, IReadOnlyList<PairId> pairs, DateOnly? reviewedByCouncilOn, DateRange? term)
        : base(id, number, date, organizationId, signedBy)
    {
        Pairs = pairs;
        _pairSet = [.. pairs];
        ReviewedByCouncilOn = reviewedByCouncilOn;
        Term = term;
    }

    /// <inheritdoc />
    public override OrderKind Kind => OrderKind.Pairing;

    /// <summary>The pairs and groups the order fixes, in the order's sequence; at least one, no repeats.</summary>
    public IReadOnlyList<PairId> Pairs { get; }

    /// <summary>
    /// The day the pedagogical council (педагогический совет) reviewed the pairs the order fixes, as the order or
    /// the council's minutes record it; null when no review is recorded.
    /// </summary>
    /// <remarks>
    /// Not in the seeds: some organizations' regulations fix pairs only after a review by the pedagogical council
    /// (optional rule <c>pair.order-after-council</c>). The model keeps the date as written, even one after the order.
    /// </remarks>
    public DateOnly? ReviewedByCouncilOn { get; }

    /// <summary>
    /// The term of mentoring the order states for the pairs it fixes (first and last day, inclusive), as the order writes
    /// it; null when the case does not record one.
    /// </summary>
    /// <remarks>
    /// Not in the seeds: some organizations' regulations say that mentoring is organized by the head's order «в котором
    /// определяются кандидатуры подшефных, наставников, сроки наставничества» (optional rule <c>pair.order-states-term</c>).
    /// </remarks>
    public DateRange? Term { get; }

    /// <summary>Creates the order, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="number">The order's number; required.</param>
    /// <param name="date">The order's date.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="pairs">The pairs and groups it fixes.</param>
    /// <param name="signedBy">The signatory, or null.</param>
    /// <param name="reviewedByCouncilOn">The day the pedagogical council reviewed the pairs, or null when no review is recorded.</param>
    /// <param name="term">The term of mentoring the order states, or null when none is recorded.</param>
    /// <returns>
    /// The order, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>number</c>,
    /// <see cref="DomainErrors.Documents.PairingOrderWithoutPairs"/> (MD0301) and
    /// <see cref="DomainErrors.General.DuplicateId"/> (MD0005) at <c>pairs</c>.
    /// </returns>
    public static Result<PairingOrder> Create(DocumentId id, string? number, DateOnly date, OrganizationId organizationId, IEnumerable<PairId> pairs, PersonId? signedBy = null, DateOnly? reviewedByCouncilOn = null, DateRange? term = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        PairId[] list = [.. pairs];
        var header = CheckHeader(id, number, organizationId);
        var checks = list
            .GroupBy(p => p)
            .Where(g => g.Count() > 1)
            .Select(g => Result.Invalid(DomainErrors.General.DuplicateId("pairs", g.Key.Value)))
            .Prepend(ResultExtras.Ensure(list.Length != 0, DomainErrors.Documents.PairingOrderWithoutPairs()))
            .Prepend(header.ToResult());
        return ResultExtras.Combine(checks).Then(() => new PairingOrder(id, header.Value, date, organizationId, signedBy, list, reviewedByCouncilOn, term));
    }

    /// <summary>True when the order fixes the pair or group.</summary>
    /// <param name="pairId">The pair or group.</param>
    /// <returns>True when it is one of <see cref="Pairs"/>.</returns>
    public bool Fixes(PairId pairId) => _pairSet.Contains(pairId);
}
