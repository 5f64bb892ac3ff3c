using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// A program passes the stages in order: preparatory → design → implementation → reflective-analytical → outcome.
/// </summary>
/// <remarks>
/// 003 §5.1–5.6. The recorded stage history must move forward without going back or repeating a stage
/// (<see cref="PersonalizedProgram.StagesInOrder"/>) and without skipping a stage before the current one
/// (<see cref="PersonalizedProgram.SkippedStages"/>). A program with no recorded stage is not judged: 002 has no stages.
/// </remarks>
[Name("program.stage-order")]
[Title("Этапы программы проходятся по порядку", "A program passes its stages in order")]
[Citation("003 §5.1–5.6", "Целевая модель наставничества в образовательной организации реализуется в несколько этапов: подготовительный, проектировочный, реализационный, рефлексивно-аналитический, результативный")]
[Severity(Severity.Warning)]
internal sealed class ProgramStageOrder : Rule
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
        if (program.StageHistory.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"Для программы {program.Id} этапы не записаны.",
                () => $"Program {program.Id} records no stages.",
                subject);
        }

        // The messages are written later: they read the history as it is now, not as the program may grow.
        StageEntry[] history = [.. program.StageHistory];
        if (!program.StagesInOrder)
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} проходила этапы не по порядку (возврат или повтор этапа): {Path()}.",
                () => $"Program {program.Id} went back to or repeated a stage: {PathEn()}.",
                subject);
        }

        var skipped = program.SkippedStages();
        if (skipped.Count != 0)
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} пропустила этап(ы): {string.Join(", ", skipped.Select(s => s.Term().NameRu))} ({Path()}).",
                () => $"Program {program.Id} skipped stage(s): {string.Join(", ", skipped.Select(s => s.Term().Code))} ({PathEn()}).",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Программа {program.Id} проходит этапы по порядку: {Path()}.",
            () => $"Program {program.Id} passes its stages in order: {PathEn()}.",
            subject);

        string Path() => string.Join(" → ", history.Select(e => $"{e.Stage.Term().NameRu} ({e.EnteredOn:dd.MM.yyyy})"));
        string PathEn() => string.Join(" -> ", history.Select(e => $"{e.Stage.Term().Code} ({e.EnteredOn:yyyy-MM-dd})"));
    }
}
