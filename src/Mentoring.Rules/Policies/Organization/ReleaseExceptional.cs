using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>
/// Releasing a mentor or a mentee from their duties for program activities is the head's decision, exceptional, with
/// the continuity of the educational process and a replacement recorded.
/// </summary>
/// <remarks>
/// 002 §1 (last ¶). The subject is each release order issued on or before the date of validation. The clause sets two
/// conditions, continuity and replacement («при условии обеспечения непрерывности … и замены их отсутствия»): an order
/// that names no replacement or does not say how continuity is ensured violates the rule, as does an order the copy
/// shows signed by someone other than the head. Whether the case is exceptional can only be judged from the reason
/// the order states; an order that states none leaves it unknown.
/// </remarks>
[RuleId("org.release-exceptional")]
[Title("Освобождение от обязанностей для участия в программе — исключительное решение руководителя", "Release from duties for program activities is the head's exceptional decision")]
[Citation("002 §1 (last ¶)", "принимает руководитель образовательной организации в исключительных случаях при условии обеспечения непрерывности образовательного процесса в образовательной организации и замены их отсутствия")]
[Severity(Severity.Warning)]
internal sealed class ReleaseExceptional : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        ReleaseOrder order = null!;
        IPerson released = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Match(() => released, p => p.Id == order.ReleasedPersonId);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, released)));
    }

    private static Verdict Judge(Evaluation evaluation, ReleaseOrder order, IPerson released)
    {
        var name = evaluation.Name(released);
        List<Subject> subjects = [Subject.Of(order), Subject.Of(released)];
        if (order.ReplacementId is { } replacement)
        {
            subjects.Add(evaluation.Person(replacement));
        }

        var faultsRu = new List<string>();
        var faultsEn = new List<string>();
        if (OrganizationFacts.SignedByHead(evaluation, order) == false)
        {
            faultsRu.Add($"решение принято не руководителем (подписал {OrganizationFacts.Signer(evaluation, order)})");
            faultsEn.Add($"the decision is not the head's (signed by {OrganizationFacts.Signer(evaluation, order)})");
        }

        if (order.ReplacementId is null)
        {
            faultsRu.Add("не назначена замена");
            faultsEn.Add("no replacement is named");
        }

        if (order.ContinuityNote is null)
        {
            faultsRu.Add("не указано, как обеспечивается непрерывность образовательного процесса");
            faultsEn.Add("it does not say how the continuity of the educational process is ensured");
        }

        if (faultsRu.Count != 0)
        {
            return Verdict.Violated(
                $"Приказ {order} об освобождении {name} от должностных обязанностей: {string.Join("; ", faultsRu)}.",
                $"{OrganizationFacts.En(order)} releasing {name} from duties: {string.Join("; ", faultsEn)}.",
                subjects);
        }

        var by = evaluation.Name(order.ReplacementId!);
        if (order.Reason is null)
        {
            return Verdict.Unknown(
                [$"причина освобождения {name} (исключительный случай) в приказе {order}"],
                $"Приказ {order} освобождает {name} с заменой ({by}), но не указывает причину: исключительность случая не установлена.",
                $"{OrganizationFacts.En(order)} releases {name} with a replacement ({by}) but states no reason: whether the case is exceptional is unknown.",
                subjects);
        }

        return Verdict.Satisfied(
            $"Приказ {order} освобождает {name} в исключительном случае ({order.Reason}), с заменой ({by}) и обеспечением непрерывности ({order.ContinuityNote}).",
            $"{OrganizationFacts.En(order)} releases {name} in an exceptional case ({order.Reason}), with a replacement ({by}) and continuity ensured ({order.ContinuityNote}).",
            subjects);
    }
}
