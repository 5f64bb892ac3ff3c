using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>
/// A valid draft program by default: 01.09.2023–31.05.2024 (9 months), direction, difficulties and strengths,
/// «педагог – педагог», traditional kind, two activities inside the term.
/// </summary>
public sealed class PersonalizedProgramBuilder
{
    private string _id = "prog-1";
    private readonly string _pair = "pair-1";
    private DateOnly _start = new(2023, 9, 1);
    private DateOnly _end = new(2024, 5, 31);
    private string? _direction = "адаптация молодого специалиста";
    private readonly string[] _difficulties = ["дисциплина на уроке"];
    private readonly string[] _strengths = ["владение ИКТ"];
    private MentoringForm? _form = MentoringForm.TeacherTeacher;
    private MentoringKind[] _kinds = [MentoringKind.Traditional];
    private List<PlannedActivity> _activities =
    [
        Activity("a-1", new DateOnly(2023, 10, 15)),
        Activity("a-2", new DateOnly(2024, 3, 1)),
    ];

    public static PlannedActivity Activity(string id, DateOnly due, string title = "посещение уроков") =>
        PlannedActivity.Create(ActivityId.Create(id).Value, title, due).Value;

    public static Completion Completion(CompletionGround ground, DateOnly date, string? reason = "причина") =>
        global::Mentoring.Domain.Programs.Completion.Create(ground, date, reason).Value;

    public PersonalizedProgramBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public PersonalizedProgramBuilder WithTerm(DateOnly start, DateOnly end)
    {
        _start = start;
        _end = end;
        return this;
    }

    public PersonalizedProgramBuilder WithDirection(string? direction)
    {
        _direction = direction;
        return this;
    }

    public PersonalizedProgramBuilder WithForm(MentoringForm? form)
    {
        _form = form;
        return this;
    }

    public PersonalizedProgramBuilder WithKinds(params MentoringKind[] kinds)
    {
        _kinds = kinds;
        return this;
    }

    public PersonalizedProgramBuilder WithActivities(params PlannedActivity[] activities)
    {
        _activities = [.. activities];
        return this;
    }

    public Result<PersonalizedProgram> TryBuild() => PersonalizedProgram.Create(
        ProgramId.Create(_id).Value,
        SampleIds.Pair(_pair),
        ProgramTerm.Create(_start, _end).Value,
        _direction,
        _difficulties,
        _strengths,
        _form,
        _kinds,
        _activities);

    public PersonalizedProgram Build() => TryBuild().Value;

    /// <summary>Built and moved to Active: approved on 25.08.2023, started on the term's start.</summary>
    public PersonalizedProgram BuildActive()
    {
        var program = Build();
        Assert.True(program.Approve(_start.AddDays(-7)).IsSuccess);
        Assert.True(program.Activate(_start).IsSuccess);
        return program;
    }
}
