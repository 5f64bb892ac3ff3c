using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>Every planned activity of a program falls inside the program's term.</summary>
/// <remarks>
/// 002 §1 (понятия); 003 §5.3. An activity is inside when its due date lies within the term, both ends included
/// (<see cref="PersonalizedProgram.ActivitiesOutsideTerm"/>); the term is the current one, after any extension.
/// A program without planned activities is not judged (<c>program.content</c> reports the missing plan).
/// </remarks>
[Name("program.activities-within-term")]
[Title("Мероприятия программы — в пределах её срока", "A program's activities fall inside its term")]
[Citation("002 §1 (понятия); 003 §5.3", "краткосрочная персонализированная программа (от 3 месяцев до 1 года), включающая … перечень мероприятий")]
[Severity(Severity.Warning)]
internal sealed class ProgramActivitiesWithinTerm : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PersonalizedProgram program = null!;

        When()
            .Match(() => program);
        Then()
            .Do(ctx => ctx.Emit(Judge(program)));
    }

    private static Verdict Judge(PersonalizedProgram program)
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

        if (OutsideTerm(program.Activities, term) is { } outside)
        {
            return Verdict.Violated(
                () => $"Мероприятия программы {id} вне её срока ({term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}): "
                    + string.Join("; ", outside.Select(a => $"{a.Id} «{a.Title}» — до {a.Due:dd.MM.yyyy}")) + ".",
                () => $"Activities of program {id} fall outside its term ({term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}): "
                    + string.Join("; ", outside.Select(a => $"{a.Id} due {a.Due:yyyy-MM-dd}")) + ".",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Все {planned} мероприятий программы {id} в пределах срока {term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}.",
            () => $"All {planned} activities of program {id} fall within {term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}.",
            subject);
    }

    /// <summary>
    /// The activities due outside the term, in the plan's order (as <see cref="PersonalizedProgram.ActivitiesOutsideTerm"/>),
    /// or null when all are inside: no list is made for a program whose plan fits.
    /// </summary>
    private static List<PlannedActivity>? OutsideTerm(IReadOnlyList<PlannedActivity> activities, ProgramTerm term)
    {
        List<PlannedActivity>? outside = null;
        for (var i = 0; i < activities.Count; i++)
        {
            if (!term.Contains(activities[i].Due))
            {
                (outside ??= []).Add(activities[i]);
            }
        }

        return outside;
    }
}
