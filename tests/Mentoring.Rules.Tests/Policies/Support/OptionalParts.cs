using Mentoring.Rules.Editions;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Test parts for the optional rules: a pairing order with a council review, an edition that turns a rule on.</summary>
internal static class OptionalParts
{
    public static CaseBuilder CouncilPairingOrder(this CaseBuilder builder, string id, DateOnly date, DateOnly? reviewedOn, params string[] pairs) =>
        builder.With(b => b.AddOrders(Ok(Domain.Orders.PairingOrder.Create(Doc(id), id, date, Org(), pairs.Select(Pr), reviewedByCouncilOn: reviewedOn))));

    /// <summary>An edition adjustment that turns the rule on and applies further settings.</summary>
    public static Action<EditionBuilder> On(string ruleId, Action<EditionBuilder>? more = null) => e =>
    {
        e.Enable(ruleId);
        more?.Invoke(e);
    };
}
