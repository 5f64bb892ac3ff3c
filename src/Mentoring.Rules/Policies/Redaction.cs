using Mentoring.Domain.Roadmaps;

namespace Mentoring.Rules.Policies;

/// <summary>
/// What <c>--redact</c> (<see cref="Validation.ValidationOptions.Redact"/>) leaves out of free text: the one place that
/// decides it, for findings (<see cref="Evaluation.Text"/>), the HTML report and the command line (docs/cli.md, "What
/// <c>--redact</c> leaves out").
/// </summary>
public static class Redaction
{
    /// <summary>What a redacted free text prints instead: «***».</summary>
    public const string Mark = "***";

    /// <summary>Free text of the case that may hold a name (a title, a reason, a note, who is responsible): as written, or «***» when redacted.</summary>
    /// <param name="text">The text as the case writes it.</param>
    /// <param name="redact">Whether names are left out.</param>
    /// <returns>The text to print.</returns>
    public static string Text(string text, bool redact) => redact ? Mark : text;

    /// <summary>
    /// A roadmap activity's deadline as written («до 30.06.2024»), or «***» when redacted and the cell can hold more
    /// than dates: a remark in brackets («до 30.06.2024 (отв. Иванова И. И.)»), a deadline set elsewhere («по
    /// согласованию с …», «в сроки, определяемые …»), a continuous one («постоянно, …») or a yearly one («ежегодно, …»),
    /// whose words the parser keeps without reading them.
    /// </summary>
    /// <param name="deadline">The deadline.</param>
    /// <param name="redact">Whether names are left out.</param>
    /// <returns>The text to print.</returns>
    public static string Deadline(Deadline deadline, bool redact)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var onlyDates = deadline.Note is null
            && deadline.Kind is not (DeadlineKind.Continuous or DeadlineKind.Schedule or DeadlineKind.Annually);
        return redact && !onlyDates ? Mark : deadline.Text;
    }
}
