using System.Globalization;
using System.Text.Json;
using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Rules.Roadmaps;

/// <summary>One activity of a seed roadmap as the seed writes it, before parsing.</summary>
/// <remarks>
/// The roadmaps of seeds 000–004. Where the seed's cell mixes deadline and responsible (004: «До 15.09.2021г./ МУ «РЦ УО»
/// До 1.10.2021г./ ОО»), the data splits it into <see cref="DeadlineText"/> and <see cref="Responsible"/> and keeps the
/// cell in <see cref="SourceCell"/>.
/// </remarks>
public sealed class SeedRoadmapRow
{
    internal SeedRoadmapRow(string number, string? seedNumber, string? section, RoadmapStage? stage, string title, string deadlineText, string? responsible, string? expectedResult, string? sourceCell)
    {
        Number = number;
        SeedNumber = seedNumber;
        Section = section;
        Stage = stage;
        Title = title;
        DeadlineText = deadlineText;
        Responsible = responsible;
        ExpectedResult = expectedResult;
        SourceCell = sourceCell;
    }

    /// <summary>The activity's number, unique in the roadmap («2.6»; «section.item» where the seed repeats numbers).</summary>
    public string Number { get; }

    /// <summary>The number the seed prints, when it differs from <see cref="Number"/> (Krasnokutsky restarts at 1 in each section).</summary>
    public string? SeedNumber { get; }

    /// <summary>The section, with its number.</summary>
    public string? Section { get; }

    /// <summary>The school-roadmap stage (002 МР, 004), if any.</summary>
    public RoadmapStage? Stage { get; }

    /// <summary>What is to be done.</summary>
    public string Title { get; }

    /// <summary>The «Сроки» text exactly as the seed writes it; empty where the seed leaves it blank.</summary>
    public string DeadlineText { get; }

    /// <summary>Who is responsible, as written, or null.</summary>
    public string? Responsible { get; }

    /// <summary>The expected result, as written, or null.</summary>
    public string? ExpectedResult { get; }

    /// <summary>The seed's cell that mixed deadline and responsible, when the data split it; null otherwise.</summary>
    public string? SourceCell { get; }
}

/// <summary>A roadmap shipped with the library: one of the five seeds' roadmaps, as data.</summary>
/// <remarks>000 (Voskresensky 2023–2026), 001 (Smolensk 2022–2024), 002 (model school roadmap; Krasnokutsky 2022–2024), 003 (Argun 2021–2024), 004 (Ivanteevka 2021–2022).</remarks>
public sealed class SeedRoadmapInfo
{
    internal SeedRoadmapInfo(string id, string seed, string title, string? issuer, string? orderNumber, DateOnly? orderDate, DateRange? period, IReadOnlyList<SeedRoadmapRow> rows)
    {
        Id = id;
        Seed = seed;
        Title = title;
        Issuer = issuer;
        OrderNumber = orderNumber;
        OrderDate = orderDate;
        Period = period;
        Rows = rows;
    }

    /// <summary>The identifier, such as <c>smolensk-2022-2024</c>.</summary>
    public string Id { get; }

    /// <summary>The seed file's prefix («001»).</summary>
    public string Seed { get; }

    /// <summary>The roadmap's title as the seed writes it.</summary>
    public string Title { get; }

    /// <summary>The issuing body.</summary>
    public string? Issuer { get; }

    /// <summary>The approving order's number.</summary>
    public string? OrderNumber { get; }

    /// <summary>The approving order's date.</summary>
    public DateOnly? OrderDate { get; }

    /// <summary>The period the roadmap covers, or null for the model roadmap (no dates).</summary>
    public DateRange? Period { get; }

    /// <summary>The activities as written.</summary>
    public IReadOnlyList<SeedRoadmapRow> Rows { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Seed})";
}

/// <summary>The five seeds' roadmaps, shipped as embedded data, listed and loaded as <see cref="Roadmap"/>s.</summary>
/// <remarks>
/// The roadmaps of seeds 000, 001, 002 (the model school roadmap and the district roadmap), 003 and 004; rule
/// <c>roadmap.deadline</c>. Every deadline goes through <see cref="Deadline.Parse"/> with the roadmap's period. A blank
/// «Сроки» cell (002's model roadmap leaves every one blank for the school to fill; 000 п.1.7) becomes
/// <see cref="Deadline.Schedule"/> «срок в документе не указан»: never overdue, shown as such.
/// </remarks>
public static class SeedRoadmaps
{
    /// <summary>The deadline given to a blank «Сроки» cell.</summary>
    public const string NoDeadlineText = "срок в документе не указан";

    private const string Prefix = "Mentoring.Rules.Roadmaps.Seeds.";

    private static readonly Lazy<IReadOnlyList<SeedRoadmapInfo>> Seeds = new(ReadAll);

    /// <summary>All six roadmaps, in seed order.</summary>
    public static IReadOnlyList<SeedRoadmapInfo> All => Seeds.Value;

    /// <summary>The roadmap's data as written, or null.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The data, or null.</returns>
    public static SeedRoadmapInfo? Find(string? id) => All.FirstOrDefault(s => string.Equals(s.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads a seed roadmap as a <see cref="Roadmap"/>, each deadline parsed.</summary>
    /// <param name="id">The identifier (case-insensitive), such as <c>ivanteevka-2021-2022</c>.</param>
    /// <returns>A new roadmap (nothing marked done), or MR1401 for an unknown identifier.</returns>
    public static Result<Roadmap> Load(string? id)
    {
        var info = Find(id);
        return info is null ? RoadmapErrors.UnknownSeedRoadmap(id ?? string.Empty, All.Select(s => s.Id)).Fail() : ToRoadmap(info);
    }

    /// <summary>Builds the roadmap from its rows, every deadline parsed with the roadmap's period.</summary>
    internal static Result<Roadmap> ToRoadmap(SeedRoadmapInfo info)
    {
        var activities = new List<RoadmapActivity>();
        var errors = new List<ValidationError>();
        for (var i = 0; i < info.Rows.Count; i++)
        {
            var row = info.Rows[i];
            var deadline = string.IsNullOrWhiteSpace(row.DeadlineText) ? Deadline.Schedule(NoDeadlineText) : Deadline.Parse(row.DeadlineText, info.Period);
            var activity = deadline.Bind(d => RoadmapActivity.Create(row.Number, row.Title, d, row.Section, row.Stage, row.Responsible, row.ExpectedResult));
            errors.AddRange(activity.ValidationErrors.Select(e => e.Under($"activities[{i}]")));
            if (activity.IsSuccess)
            {
                activities.Add(activity.Value);
            }
        }

        if (errors.Count != 0)
        {
            return Result<Roadmap>.Invalid(errors);
        }

        return RoadmapId.Create(info.Id).Bind(id => Roadmap.Create(id, info.Title, activities, info.Issuer, info.OrderNumber, info.OrderDate, info.Period));
    }

    private static IReadOnlyList<SeedRoadmapInfo> ReadAll()
    {
        var assembly = typeof(SeedRoadmaps).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var document = JsonDocument.Parse(stream);
                return Read(document.RootElement);
            })
            .OrderBy(s => s.Seed, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    private static SeedRoadmapInfo Read(JsonElement root)
    {
        DateRange? period = root.TryGetProperty("period", out var p)
            ? DateRange.Create(Date(p, "from")!.Value, Date(p, "to")!.Value).Value
            : null;
        var rows = root.GetProperty("activities").EnumerateArray().Select(a => new SeedRoadmapRow(
            Text(a, "number")!,
            Text(a, "seedNumber"),
            Text(a, "section"),
            Text(a, "stage") is { } stage ? RoadmapStages.Vocabulary.Parse(stage).Value : null,
            Text(a, "title")!,
            a.GetProperty("deadline").GetString() ?? string.Empty,
            Text(a, "responsible"),
            Text(a, "expectedResult"),
            Text(a, "sourceCell"))).ToArray();
        return new SeedRoadmapInfo(Text(root, "id")!, Text(root, "seed")!, Text(root, "title")!, Text(root, "issuer"), Text(root, "orderNumber"), Date(root, "orderDate"), period, rows);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    private static DateOnly? Date(JsonElement element, string name) =>
        Text(element, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
