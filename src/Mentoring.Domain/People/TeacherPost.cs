namespace Mentoring.Domain.People;

/// <summary>
/// One post (должность) a teacher held or holds, from the staff records: its title as written, the days it was held, and,
/// where the records say it, whether the teacher had experience of work in that post before taking it.
/// </summary>
/// <remarks>
/// Положения of organizations (the optional rule <c>mentee.eligible-category</c>, category <c>new-post</c>): mentees
/// include «специалисты, назначенные на должность, по которой они не имеют опыта работы». The history of posts
/// decides that category (<see cref="Teacher.IsNewToPostOn"/>). The probation of the appointment (ТК РФ, ст. 70), when
/// recorded, ends the period «на период испытательного срока» of <c>program.duration</c>'s <c>wholePeriod</c>.
/// </remarks>
public sealed class TeacherPost : IEquatable<TeacherPost>
{
    private TeacherPost(string title, DateOnly from, DateOnly? to, bool? priorExperience, DateOnly? probationEnd)
    {
        Title = title;
        From = from;
        To = to;
        PriorExperience = priorExperience;
        ProbationEnd = probationEnd;
    }

    /// <summary>The post's title as the staff records write it («учитель математики»), normalized (trimmed, inner spaces collapsed).</summary>
    public string Title { get; }

    /// <summary>The first day in the post (the day of the appointment or transfer).</summary>
    public DateOnly From { get; }

    /// <summary>The last day in the post, inclusive; null while the teacher still holds it.</summary>
    public DateOnly? To { get; }

    /// <summary>
    /// Whether the teacher had experience of work in this post before taking it (at another employer, for instance):
    /// true or false when the records say so; null when they do not, and the history of posts decides.
    /// </summary>
    public bool? PriorExperience { get; }

    /// <summary>The last day of the probation set on the appointment to this post (ТК РФ, ст. 70), or null when none is recorded.</summary>
    public DateOnly? ProbationEnd { get; }

    /// <summary>Creates a post, collecting every error.</summary>
    /// <param name="title">The post's title; required.</param>
    /// <param name="from">The first day in the post.</param>
    /// <param name="to">The last day in the post, or null while it is held.</param>
    /// <param name="priorExperience">Whether the teacher had experience in this post before, or null when not recorded.</param>
    /// <param name="probationEnd">The last day of the probation on this appointment, or null.</param>
    /// <returns>
    /// The post, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>title</c>,
    /// <see cref="DomainErrors.General.EndBeforeStart"/> (MD0004) at <c>to</c> or <c>probationEnd</c> when that day is
    /// before <paramref name="from"/>.
    /// </returns>
    public static Result<TeacherPost> Create(string? title, DateOnly from, DateOnly? to = null, bool? priorExperience = null, DateOnly? probationEnd = null)
    {
        var text = Texts.Required(title, "title");
        return ResultExtras.Combine(
                text.ToResult(),
                ResultExtras.Ensure(to is not { } end || end >= from, DomainErrors.General.EndBeforeStart("to", from, to ?? from)),
                ResultExtras.Ensure(probationEnd is not { } p || p >= from, DomainErrors.General.EndBeforeStart("probationEnd", from, probationEnd ?? from)))
            .Then(() => new TeacherPost(text.Value, from, to, priorExperience, probationEnd));
    }

    /// <summary>True when the teacher holds the post on the day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <see cref="From"/> ≤ day and the post has not ended before it.</returns>
    public bool IsHeldOn(DateOnly day) => From <= day && (To is not { } end || day <= end);

    /// <summary>True when the other post has the same title, compared without case («Учитель математики» and «учитель математики»).</summary>
    /// <param name="other">The other post.</param>
    /// <returns>True for the same title.</returns>
    internal bool IsSamePostAs(TeacherPost other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Title, other.Title, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public bool Equals(TeacherPost? other) =>
        other is not null && Title == other.Title && From == other.From && To == other.To && PriorExperience == other.PriorExperience && ProbationEnd == other.ProbationEnd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TeacherPost);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, From, To, PriorExperience, ProbationEnd);

    /// <inheritdoc />
    public override string ToString() => $"«{Title}» с {From:dd.MM.yyyy}{(To is { } end ? $" по {end:dd.MM.yyyy}" : string.Empty)}";
}
