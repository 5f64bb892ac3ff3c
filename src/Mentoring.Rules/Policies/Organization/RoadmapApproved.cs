using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The head approves the organization's roadmap (дорожная карта, план мероприятий) for the Положение.</summary>
/// <remarks>
/// 002 §2; 003 order п.4.4; 004 order п.3.2. The rule applies to an organization whose case shows mentoring or has a
/// roadmap. It holds when a roadmap order is issued on or before the date of validation and, when the copy shows
/// the signatory, signed by the head. A roadmap that states its approving order («утверждена приказом № …») while the
/// order itself is not in the case leaves the head's approval unverified: unknown. No roadmap order at all is a violation.
/// <para>Judged on: the date of validation (the roadmap orders issued by then).</para>
/// </remarks>
[JudgedOn("the date of validation (the roadmap orders issued by then).")]
[Name("org.roadmap-approved")]
[Title("Дорожная карта по реализации положения утверждена руководителем", "The head approves the organization's roadmap")]
[Citation("002 §2; 003 order п.4.4; 004 order п.3.2", "утверждает Дорожную карту (план мероприятий) по реализации Положения о системе наставничества педагогических работников в образовательной организации")]
[Severity(Severity.Warning)]
internal sealed class RoadmapApproved : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        IReadOnlyList<Order> orders = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<Roadmap> roadmaps = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => orders, q => q.Match<Order>(o => o.OrganizationId == organization.Id).CollectList())
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.OrganizationId == organization.Id).CollectList())
            .Query(() => roadmaps, q => q.Match<Roadmap>().CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, orders, pairs, roadmaps)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Organization organization,
        IReadOnlyList<Order> orders,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<Roadmap> roadmaps)
    {
        var asOf = evaluation.AsOf;
        if (roadmaps.Count == 0 && !OrganizationFacts.RunsMentoring(orders, pairs, asOf))
        {
            return OrganizationFacts.NoMentoring(evaluation, organization);
        }

        var subject = Subject.Of(organization);
        var approving = OrganizationFacts.Issued<RoadmapOrder>(orders, asOf);
        if (approving.Count != 0)
        {
            var order = SignedByHeadOrFirst(evaluation, approving);
            var roadmap = Find(roadmaps, order.RoadmapId);
            Subject[] subjects = roadmap is null ? [subject, Subject.Of(order)] : [subject, Subject.Of(order), Subject.Of(roadmap)];
            return OrganizationFacts.SignedByHead(evaluation, order) == false
                ? Verdict.Violated(
                    () => $"Дорожная карта «{Title()}» утверждена приказом {order}, подписанным не руководителем, а {OrganizationFacts.Signer(evaluation, order)}.",
                    () => $"Roadmap «{Title()}» is approved by {OrganizationFacts.En(order)}, signed not by the head but by {OrganizationFacts.Signer(evaluation, order)}.",
                    subjects)
                : Verdict.Satisfied(
                    () => $"Дорожная карта «{Title()}» утверждена приказом {order}.",
                    () => $"Roadmap «{Title()}» is approved by {OrganizationFacts.En(order)}.",
                    subjects);

            string Title() => roadmap is null ? order.RoadmapId.Value : evaluation.Text(roadmap.Title);
        }

        var stated = new List<Roadmap>();
        foreach (var roadmap in roadmaps)
        {
            if (roadmap.OrderDate is { } date && date <= asOf)
            {
                stated.Add(roadmap);
            }
        }

        if (stated.Count != 0)
        {
            var missing = stated.Select(r => $"приказ № {r.OrderNumber ?? "—"} от {r.OrderDate:dd.MM.yyyy} об утверждении дорожной карты «{evaluation.Text(r.Title)}»").ToList();
            return Verdict.Unknown(
                missing,
                () => $"Дорожная карта ссылается на приказ об утверждении, но самого приказа в деле нет: {string.Join("; ", missing)}.",
                () => $"The roadmap refers to its approving order, which is not in the case: {string.Join("; ", stated.Select(r => $"order No. {r.OrderNumber ?? "—"} of {r.OrderDate:yyyy-MM-dd} for «{evaluation.Text(r.Title)}»"))}.",
                [subject, .. stated.Select(Subject.Of)]);
        }

        return Verdict.Violated(
            () => roadmaps.Count == 0
                ? $"В {organization.Name} ведётся наставничество, но на {asOf:dd.MM.yyyy} нет дорожной карты, утверждённой приказом руководителя."
                : $"Дорожная карта «{evaluation.Text(roadmaps[0].Title)}» не утверждена приказом руководителя на {asOf:dd.MM.yyyy}.",
            () => roadmaps.Count == 0
                ? $"{organization.Name} runs mentoring, but on {asOf:yyyy-MM-dd} no roadmap is approved by the head's order."
                : $"Roadmap «{evaluation.Text(roadmaps[0].Title)}» is not approved by the head's order on {asOf:yyyy-MM-dd}.",
            [subject, .. roadmaps.Select(Subject.Of)]);
    }

    /// <summary>The first approving order not shown signed by someone else, else the first one.</summary>
    private static RoadmapOrder SignedByHeadOrFirst(Evaluation evaluation, IReadOnlyList<RoadmapOrder> approving)
    {
        foreach (var order in approving)
        {
            if (OrganizationFacts.SignedByHead(evaluation, order) != false)
            {
                return order;
            }
        }

        return approving[0];
    }

    /// <summary>The roadmap with the identifier, or null.</summary>
    private static Roadmap? Find(IReadOnlyList<Roadmap> roadmaps, RoadmapId id)
    {
        foreach (var roadmap in roadmaps)
        {
            if (roadmap.Id == id)
            {
                return roadmap;
            }
        }

        return null;
    }
}
