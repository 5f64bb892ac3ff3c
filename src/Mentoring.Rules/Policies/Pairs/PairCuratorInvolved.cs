using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Pairs and groups are formed voluntarily with the curator taking part.</summary>
/// <remarks>
/// 002 «Процесс формирования пар». The pair records whether the curator took part in forming it; when it does not
/// say, the outcome is unknown. The curator appointed by the latest curator order on or before the date of
/// validation is named in the message. The voluntary side (the participants' written consent) is judged by
/// <c>consent.pairing-order</c>.
/// </remarks>
[RuleId("pair.curator-involved")]
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
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>(o => o.Date <= evaluation.AsOf).Collect())
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, curatorOrders)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<CuratorOrder> curatorOrders)
    {
        var subjects = PairFacts.Subjects(evaluation, pair).ToList();
        var (ru, en) = PairFacts.Opening(evaluation, pair);
        var curator = curatorOrders.OrderBy(o => o.Date).LastOrDefault();
        if (curator is not null)
        {
            subjects.Add(evaluation.Person(curator.CuratorId));
        }

        var named = curator is null ? string.Empty : $" {evaluation.Name(curator.CuratorId)} (приказ {PairFacts.Ru(curator)})";
        var curatorRu = "куратора" + named;
        var curatorEn = curator is null ? "the curator" : $"the curator {evaluation.Name(curator.CuratorId)} ({PairFacts.En(curator)})";
        return pair.CuratorInvolved switch
        {
            true => Verdict.Satisfied(
                $"{ru} сформирована с участием {curatorRu}.",
                $"{en} was formed with {curatorEn} taking part.",
                subjects),
            false => Verdict.Violated(
                $"{ru} сформирована без участия {curatorRu}.",
                $"{en} was formed without {curatorEn} taking part.",
                subjects),
            null => Verdict.Unknown(
                [$"участие куратора в формировании пары {pair.Id}"],
                $"{ru}: не указано, участвовал ли в её формировании куратор{named}.",
                $"{en}: the case does not say whether {curatorEn} took part in forming it.",
                subjects),
        };
    }
}
