using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

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
/// <para>Judged on: the date of each release order (its content and signatory).</para>
/// </remarks>
[JudgedOn("the date of each release order (its content and signatory).")]
[Name("org.release-exceptional")]
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
            .Let(() => released, () => evaluation.Case.FindPerson(order.ReleasedPersonId)!) // the released person, by key (no join with everyone)
            .Having(() => released != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, order, released)));
    }

    private static Verdict Judge(Evaluation evaluation, ReleaseOrder order, IPerson released)
    {
        List<Subject> subjects = [Subject.Of(order), Subject.Of(released)];
        if (order.ReplacementId is { } replacement)
        {
            subjects.Add(evaluation.Person(replacement));
        }

        var notByHead = OrganizationFacts.SignedByHead(evaluation, order) == false;
        if (notByHead || order.ReplacementId is null || order.ContinuityNote is null)
        {
            return Verdict.Violated(
                () => $"Приказ {order} об освобождении {evaluation.Name(released)} от должностных обязанностей: {string.Join("; ", Faults(evaluation, order, notByHead, english: false))}.",
                () => $"{OrganizationFacts.En(order)} releasing {evaluation.Name(released)} from duties: {string.Join("; ", Faults(evaluation, order, notByHead, english: true))}.",
                subjects);
        }

        if (order.Reason is null)
        {
            return Verdict.Unknown(
                [$"причина освобождения {evaluation.Name(released)} (исключительный случай) в приказе {order}"],
                () => $"Приказ {order} освобождает {evaluation.Name(released)} с заменой ({evaluation.Name(order.ReplacementId!)}), но не указывает причину: исключительность случая не установлена.",
                () => $"{OrganizationFacts.En(order)} releases {evaluation.Name(released)} with a replacement ({evaluation.Name(order.ReplacementId!)}) but states no reason: whether the case is exceptional is unknown.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"Приказ {order} освобождает {evaluation.Name(released)} в исключительном случае ({evaluation.Text(order.Reason!)}), с заменой ({evaluation.Name(order.ReplacementId!)}) и обеспечением непрерывности ({evaluation.Text(order.ContinuityNote!)}).",
            () => $"{OrganizationFacts.En(order)} releases {evaluation.Name(released)} in an exceptional case ({evaluation.Text(order.Reason!)}), with a replacement ({evaluation.Name(order.ReplacementId!)}) and continuity ensured ({evaluation.Text(order.ContinuityNote!)}).",
            subjects);
    }

    /// <summary>What the order lacks, in the order head, replacement, continuity.</summary>
    private static IEnumerable<string> Faults(Evaluation evaluation, ReleaseOrder order, bool notByHead, bool english)
    {
        if (notByHead)
        {
            yield return english
                ? $"the decision is not the head's (signed by {OrganizationFacts.Signer(evaluation, order)})"
                : $"решение принято не руководителем (подписал {OrganizationFacts.Signer(evaluation, order)})";
        }

        if (order.ReplacementId is null)
        {
            yield return english ? "no replacement is named" : "не назначена замена";
        }

        if (order.ContinuityNote is null)
        {
            yield return english
                ? "it does not say how the continuity of the educational process is ensured"
                : "не указано, как обеспечивается непрерывность образовательного процесса";
        }
    }
}
