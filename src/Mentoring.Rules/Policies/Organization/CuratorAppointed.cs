using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The head appoints the curator of mentoring programs by order.</summary>
/// <remarks>
/// 002 §2 (руководитель утверждает куратора); 003 order п.4.2, roadmap 1.3. The rule applies to an organization
/// whose case shows mentoring. It holds when a curator order is issued on or before the date of validation (the
/// latest one names the current curator), signed by the head when the copy shows the signatory, and appoints a
/// worker or social partner rather than a student (002 §1: «Куратор – сотрудник образовательной организации,
/// учреждения из числа ее социальных партнеров»).
/// <para>Judged on: the date of validation (the curator order in force that day).</para>
/// </remarks>
[JudgedOn("the date of validation (the curator order in force that day).")]
[Name("org.curator-appointed")]
[Title("Куратор назначен приказом руководителя", "The head appoints a curator by order")]
[Citation("002 §2; 003 order п.4.2, roadmap 1.3", "утверждает куратора реализации программ наставничества")]
[Severity(Severity.Error)]
internal sealed class CuratorAppointed : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        if (OrganizationFacts.CurrentCurator(orders, asOf) is not { } order)
        {
            return Verdict.Violated(
                () => $"В {organization.Name} ведётся наставничество, но на {asOf:dd.MM.yyyy} нет приказа руководителя о назначении куратора.",
                () => $"{organization.Name} runs mentoring, but on {asOf:yyyy-MM-dd} there is no head's order appointing the curator.",
                subject);
        }

        var curator = evaluation.Person(order.CuratorId);
        if (OrganizationFacts.SignedByHead(evaluation, order) == false)
        {
            return Verdict.Violated(
                () => $"Куратор {Curator()} назначен приказом {order}, подписанным не руководителем, а {OrganizationFacts.Signer(evaluation, order)}.",
                () => $"Curator {Curator()} is appointed by {OrganizationFacts.En(order)}, signed not by the head but by {OrganizationFacts.Signer(evaluation, order)}.",
                subject,
                Subject.Of(order),
                curator);
        }

        if (evaluation.Case.FindPerson(order.CuratorId) is Student)
        {
            return Verdict.Violated(
                () => $"Приказом {order} куратором назначен обучающийся {Curator()}; куратор — сотрудник организации или её социального партнёра.",
                () => $"{OrganizationFacts.En(order)} appoints student {Curator()} as curator; the curator is a worker of the organization or of its social partner.",
                subject,
                Subject.Of(order),
                curator);
        }

        return Verdict.Satisfied(
            () => $"Куратор {Curator()} назначен приказом {order}.",
            () => $"Curator {Curator()} is appointed by {OrganizationFacts.En(order)}.",
            subject,
            Subject.Of(order),
            curator);

        string Curator() => evaluation.Name(order.CuratorId);
    }
}
