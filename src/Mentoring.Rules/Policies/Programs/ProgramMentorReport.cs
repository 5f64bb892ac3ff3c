using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>(argun-2021) The mentor or tutor writes a report on the program when it ends.</summary>
/// <remarks>
/// 003 §5.5 (the reflective and analytical stage): «подготовка наставником (тьютором) отчета о реализации программы
/// сопровождения». 003 sets no due date: while the program runs, a report not yet recorded is unknown (it may still come
/// before the end); once the program has ended — its completion, or its last day passed by the date of validation — a
/// program without a recorded report (<see cref="PersonalizedProgram.MentorReport"/>) is a violation. A recorded report
/// satisfies the rule whenever it was submitted. Off unless an edition turns it on: 003 is the only seed that asks for it
/// (readings.md, principle 3).
/// <para>
/// Judged on: the day the program ended (its completion date, or the last day of its term); before it, the finding is
/// unknown. Moving the date of validation later does not change a finding about a program that has ended.
/// </para>
/// </remarks>
[JudgedOn("the day the program ended (its completion date, or the last day of its term); before it, the finding is unknown. Moving the date of validation later does not change a finding about a program that has ended.")]
[Name("program.mentor-report")]
[Title("Отчёт наставника о реализации программы", "The mentor's report on the program")]
[Citation("003 §5.5", "подготовка наставником (тьютором) отчета о реализации программы сопровождения")]
[Severity(Severity.Error)]
[OffByDefault]
internal sealed class ProgramMentorReport : Rule
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
        if (program.MentorReport is { } report)
        {
            return Verdict.Satisfied(
                () => $"Отчёт о реализации программы {id} {PairTexts.Ru(evaluation, pair)} представлен {ProgramTexts.Ru(report.SubmittedOn)}"
                    + (report.Author is { } author ? $" (автор: {evaluation.Name(author)})." : "."),
                () => $"The report on program {id} of the {PairTexts.En(evaluation, pair)} was submitted on {ProgramTexts.En(report.SubmittedOn)}"
                    + (report.Author is { } author ? ProgramTexts.Sentence($" by {evaluation.Name(author)}") : "."),
                subjects);
        }

        var endedOn = program.Completion?.Date ?? (program.Term.End < evaluation.AsOf ? program.Term.End : (DateOnly?)null);
        if (endedOn is not { } ended)
        {
            return Verdict.Unknown(
                [$"отчёт наставника о реализации программы {id}"],
                () => $"Программа {id} {PairTexts.Ru(evaluation, pair)} не завершена (срок — по {ProgramTexts.Ru(program.Term.End)}); "
                    + "отчёт наставника пока не представлен, срок его представления не установлен.",
                () => $"Program {id} of the {PairTexts.En(evaluation, pair)} has not ended (its term runs to {ProgramTexts.En(program.Term.End)}); "
                    + "the mentor's report is not presented yet, and no due date is set.",
                subjects);
        }

        return Verdict.Violated(
            () => $"Программа {id} {PairTexts.Ru(evaluation, pair)} завершена {ProgramTexts.Ru(ended)}, но отчёт наставника о её реализации не представлен.",
            () => $"Program {id} of the {PairTexts.En(evaluation, pair)} ended on {ProgramTexts.En(ended)}, but the mentor's report on it is not presented.",
            subjects);
    }
}
