using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Editions;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>
/// A rule about an organization's own duties (its orders, registries, website, documents): it matches the organization
/// with its orders and its pairs, and judges only an organization whose case shows mentoring — otherwise the rule does
/// not apply (<see cref="OrganizationFacts.RunsMentoring"/>, <see cref="OrganizationFacts.NoMentoring"/>).
/// </summary>
internal abstract class MentoringOrganizationRule : Rule
{
    /// <inheritdoc />
    public sealed override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        IReadOnlyList<Order> orders = null!;
        IReadOnlyList<MentoringPair> pairs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => orders, q => q.Match<Order>(o => o.OrganizationId == organization.Id).CollectList())
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.OrganizationId == organization.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(JudgeRunning(evaluation, evaluation.ParametersOf(ctx), organization, orders, pairs)));
    }

    /// <summary>Judges an organization that runs mentoring on the date of validation.</summary>
    /// <param name="evaluation">The validation.</param>
    /// <param name="parameters">The rule's parameters in the edition.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="orders">The organization's orders.</param>
    /// <param name="pairs">The organization's pairs and groups.</param>
    /// <returns>The verdict.</returns>
    protected abstract Verdict Judge(Evaluation evaluation, RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs);

    private Verdict JudgeRunning(Evaluation evaluation, RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs) =>
        OrganizationFacts.RunsMentoring(orders, pairs, evaluation.AsOf)
            ? Judge(evaluation, parameters, organization, orders, pairs)
            : OrganizationFacts.NoMentoring(evaluation, organization);
}
