using Mentoring.Domain.Calendar;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>While a program runs, each planned activity is done by its due date.</summary>
/// <remarks>
/// 002 §4 (обязанности наставляемого): «реализовывать мероприятия плана персонализированной программы наставничества в
/// установленные сроки». An activity's due date is the one in force (<see cref="PersonalizedProgram.DueOf"/>): a
/// rescheduling agreed as «корректировка плана» (002 «Изменение сроков») resets it; whether everyone agreed is judged by
/// <c>program.change-by-mutual-consent</c>. «до DATE» includes the date, and a due date that falls on a non-working day
/// moves to the next working day (ГК РФ, ст. 193; the five-day production calendar, the later of the two weeks). Judged
/// are the activities due while the program runs: from its start (its activation, or the term's first day) to its
/// ending (the completion date) — an activity due after an early ending is not owed. An activity is late when it was
/// done after its due date, or when that date has passed by the date of validation without a recorded done date.
/// A program never started (draft or approved) is not judged.
/// <para>
/// Judged on: each activity's due date in force — done by then or not; the date of validation only says which due
/// dates have passed, so a finding about a passed due date does not change as the date moves later.
/// </para>
/// </remarks>
[JudgedOn("each activity's due date in force — done by then or not; the date of validation only says which due dates have passed, so a finding about a passed due date does not change as the date moves later.")]
[Name("program.activities-on-time")]
[Title("Мероприятия программы выполняются в установленные сроки", "A program's activities are done by their due dates")]
[Citation("002 §4 (обязанности наставляемого)", "реализовывать мероприятия плана персонализированной программы наставничества в установленные сроки")]
[Severity(Severity.Error)]
internal sealed class ProgramActivitiesOnTime : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair)
    {
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];
        var id = program.Id;
        if (program.Status is ProgramStatus.Draft or ProgramStatus.Approved)
        {
            return Verdict.NotApplicable(
                () => $"Программа {id} {PairTexts.Ru(evaluation, pair)} не начата ({program.Status.Term().NameRu}).",
                () => $"Program {id} of the {PairTexts.En(evaluation, pair)} has not started ({program.Status.Term().NameEn}).",
                subjects);
        }

        var started = program.ActivatedOn ?? program.Term.Start;
        var ended = program.Completion?.Date;
        var asOf = evaluation.AsOf;
        var late = new List<(PlannedActivity Activity, DateOnly Due, DateOnly? DoneOn)>();
        var judged = 0;
        var approximate = false;
        foreach (var activity in program.Activities)
        {
            var planned = program.DueOf(activity);
            if (planned < started || (ended is { } end && planned > end))
            {
                continue;
            }

            var deadline = ProductionCalendar.Russia.ShiftDeadline(planned);
            var doneOnTime = activity.DoneOn is { } done && done <= deadline.Value;
            if (!doneOnTime && activity.DoneOn is null && deadline.Value >= asOf)
            {
                continue; // not due yet: the due date has not passed by the date of validation
            }

            judged++;
            approximate |= deadline.IsApproximate && deadline.Value != planned;
            if (!doneOnTime)
            {
                late.Add((activity, deadline.Value, activity.DoneOn));
            }
        }

        if (judged == 0)
        {
            return Verdict.NotApplicable(
                () => $"У программы {id} {PairTexts.Ru(evaluation, pair)} нет мероприятий, срок которых наступил к {ProgramTexts.Ru(asOf)}.",
                () => $"Program {id} of the {PairTexts.En(evaluation, pair)} has no activity whose due date has passed by {ProgramTexts.En(asOf)}.",
                subjects);
        }

        var note = approximate ? " (перенос срока с нерабочего дня — по приблизительному календарю)" : string.Empty;
        var noteEn = approximate ? " (a due date moved off a non-working day by an approximate calendar)" : string.Empty;
        if (late.Count != 0)
        {
            return Verdict.Violated(
                () => $"Мероприятия программы {id} {PairTexts.Ru(evaluation, pair)} не выполнены в установленные сроки: "
                    + string.Join("; ", late.Select(l => $"{l.Activity.Id} «{evaluation.Text(l.Activity.Title)}» — срок {ProgramTexts.Ru(l.Due)}, "
                        + (l.DoneOn is { } d ? $"выполнено {ProgramTexts.Ru(d)}" : $"на {ProgramTexts.Ru(asOf)} не выполнено"))) + note + ".",
                () => $"Activities of program {id} of the {PairTexts.En(evaluation, pair)} were not done by their due dates: "
                    + string.Join("; ", late.Select(l => $"{l.Activity.Id} due {ProgramTexts.En(l.Due)}, "
                        + (l.DoneOn is { } d ? $"done {ProgramTexts.En(d)}" : $"not done by {ProgramTexts.En(asOf)}"))) + noteEn + ".",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"Мероприятия программы {id} {PairTexts.Ru(evaluation, pair)}, срок которых наступил ({ProgramTexts.Activities(judged)}), выполнены в установленные сроки{note}.",
            () => $"The {ProgramTexts.ActivitiesEn(judged)} of program {id} of the {PairTexts.En(evaluation, pair)} due so far were done by their due dates{noteEn}.",
            subjects);
    }
}
