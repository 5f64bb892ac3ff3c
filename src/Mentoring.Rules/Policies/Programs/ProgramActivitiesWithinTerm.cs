using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>Every planned activity of a program falls inside the program's term.</summary>
/// <remarks>
/// 002 §1 (понятия); 003 §5.3. Neither clause states it: a program of a term «от 3 месяцев до 1 года» with «перечень
/// мероприятий» is read to plan its activities inside that term — an inference (readings.md, principle 5), so at most
/// a warning. An activity is inside when its due date in force (<see cref="PersonalizedProgram.DueOf"/>: a rescheduling
/// agreed as «корректировка плана» moves it) lies within the term, both ends included; the term is the current one,
/// after any extension. A program without planned activities is not judged (<c>program.content</c> reports the missing
/// plan).
/// <para>Judged on: the program's current term and each activity's due date in force, not on the date of validation.</para>
/// </remarks>
[JudgedOn("the program's current term and each activity's due date in force, not on the date of validation.")]
[Name("program.activities-within-term")]
[Title("Мероприятия программы — в пределах её срока", "A program's activities fall inside its term")]
[Citation("002 §1 (понятия); 003 §5.3", "краткосрочная персонализированная программа (от 3 месяцев до 1 года), включающая … перечень мероприятий")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "The clauses define a program as a short-term one with a list of activities; that every activity falls inside the term is inferred, not stated.")]
internal sealed class ProgramActivitiesWithinTerm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program)
    {
        var subject = Subject.Of(program);
        var id = program.Id;
        var term = program.Term;
        var planned = program.Activities.Count;
        if (planned == 0)
        {
            return Verdict.NotApplicable(
                () => $"В программе {id} нет запланированных мероприятий.",
                () => $"Program {id} has no planned activities.",
                subject);
        }

        if (OutsideTerm(program) is { } outside)
        {
            return Verdict.Violated(
                () => $"Мероприятия программы {id} вне её срока ({ProgramTexts.Ru(term.Start)}–{ProgramTexts.Ru(term.End)}): "
                    + string.Join("; ", outside.Select(a => $"{a.Activity.Id} «{evaluation.Text(a.Activity.Title)}» — до {ProgramTexts.Ru(a.Due)}")) + ".",
                () => $"Activities of program {id} fall outside its term ({ProgramTexts.En(term.Start)} to {ProgramTexts.En(term.End)}): "
                    + string.Join("; ", outside.Select(a => $"{a.Activity.Id} due {ProgramTexts.En(a.Due)}")) + ".",
                subject).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Все мероприятия программы {id} ({ProgramTexts.Activities(planned)}) в пределах срока {ProgramTexts.Ru(term.Start)}–{ProgramTexts.Ru(term.End)}.",
            () => $"All {ProgramTexts.ActivitiesEn(planned)} of program {id} fall within {ProgramTexts.En(term.Start)} to {ProgramTexts.En(term.End)}.",
            subject);
    }

    /// <summary>The activities due outside the term, with their due dates in force, in the plan's order, or null when all are inside.</summary>
    private static List<(PlannedActivity Activity, DateOnly Due)>? OutsideTerm(PersonalizedProgram program)
    {
        List<(PlannedActivity, DateOnly)>? outside = null;
        foreach (var activity in program.Activities)
        {
            var due = program.DueOf(activity);
            if (!program.Term.Contains(due))
            {
                (outside ??= []).Add((activity, due));
            }
        }

        return outside;
    }
}
