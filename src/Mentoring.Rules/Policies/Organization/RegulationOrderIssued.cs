using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>Mentoring in an organization rests on the head's order approving the Положение о системе наставничества.</summary>
/// <remarks>
/// 002 §2 ¶1; 003 §2.1, §2.5. The rule applies to an organization whose case shows mentoring (a pair or group, or
/// a mentoring order). It holds when a regulation order is issued on or before the date of validation, signed by
/// the head when the copy shows the signatory, and no pairing order precedes it (pairs fixed before the Положение
/// is approved have no basis). No regulation order in the case of an organization that runs mentoring is a
/// violation: the case is the organization's own file of orders.
/// <para>Judged on: the date of validation for the order's existence; the dates of the pairing orders against the regulation order's date.</para>
/// </remarks>
[JudgedOn("the date of validation for the order's existence; the dates of the pairing orders against the regulation order's date.")]
[Name("org.regulation-order")]
[Title("Наставничество организовано приказом об утверждении положения", "Mentoring rests on the head's order approving the regulation")]
[Citation("002 §2 ¶1; 003 §2.1, §2.5", "Наставничество организуется на основании приказа руководителя образовательной организации «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»")]
[Severity(Severity.Error)]
internal sealed class RegulationOrderIssued : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        var regulation = OrganizationFacts.Issued<RegulationOrder>(orders, asOf);
        if (regulation.Count == 0)
        {
            return Verdict.Violated(
                () => $"В {organization.Name} ведётся наставничество, но на {asOf:dd.MM.yyyy} нет приказа руководителя об утверждении положения о системе наставничества.",
                () => $"{organization.Name} runs mentoring, but on {asOf:yyyy-MM-dd} there is no head's order approving the regulation on mentoring.",
                subject);
        }

        var order = regulation[0];
        if (OrganizationFacts.SignedByHead(evaluation, order) == false)
        {
            return Verdict.Violated(
                () => $"Приказ {order} подписан не руководителем, а {OrganizationFacts.Signer(evaluation, order)}.",
                () => $"{OrganizationFacts.En(order)} is signed not by the head but by {OrganizationFacts.Signer(evaluation, order)}.",
                subject,
                Subject.Of(order));
        }

        if (FirstBefore(orders, asOf, order.Date) is { } early)
        {
            return Verdict.Violated(
                () => $"Приказ {early} издан раньше приказа {order}: пары закреплены до утверждения положения о системе наставничества.",
                () => $"{OrganizationFacts.En(early)} precedes {OrganizationFacts.En(order)}: pairs were fixed before the regulation was approved.",
                subject,
                Subject.Of(order),
                Subject.Of(early));
        }

        return Verdict.Satisfied(
            () => $"Положение о системе наставничества утверждено приказом {order}.",
            () => $"The regulation on mentoring is approved by {OrganizationFacts.En(order)}.",
            subject,
            Subject.Of(order));
    }

    /// <summary>The earliest pairing order issued by the date and before the day (the first in the case's order on that day), or null.</summary>
    private static PairingOrder? FirstBefore(IReadOnlyList<Order> orders, DateOnly asOf, DateOnly day)
    {
        PairingOrder? first = null;
        foreach (var order in orders)
        {
            if (order is PairingOrder pairing && pairing.Date <= asOf && pairing.Date < day && (first is null || pairing.Date < first.Date))
            {
                first = pairing;
            }
        }

        return first;
    }
}
