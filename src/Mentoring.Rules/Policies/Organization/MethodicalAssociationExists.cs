using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>(argun-2021) The organization has a methodical association of mentors, or a body given its functions.</summary>
/// <remarks>
/// <para>
/// 003 §6.4 (the organizations «создают методические объединения наставников»), §6.5 («На усмотрение образовательной
/// организации функциями МО/совета наставников может быть наделен: методический совет, научно-методический совет либо
/// иной общественный профессиональный орган»): any of these bodies satisfies the rule. The body is
/// <see cref="OrganizationRecords.MethodicalAssociation"/>: not recorded, unknown; recorded as none, violated. 003
/// sets no date for creating it: a body created after the date of validation is a warning, not an error.
/// </para>
/// <para>Judged on: the date of validation (the body existing that day).</para>
/// </remarks>
[JudgedOn("the date of validation (the body existing that day).")]
[Name("org.methodical-association")]
[Title("Создано методическое объединение наставников или орган с его функциями", "A methodical association of mentors, or a body given its functions, exists")]
[Citation("003 §6.4–6.5", "создают методические объединения наставников")]
[Severity(Severity.Error)]
[OffByDefault]
internal sealed class MethodicalAssociationExists : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        if (evaluation.Case.Records.MethodicalAssociation is not { } body)
        {
            return Verdict.Unknown(
                ["сведения о методическом объединении наставников (или органе, наделённом его функциями)"],
                () => $"Сведения о методическом объединении наставников {organization.Name} не представлены.",
                () => $"No record of a methodical association of mentors in {organization.Name} is presented.",
                subject);
        }

        if (body.Body == MethodicalBody.None)
        {
            return Verdict.Violated(
                () => $"В {organization.Name} не создано ни методическое объединение наставников, ни иной орган, наделённый его функциями.",
                () => $"{organization.Name} has neither a methodical association of mentors nor another body given its functions.",
                subject);
        }

        var what = body.Body.Term();
        var named = body.Name is { } n ? $" «{n}»" : string.Empty;
        if (body.EstablishedOn is { } established && established > asOf)
        {
            return Verdict.Violated(
                () => $"На {asOf:dd.MM.yyyy} в {organization.Name} ещё нет органа с функциями методического объединения наставников: {what.NameRu}{named} — дата создания {established:dd.MM.yyyy}.",
                () => $"On {asOf:yyyy-MM-dd} {organization.Name} has no body with the functions of the methodical association of mentors yet: {what.NameEn}{named} dates from {established:yyyy-MM-dd}.",
                subject).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Функции методического объединения наставников в {organization.Name} выполняет: {what.NameRu}{named}.",
            () => $"In {organization.Name} the functions of the methodical association of mentors belong to {what.NameEn}{named}.",
            subject);
    }
}
