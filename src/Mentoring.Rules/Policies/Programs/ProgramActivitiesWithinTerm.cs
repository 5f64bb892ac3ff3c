using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>Every planned activity of a program falls inside the program's term.</summary>
/// <remarks>
/// 002 §1 (понятия); 003 §5.3. An activity is inside when its due date lies within the term, both ends included
/// (<see cref="PersonalizedProgram.ActivitiesOutsideTerm"/>); the term is the current one, after any extension.
/// A program without planned activities is not judged (<c>program.content</c> reports the missing plan).
/// </remarks>
[RuleId("program.activities-within-term")]
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
        var term = program.Term;
        if (program.Activities.Count == 0)
        {
            return Verdict.NotApplicable(
                $"В программе {program.Id} нет запланированных мероприятий.",
                $"Program {program.Id} has no planned activities.",
                subject);
        }

        var outside = program.ActivitiesOutsideTerm();
        if (outside.Count != 0)
        {
            return Verdict.Violated(
                $"Мероприятия программы {program.Id} вне её срока ({term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}): "
                    + string.Join("; ", outside.Select(a => $"{a.Id} «{a.Title}» — до {a.Due:dd.MM.yyyy}")) + ".",
                $"Activities of program {program.Id} fall outside its term ({term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}): "
                    + string.Join("; ", outside.Select(a => $"{a.Id} due {a.Due:yyyy-MM-dd}")) + ".",
                subject);
        }

        return Verdict.Satisfied(
            $"Все {program.Activities.Count} мероприятий программы {program.Id} в пределах срока {term.Start:dd.MM.yyyy}–{term.End:dd.MM.yyyy}.",
            $"All {program.Activities.Count} activities of program {program.Id} fall within {term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd}.",
            subject);
    }
}
