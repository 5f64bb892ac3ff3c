using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>
/// What the organization rules read from a case and how they name things, written once: which orders are issued on
/// the date of validation, whether the organization runs mentoring at all, whether an order is signed by the head,
/// who the current curator is, and how an order is named in English.
/// </summary>
internal static class OrganizationFacts
{
    /// <summary>The orders of a kind dated on or before <paramref name="asOf"/> (later ones are not yet issued), earliest first.</summary>
    internal static IReadOnlyList<TOrder> Issued<TOrder>(IEnumerable<Order> orders, DateOnly asOf)
        where TOrder : Order
    {
        List<TOrder>? issued = null;
        foreach (var order in orders)
        {
            if (order is TOrder of && of.Date <= asOf)
            {
                // A stable insertion by date (as OrderBy): orders of the same day keep the case's order.
                issued ??= [];
                var at = issued.Count;
                while (at > 0 && issued[at - 1].Date > of.Date)
                {
                    at--;
                }

                issued.Insert(at, of);
            }
        }

        return issued ?? (IReadOnlyList<TOrder>)[];
    }

    /// <summary>
    /// True when the case shows mentoring in the organization on the date: a pair or group, or any of the head's
    /// mentoring orders issued by then. An organization without either is not judged by the organization rules.
    /// </summary>
    internal static bool RunsMentoring(IEnumerable<Order> orders, IReadOnlyCollection<MentoringPair> pairs, DateOnly asOf)
    {
        if (pairs.Count != 0)
        {
            return true;
        }

        foreach (var order in orders)
        {
            if (order.Date <= asOf)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verdict of an organization rule for an organization that runs no mentoring.</summary>
    internal static Verdict NoMentoring(Evaluation evaluation, Organization organization) => Verdict.NotApplicable(
        () => $"В деле {organization.Name} на {evaluation.AsOf:dd.MM.yyyy} нет ни наставнических пар, ни приказов о наставничестве.",
        () => $"The case of {organization.Name} has neither mentoring pairs nor mentoring orders on {evaluation.AsOf:yyyy-MM-dd}.",
        Subject.Of(organization));

    /// <summary>
    /// Whether the order is signed by the head: by the organization's head when the case names one, otherwise by a
    /// teacher marked as the head. Null when the copy does not show the signatory, or the case identifies no head.
    /// </summary>
    internal static bool? SignedByHead(Evaluation evaluation, Order order)
    {
        if (order.SignedBy is not { } signer)
        {
            return null;
        }

        if (evaluation.Case.Organization.HeadId is { } head)
        {
            return signer == head;
        }

        bool? signedByHead = null;
        foreach (var teacher in evaluation.Case.Teachers)
        {
            if (teacher.IsHead)
            {
                signedByHead = signedByHead == true || teacher.Id == signer;
            }
        }

        return signedByHead;
    }

    /// <summary>The curator order in force on the date: the latest one issued by then, or null.</summary>
    internal static CuratorOrder? CurrentCurator(IEnumerable<Order> orders, DateOnly asOf)
    {
        // The last of the latest day in the case's order (as the last of a stable OrderBy).
        CuratorOrder? current = null;
        foreach (var order in orders)
        {
            if (order is CuratorOrder curator && curator.Date <= asOf && (current is null || curator.Date >= current.Date))
            {
                current = curator;
            }
        }

        return current;
    }

    /// <summary>An order in English: "order No. 12 of 2023-09-01 (order appointing the curator)".</summary>
    internal static string En(Order order) => $"order No. {order.Number} of {order.Date:yyyy-MM-dd} ({order.Kind.Term().NameEn})";

    /// <summary>How the signatory of an order is named: «Сидорова А. А.» (redaction respected).</summary>
    internal static string Signer(Evaluation evaluation, Order order) =>
        order.SignedBy is { } signer ? evaluation.Name(signer) : "—";
}
