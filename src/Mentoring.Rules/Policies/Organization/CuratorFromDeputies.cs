using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The curator is appointed from among the deputy heads of the organization.</summary>
/// <remarks>
/// 002 §2 (куратор). The subject is the current curator: the one named by the latest curator order issued on or
/// before the date of validation. Being a deputy head is read from <see cref="Teacher.IsDeputyHead"/>; a student,
/// a person from outside the organization, or the head is not a deputy head. 003 lets the head appoint any worker,
/// so an edition sets <c>curatorMustBeDeputy</c> to false and the rule no longer applies.
/// <para>Judged on: the day of the current curator's appointing order, with the post the case records for the curator.</para>
/// </remarks>
[JudgedOn("the day of the current curator's appointing order, with the post the case records for the curator.")]
[Name("org.curator-from-deputies")]
[Title("Куратор назначен из числа заместителей руководителя", "The curator is one of the deputy heads")]
[Citation("002 §2 (куратор)", "назначается руководителем образовательной организации из числа заместителей руководителя")]
[Severity(Severity.Warning)]
[RuleParameter("curatorMustBeDeputy", ParameterKind.Flag, "true", Description = "True when the curator must be a deputy head (002); false when any worker may be (003).", DescriptionRu = "Да — куратор должен быть заместителем руководителя (примерное положение); нет — им может быть любой работник (целевая модель г. Аргун).")]
internal sealed class CuratorFromDeputies : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        CuratorOrder order = null!;
        IPerson curator = null!;

        When()
            .Match(() => evaluation)
            .Match(() => order, o => o.Date <= evaluation.AsOf)
            .Not<CuratorOrder>(later => later.Date <= evaluation.AsOf && later.Date > order.Date)
            .Match(() => curator, p => p.Id == order.CuratorId);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), order, curator)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, CuratorOrder order, IPerson curator)
    {
        Subject[] subjects = [Subject.Of(curator), Subject.Of(order)];
        if (parameters.Flag("curatorMustBeDeputy") == false)
        {
            return Verdict.NotApplicable(
                () => $"Редакция не требует, чтобы куратор {evaluation.Name(curator)} (приказ {order}) был заместителем руководителя.",
                () => $"The edition does not require curator {evaluation.Name(curator)} ({OrganizationFacts.En(order)}) to be a deputy head.",
                subjects);
        }

        if (curator is Teacher { IsDeputyHead: true })
        {
            return Verdict.Satisfied(
                () => $"Куратор {evaluation.Name(curator)} (приказ {order}) — заместитель руководителя.",
                () => $"Curator {evaluation.Name(curator)} ({OrganizationFacts.En(order)}) is a deputy head.",
                subjects);
        }

        return Verdict.Violated(
            () => $"Куратор {evaluation.Name(curator)}, назначенный приказом {order}, не заместитель руководителя: {Who(curator).Ru}.",
            () => $"Curator {evaluation.Name(curator)}, appointed by {OrganizationFacts.En(order)}, is not a deputy head: {Who(curator).En}.",
            subjects);
    }

    /// <summary>What the curator is instead of a deputy head, in Russian and English.</summary>
    private static (string Ru, string En) Who(IPerson curator) => curator switch
    {
        Teacher { IsHead: true } => ("руководитель организации", "the head of the organization"),
        Teacher teacher => teacher.Position is { } position
            ? (position, $"a worker whose post is recorded as «{position}»")
            : ("работник, не отмеченный как заместитель руководителя", "a worker not marked as a deputy head"),
        Student => ("обучающийся", "a student"),
        _ => ("лицо, не работающее в организации", "a person from outside the organization"),
    };
}
