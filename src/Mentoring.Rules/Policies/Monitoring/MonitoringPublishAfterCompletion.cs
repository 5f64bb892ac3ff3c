using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Monitoring;

/// <summary>A program's results are published only after it is completed.</summary>
/// <remarks>
/// 002 §5. Judged: programs with at least one publication of results. A publication counts as after completion when
/// it is dated on or after the day the program ended (<see cref="PersonalizedProgram.PublicationsBeforeCompletion"/>);
/// while the program runs, every publication of its results is premature.
/// <para>Judged on: the day of each publication, against the day the program ended.</para>
/// </remarks>
[JudgedOn("the day of each publication, against the day the program ended.")]
[Name("monitoring.publish-after-completion")]
[Title("Результаты программы публикуются после её завершения", "A program's results are published only after it ends")]
[Citation("002 §5", "Результаты персонализированных программ наставничества педагогических работников в образовательной организации публикуются после их завершения")]
[Severity(Severity.Warning)]
internal sealed class MonitoringPublishAfterCompletion : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program, p => p.Publications.Count != 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program)
    {
        var early = program.PublicationsBeforeCompletion();
        var ended = program.Completion?.Date;
        if (early.Count != 0)
        {
            return Verdict.Violated(
                () => $"Результаты программы {program.Id} опубликованы {WhenRu()}: {string.Join("; ", early.Select(p => $"{p.PublishedOn:dd.MM.yyyy} — {evaluation.Text(p.Where)}"))}.",
                () => $"Results of program {program.Id} were published {WhenEn()}: {string.Join("; ", early.Select(p => $"{p.PublishedOn:yyyy-MM-dd} at {evaluation.Text(p.Where)}"))}.",
                Subject.Of(program));
        }

        return Verdict.Satisfied(
            () => $"Результаты программы {program.Id} опубликованы после её завершения {ended:dd.MM.yyyy}.",
            () => $"Results of program {program.Id} were published after it ended on {ended:yyyy-MM-dd}.",
            Subject.Of(program));

        string WhenRu() => ended is { } e ? $"до её завершения {e:dd.MM.yyyy}" : "до её завершения (программа не завершена)";
        string WhenEn() => ended is { } f ? $"before it ended on {f:yyyy-MM-dd}" : "while it has not ended";
    }
}
