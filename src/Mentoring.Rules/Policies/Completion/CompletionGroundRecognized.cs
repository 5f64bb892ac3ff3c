using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>
/// A program ends only on a recognized ground: the plan done; the initiative of the mentor or the mentee, or their
/// mutual decision, for good reasons; the curator's initiative for improper execution.
/// </summary>
/// <remarks>
/// 002 «Завершение». The ground itself is always one of the three (the domain refuses any other); the rule checks that
/// the initiator fits it: for the participants' initiative, a mentor or mentee of the program's pair or group; for the
/// curator's initiative, a curator appointed by a curator order dated on or before the ending. An initiator that is not
/// recorded, or a curator's initiative with no curator order in the case, is unknown.
/// </remarks>
[RuleId("completion.ground")]
[Title("Программа завершается только по предусмотренному основанию", "A program ends only on a recognized ground")]
[Citation("002 «Завершение»", "Завершение персонализированной программы наставничества происходит в случае: завершения плана мероприятий … по инициативе наставника или наставляемого … по инициативе куратора")]
[Severity(Severity.Error)]
internal sealed class CompletionGroundRecognized : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;
        IReadOnlyList<CuratorOrder> curatorOrders = null!;

        When()
            .Match(() => evaluation)
            .Query(() => curatorOrders, q => q.Match<CuratorOrder>().Collect())
            .Match(() => program, p => p.Completion != null)
            .Match(() => pair, p => p.Id == program.PairId);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair, curatorOrders)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair, IReadOnlyList<CuratorOrder> curatorOrders)
    {
        var completion = program.Completion!;
        var ground = completion.Ground.Term();
        var ended = $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} завершена {completion.Date:dd.MM.yyyy} по основанию «{ground.NameRu}»";
        var endedEn = $"Program {program.Id} ended on {completion.Date:yyyy-MM-dd} on the ground '{ground.Code}'";
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];

        if (completion.Ground == CompletionGround.PlanCompleted)
        {
            return Verdict.Satisfied($"{ended}.", $"{endedEn}.", subjects);
        }

        if (completion.InitiatedBy is not { } initiator)
        {
            return Verdict.Unknown(
                [$"инициатор досрочного завершения программы {program.Id}"],
                $"{ended}, но не указано, по чьей инициативе.",
                $"{endedEn}, but the initiator is not recorded.",
                subjects);
        }

        Subject[] withInitiator = [.. subjects, evaluation.Person(initiator)];
        var name = evaluation.Name(initiator);
        if (completion.Ground == CompletionGround.ParticipantInitiative)
        {
            return pair.Involves(initiator)
                ? Verdict.Satisfied($"{ended}; инициатор {name} — участник пары/группы.", $"{endedEn}; the initiator {name} is a participant.", withInitiator)
                : Verdict.Violated(
                    $"{ended}, но инициатор {name} не является ни наставником, ни наставляемым.",
                    $"{endedEn}, but the initiator {name} is neither a mentor nor a mentee of the pair/group.",
                    withInitiator);
        }

        if (curatorOrders.Count == 0)
        {
            return Verdict.Unknown(
                ["приказ о назначении куратора"],
                $"{ended} по инициативе {name}; приказа о назначении куратора в деле нет, поэтому нельзя проверить, что это куратор.",
                $"{endedEn} on the initiative of {name}; the case has no curator order to tell whether that is the curator.",
                withInitiator);
        }

        var curators = curatorOrders.Where(o => o.Date <= completion.Date).ToArray();
        var order = Array.Find(curators, o => o.CuratorId == initiator);
        return order is not null
            ? Verdict.Satisfied(
                $"{ended}; инициатор {name} — куратор (приказ {order}).",
                $"{endedEn}; the initiator {name} is the curator (order {order.Number} of {order.Date:yyyy-MM-dd}).",
                [.. withInitiator, Subject.Of(order)])
            : Verdict.Violated(
                $"{ended}, но инициатор {name} не назначен куратором на эту дату.",
                $"{endedEn}, but the initiator {name} is not the curator appointed by that date.",
                withInitiator);
    }
}
