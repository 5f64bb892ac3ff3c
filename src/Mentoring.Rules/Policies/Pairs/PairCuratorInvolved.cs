using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Pairs and groups are formed voluntarily with the curator taking part.</summary>
/// <remarks>
/// 002 «Процесс формирования пар». The pair records whether the curator took part in forming it; when it does not
/// say, the outcome is unknown. The curator appointed by the latest curator order on or before the day the pair was
/// formed is named in the message. The voluntary side (the participants' written consent) is judged by
/// <c>consent.pairing-order</c>. Judged on: the day the pair was formed (else its pairing order, else its first
/// program's start; the date of validation only when none is recorded), for the curator in office then.
/// </remarks>
[JudgedOn("the day the pair was formed (else its pairing order, else its first program's start; the date of validation only when none is recorded), for the curator in office then.")]
[Name("pair.curator-involved")]
[Title("Пары (группы) формируются с участием куратора", "Pairs and groups are formed with the curator taking part")]
[Citation("002 «Процесс формирования пар»", "Сформированные на добровольной основе с непосредственным участием куратора, наставников и педагогов")]
[Severity(Severity.Warning)]
internal sealed class PairCuratorInvolved : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IReadOnlyList<CuratorOrder> curatorOrders = null!;

        When()
            .Match(() => evaluation)
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>(o => o.Date <= evaluation.AsOf).CollectList())
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, curatorOrders)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<CuratorOrder> curatorOrders)
    {
        var formed = PairFacts.JoinedOn(evaluation, pair) ?? evaluation.AsOf;
        var curator = Latest(curatorOrders, formed);
        var subjects = curator is null
            ? PairFacts.Subjects(evaluation, pair)
            : [.. PairFacts.Subjects(evaluation, pair), evaluation.Person(curator.CuratorId)];
        return pair.CuratorInvolved switch
        {
            true => Verdict.Satisfied(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} сформирована с участием {CuratorRu()}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} was formed with {CuratorEn()} taking part.",
                subjects),
            false => Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)} сформирована без участия {CuratorRu()}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)} was formed without {CuratorEn()} taking part.",
                subjects),
            null => Verdict.Unknown(
                [$"участие куратора в формировании пары {pair.Id}"],
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: не указано, участвовал ли в её формировании куратор{Named()}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the case does not say whether {CuratorEn()} took part in forming it.",
                subjects),
        };

        string Named() => curator is null ? string.Empty : $" {evaluation.Name(curator.CuratorId)} (приказ {PairFacts.Ru(curator)})";
        string CuratorRu() => "куратора" + Named();
        string CuratorEn() => curator is null ? "the curator" : $"the curator {evaluation.Name(curator.CuratorId)} ({PairFacts.En(curator)})";
    }

    /// <summary>The curator order of the latest date on or before the day (the last listed of that date), or null.</summary>
    private static CuratorOrder? Latest(IReadOnlyList<CuratorOrder> orders, DateOnly on)
    {
        CuratorOrder? latest = null;
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            if (order.Date <= on && (latest is null || order.Date >= latest.Date))
            {
                latest = order;
            }
        }

        return latest;
    }
}
