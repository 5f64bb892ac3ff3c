using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>
/// A program ends only on a recognized ground: the plan done; the initiative of the mentor or the mentee, or their
/// mutual decision, for good reasons; the curator's initiative for improper execution.
/// </summary>
/// <remarks>
/// 002 «Завершение». The ground itself is always one of the three (the domain refuses any other); the rule checks that
/// the initiator fits it: for the participants' initiative, a mentor or mentee of the program's pair or group, or their
/// mutual decision («и/или обоюдному решению», recorded without a single initiator); for the curator's initiative, the
/// curator appointed by the curator order in force on the day of the ending (the latest dated on or before it), or, from
/// 01.03.2025, the head cancelling the assignment as the employer (ТК РФ, ст. 351.8). An initiator that is not recorded,
/// or a curator's initiative with no curator order in the case, is unknown.
/// <para>Judged on: the day the program ended (the completion date), with the orders in force that day.</para>
/// </remarks>
[JudgedOn("the day the program ended (the completion date), with the orders in force that day.")]
[Name("completion.ground")]
[Title("Программа завершается только по предусмотренному основанию", "A program ends only on a recognized ground")]
[Citation("002 «Завершение»", "Завершение персонализированной программы наставничества происходит в случае: завершения плана мероприятий … по инициативе наставника или наставляемого … по инициативе куратора")]
[Severity(Severity.Error)]
internal sealed class CompletionGroundRecognized : Rule
{
    private static readonly DateOnly LabourCodeFrom = new(2025, 3, 1);

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;
        IReadOnlyList<CuratorOrder> curatorOrders = null!;

        When()
            .Match(() => evaluation)
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>().CollectList())
            .Match(() => program, p => p.Completion != null)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair, curatorOrders)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair, IReadOnlyList<CuratorOrder> curatorOrders)
    {
        var completion = program.Completion!;
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (completion.Ground == CompletionGround.PlanCompleted)
        {
            return Verdict.Satisfied(() => $"{Ended()}.", () => $"{EndedEn()}.", subjects);
        }

        if (completion.ByMutualDecision)
        {
            return Verdict.Satisfied(
                () => $"{Ended()}: по обоюдному решению наставника и наставляемого.",
                () => $"{EndedEn()}: by the mentor's and the mentee's mutual decision.",
                subjects);
        }

        if (completion.InitiatedBy is not { } initiator)
        {
            return Verdict.Unknown(
                [$"инициатор досрочного завершения программы {program.Id}"],
                () => $"{Ended()}, но не указано, по чьей инициативе.",
                () => $"{EndedEn()}, but the initiator is not recorded.",
                subjects);
        }

        Subject[] withInitiator = [.. subjects, evaluation.Person(initiator)];
        if (completion.Ground == CompletionGround.ParticipantInitiative)
        {
            return pair.Involves(initiator)
                ? Verdict.Satisfied(() => $"{Ended()}; инициатор {Name()} — участник {PairTexts.Ru(evaluation, pair)}.", () => $"{EndedEn()}; the initiator {Name()} is a participant of the {PairTexts.En(evaluation, pair)}.", withInitiator)
                : Verdict.Violated(
                    () => $"{Ended()}, но инициатор {Name()} не является ни наставником, ни наставляемым.",
                    () => $"{EndedEn()}, but the initiator {Name()} is neither a mentor nor a mentee of the {PairTexts.En(evaluation, pair)}.",
                    withInitiator);
        }

        if (initiator == evaluation.Case.Organization.HeadId && completion.Date >= LabourCodeFrom)
        {
            return Verdict.Satisfied(
                () => $"{Ended()}; инициатор {Name()} — руководитель: отмена поручения работодателем (ТК РФ, ст. 351.8).",
                () => $"{EndedEn()}; the initiator {Name()} is the head, cancelling the assignment as the employer (Labour Code art. 351.8).",
                withInitiator);
        }

        if (curatorOrders.Count == 0)
        {
            return Verdict.Unknown(
                ["приказ о назначении куратора"],
                () => $"{Ended()} по инициативе {Name()}; приказа о назначении куратора в деле нет, поэтому нельзя проверить, что это куратор.",
                () => $"{EndedEn()} on the initiative of {Name()}; the case has no curator order to tell whether that is the curator.",
                withInitiator);
        }

        return AppointingOrder(curatorOrders, initiator, completion.Date) is { } order
            ? Verdict.Satisfied(
                () => $"{Ended()}; инициатор {Name()} — куратор (приказ {order}).",
                () => $"{EndedEn()}; the initiator {Name()} is the curator (order {order.Number} of {order.Date:yyyy-MM-dd}).",
                [.. withInitiator, Subject.Of(order)])
            : Verdict.Violated(
                () => $"{Ended()}, но инициатор {Name()} не является куратором по приказу, действующему на эту дату.",
                () => $"{EndedEn()}, but the initiator {Name()} is not the curator under the order in force that day.",
                withInitiator);

        string Ended() =>
            $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} завершена {completion.Date:dd.MM.yyyy} по основанию «{completion.Ground.Term().NameRu}»";
        string EndedEn() => $"Program {program.Id} ended on {completion.Date:yyyy-MM-dd} on the ground '{completion.Ground.Term().NameEn}'";
        string Name() => evaluation.Name(initiator);
    }

    /// <summary>
    /// The curator order in force on <paramref name="day"/> (the latest dated on or before it; of several that day, the
    /// first recorded) when it appoints <paramref name="curator"/>, or null.
    /// </summary>
    private static CuratorOrder? AppointingOrder(IReadOnlyList<CuratorOrder> orders, PersonId curator, DateOnly day)
    {
        CuratorOrder? inForce = null;
        for (var i = 0; i < orders.Count; i++)
        {
            if (orders[i].Date <= day && (inForce is null || orders[i].Date > inForce.Date))
            {
                inForce = orders[i];
            }
        }

        return inForce is not null && inForce.CuratorId == curator ? inForce : null;
    }
}
