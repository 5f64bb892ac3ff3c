using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// The work of a pair or group passes the stages of 003 in order: design → implementation → reflective-analytical →
/// outcome, after the preparatory stage where it is recorded.
/// </summary>
/// <remarks>
/// 003 §5.1–5.6 (argun-2021 only: no other seed has stages; readings.md principle 3). 003 describes the stages of the
/// target model; §5.3–5.6 describe a pair's own work (goal setting, the route, the mentor's report), so that a pair's
/// program passes them in order is an inference (readings.md, principle 5): at most a warning, judged per pair on its
/// program's recorded stage history. The history must move forward without going back or repeating a stage
/// (<see cref="PersonalizedProgram.StagesInOrder"/>) and without skipping a stage of §5.3–5.6 before the current one; the
/// preparatory stage (§5.2: the administration's analysis, selection and training) belongs largely to the organization
/// and is not required in a pair's history. A program with no recorded stage is not judged.
/// <para>Judged on: the dates the stages were entered, as recorded; the date of validation plays no part.</para>
/// </remarks>
[JudgedOn("the dates the stages were entered, as recorded; the date of validation plays no part.")]
[Name("program.stage-order")]
[Title("Работа пары или группы проходит этапы по порядку", "A pair's or group's work passes the stages in order")]
[Citation("003 §5.1, §5.3–5.6", "Целевая модель наставничества в образовательной организации реализуется в несколько этапов: подготовительный, проектировочный, реализационный, рефлексивно-аналитический, результативный")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "003 §5 lists the stages of the target model; that each pair's program passes §5.3–5.6 in order is inferred from their content (goal setting, the route, the mentor's report).")]
internal sealed class ProgramStageOrder : Rule
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
        if (program.StageHistory.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"Для программы {program.Id} {PairTexts.Ru(evaluation, pair)} этапы не записаны.",
                () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} records no stages.",
                subjects);
        }

        // The messages are written later: they read the history as it is now, not as the program may grow.
        StageEntry[] history = [.. program.StageHistory];
        if (!program.StagesInOrder)
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} проходила этапы не по порядку (возврат или повтор этапа): {Path()}.",
                () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} went back to or repeated a stage: {PathEn()}.",
                subjects).AsWarning();
        }

        ProgramStage[] skipped = [.. program.SkippedStages().Where(s => s != ProgramStage.Preparatory)];
        if (skipped.Length != 0)
        {
            return Verdict.Violated(
                () => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)}: {(skipped.Length == 1 ? "пропущен этап" : "пропущены этапы")} "
                    + $"{string.Join(", ", skipped.Select(s => $"«{s.Term().NameRu}»"))} ({Path()}).",
                () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} skipped {(skipped.Length == 1 ? "the stage" : "the stages")} "
                    + $"{string.Join(", ", skipped.Select(s => s.Term().NameEn))} ({PathEn()}).",
                subjects).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"Программа {program.Id} {PairTexts.Ru(evaluation, pair)} проходит этапы по порядку: {Path()}.",
            () => $"Program {program.Id} of the {PairTexts.En(evaluation, pair)} passes its stages in order: {PathEn()}.",
            subjects);

        string Path() => string.Join(" → ", history.Select(e => $"{e.Stage.Term().NameRu} ({ProgramTexts.Ru(e.EnteredOn)})"));
        string PathEn() => string.Join(" -> ", history.Select(e => $"{e.Stage.Term().NameEn} ({ProgramTexts.En(e.EnteredOn)})"));
    }
}
