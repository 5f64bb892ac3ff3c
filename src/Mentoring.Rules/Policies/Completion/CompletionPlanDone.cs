using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>Ending a program on the ground «plan done» requires every planned activity done.</summary>
/// <remarks>
/// 002 «Завершение». Only programs ended on <see cref="CompletionGround.PlanCompleted"/> are judged. An activity counts as
/// done when it has a done date on or before the ending. A program whose plan records no activity is unknown: the plan
/// is missing from the input.
/// <para>Judged on: the day the program ended (the completion date): the activities done by then.</para>
/// </remarks>
[JudgedOn("the day the program ended (the completion date): the activities done by then.")]
[Name("completion.plan-done")]
[Title("Завершение по выполнению плана — все мероприятия выполнены", "Ending on «plan done» requires every activity done")]
[Citation("002 «Завершение»", "завершения плана мероприятий персонализированной программы наставничества в полном объеме")]
[Severity(Severity.Error)]
internal sealed class CompletionPlanDone : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program, p => p.Completion != null && p.Completion.Ground == CompletionGround.PlanCompleted);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program)
    {
        var completion = program.Completion!;
        var subject = Subject.Of(program);
        var planned = program.Activities.Count;
        if (planned == 0)
        {
            return Verdict.Unknown(
                [$"план мероприятий программы {program.Id}"],
                () => $"Программа {program.Id} завершена {completion.Date:dd.MM.yyyy} по выполнению плана, но план мероприятий не представлен.",
                () => $"Program {program.Id} ended on {completion.Date:yyyy-MM-dd} on the ground that the plan is done, but its plan of activities is not given.",
                subject);
        }

        if (Undone(program.Activities, completion.Date) is { } undone)
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} завершена {completion.Date:dd.MM.yyyy} по выполнению плана, но не выполнены мероприятия: "
                    + string.Join("; ", undone.Select(a => $"{a.Id} «{evaluation.Text(a.Title)}» (до {a.Due:dd.MM.yyyy})")) + ".",
                () => $"Program {program.Id} ended on {completion.Date:yyyy-MM-dd} on the ground that the plan is done, but activities are not done: "
                    + string.Join(", ", undone.Select(a => a.Id.Value)) + ".",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Все мероприятия программы {program.Id} ({Programs.ProgramTexts.Activities(planned)}) выполнены к {completion.Date:dd.MM.yyyy}.",
            () => $"All {Programs.ProgramTexts.ActivitiesEn(planned)} of program {program.Id} were done by {completion.Date:yyyy-MM-dd}.",
            subject);
    }

    /// <summary>
    /// The activities without a done date on or before <paramref name="ended"/>, in the plan's order, or null when all
    /// were done: no list is made for a plan done in full.
    /// </summary>
    private static List<PlannedActivity>? Undone(IReadOnlyList<PlannedActivity> activities, DateOnly ended)
    {
        List<PlannedActivity>? undone = null;
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].DoneOn is not { } done || done > ended)
            {
                (undone ??= []).Add(activities[i]);
            }
        }

        return undone;
    }
}
