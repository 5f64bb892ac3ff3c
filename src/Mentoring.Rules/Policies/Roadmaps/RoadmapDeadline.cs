using Mentoring.Domain.Roadmaps;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Roadmaps;

/// <summary>Every roadmap activity is done by its deadline; as of the date of validation, the overdue ones are reported.</summary>
/// <remarks>
/// The roadmaps of 000, 001, 002, 003 and 004; the roadmap itself is the data. One verdict per roadmap: its activities
/// (joined to it) are judged by <see cref="RoadmapActivity.StatusOn"/> as of the date — overdue when the latest
/// occurrence due before that day was not done in its window (<see cref="Deadline.IsOverdue(DateOnly, IReadOnlyCollection{DateOnly})"/>); continuous activities
/// and those on a separate schedule are never overdue. A roadmap whose period starts after the date is not judged; a
/// roadmap with no activities is unknown (its plan is not given).
/// <para>Judged on: each activity's due day («до DATE» includes DATE; a month-only deadline is the month's last day; a due day on a non-working day moves to the next working day, ГК РФ, ст. 193), against the days it was done; the date of validation says which due days have passed.</para>
/// </remarks>
[JudgedOn("each activity's due day («до DATE» includes DATE; a month-only deadline is the month's last day; a due day on a non-working day moves to the next working day, ГК РФ, ст. 193), against the days it was done; the date of validation says which due days have passed.")]
[Name("roadmap.deadline")]
[Title("Мероприятия дорожной карты выполняются в срок", "Roadmap activities are done by their deadlines")]
[Citation("000, 001, 002, 003, 004 roadmaps", "Сроки")]
[Severity(Severity.Warning)]
internal sealed class RoadmapDeadline : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Roadmap roadmap = null!;
        IReadOnlyList<RoadmapActivity> activities = null!;

        When()
            .Match(() => evaluation)
            .Match(() => roadmap)
            .Query(() => activities, q => q.Match<RoadmapActivity>(a => roadmap.Activities.Contains(a)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, roadmap, activities)));
    }

    private static Verdict Judge(Evaluation evaluation, Roadmap roadmap, IReadOnlyList<RoadmapActivity> activities)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(roadmap);
        if (roadmap.Period is { } period && period.Start > asOf)
        {
            return Verdict.NotApplicable(
                () => $"Дорожная карта «{evaluation.Text(roadmap.Title)}» действует с {period.Start:dd.MM.yyyy}, после даты проверки.",
                () => $"Roadmap {roadmap.Id} starts on {period.Start:yyyy-MM-dd}, after the date of validation.",
                subject);
        }

        if (activities.Count == 0)
        {
            return Verdict.Unknown(
                [$"мероприятия дорожной карты «{evaluation.Text(roadmap.Title)}»"],
                () => $"В дорожной карте «{evaluation.Text(roadmap.Title)}» не указано ни одного мероприятия.",
                () => $"Roadmap {roadmap.Id} lists no activities.",
                subject);
        }

        List<RoadmapActivity>? overdue = null;
        var done = 0;
        foreach (var activity in activities)
        {
            switch (activity.StatusOn(asOf))
            {
                case RoadmapActivityStatus.Overdue:
                    (overdue ??= []).Add(activity);
                    break;
                case RoadmapActivityStatus.Done:
                    done++;
                    break;
            }
        }

        if (overdue is not null)
        {
            return Verdict.Violated(
                () => $"На {asOf:dd.MM.yyyy} просрочены мероприятия дорожной карты «{evaluation.Text(roadmap.Title)}»: "
                    + string.Join("; ", overdue.Select(a => $"{a.Number}. {evaluation.Text(a.Title)} (срок: {evaluation.Quote(a.Deadline)}{(a.Responsible is { } r ? $"; ответственный: {evaluation.Text(r)}" : string.Empty)})")) + ".",
                () => $"As of {asOf:yyyy-MM-dd}, activities of roadmap {roadmap.Id} are overdue: "
                    + string.Join("; ", overdue.Select(a => $"{a.Number} (deadline as written: «{evaluation.Quote(a.Deadline)}»)")) + ".",
                subject);
        }

        var count = activities.Count;
        return Verdict.Satisfied(
            () => $"На {asOf:dd.MM.yyyy} в дорожной карте «{evaluation.Text(roadmap.Title)}» нет просроченных мероприятий (выполнено {done} из {count}).",
            () => $"As of {asOf:yyyy-MM-dd}, roadmap {roadmap.Id} has no overdue activity ({done} of {count} done).",
            subject);
    }
}
