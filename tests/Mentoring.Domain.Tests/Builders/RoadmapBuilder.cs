using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>
/// A valid roadmap by default, after Smolensk's (001): period 2022–2024, order № 633 of 26.12.2022, activities 2.1
/// («декабрь 2022») and 2.6 («До 30.06.2023, 30.06.2024, 25.12.2024»).
/// </summary>
public sealed class RoadmapBuilder
{
    private string? _title = "План мероприятий («дорожная карта») на 2022-2024 годы";
    private DateRange? _period = DateRange.Create(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31)).Value;
    private readonly List<RoadmapActivity> _activities = [];
    private bool _defaults = true;

    public static RoadmapActivity Activity(string number, string deadline, string title = "мероприятие", DateOnly? doneOn = null) =>
        RoadmapActivity.Create(number, title, Deadline.Parse(deadline).Value, responsible: "Управление", doneOn: doneOn).Value;

    public RoadmapBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public RoadmapBuilder WithPeriod(DateRange? period)
    {
        _period = period;
        return this;
    }

    public RoadmapBuilder WithActivity(RoadmapActivity activity)
    {
        if (_defaults)
        {
            _defaults = false;
        }

        _activities.Add(activity);
        return this;
    }

    public Result<Roadmap> TryBuild() => Roadmap.Create(
        SampleIds.Roadmap(),
        _title,
        _defaults ? [Activity("2.1", "декабрь 2022"), Activity("2.6", "До 30.06.2023, 30.06.2024, 25.12.2024")] : _activities,
        "Управление образования и молодежной политики Администрации города Смоленска",
        "633",
        new DateOnly(2022, 12, 26),
        _period);

    public Roadmap Build() => TryBuild().Value;
}
