namespace Mentoring.Domain.Programs;

/// <summary>An activity of a personalized program's plan (мероприятие плана): what, by when, who, and when it was done.</summary>
/// <remarks>
/// 002 §1 (понятия): the program's plan of activities; 003 §5.3. A due date outside the program's term is
/// representable; the rule <c>program.activities-within-term</c> reports it. Marking the activity done goes through
/// <see cref="PersonalizedProgram.MarkActivityDone"/>, so a finished program's plan cannot change.
/// </remarks>
public sealed class PlannedActivity
{
    private PlannedActivity(ActivityId id, string title, DateOnly due, PersonId? responsible, DateOnly? doneOn)
    {
        Id = id;
        Title = title;
        Due = due;
        Responsible = responsible;
        DoneOn = doneOn;
    }

    /// <summary>The activity's identifier, unique in its program.</summary>
    public ActivityId Id { get; }

    /// <summary>What is to be done.</summary>
    public string Title { get; }

    /// <summary>The day by which it is to be done.</summary>
    public DateOnly Due { get; }

    /// <summary>Who is responsible, when the plan names someone.</summary>
    public PersonId? Responsible { get; }

    /// <summary>The day it was done, or null while it is not done.</summary>
    public DateOnly? DoneOn { get; private set; }

    /// <summary>True when the activity is done.</summary>
    public bool IsDone => DoneOn is not null;

    /// <summary>Creates a planned activity.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">What is to be done; not empty.</param>
    /// <param name="due">The day by which it is to be done.</param>
    /// <param name="responsible">Who is responsible, if named.</param>
    /// <param name="doneOn">The day it was done, when it already is (for importing existing programs).</param>
    /// <returns>The activity, or <see cref="DomainErrors.General.Empty"/> (MD0001) at <c>title</c>.</returns>
    public static Result<PlannedActivity> Create(ActivityId id, string? title, DateOnly due, PersonId? responsible = null, DateOnly? doneOn = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Texts.Required(title, "title").Map(t => new PlannedActivity(id, t, due, responsible, doneOn));
    }

    /// <summary>Records the activity as done on <paramref name="date"/>.</summary>
    /// <param name="date">The day it was done.</param>
    /// <returns>Success, or <see cref="DomainErrors.Programs.ActivityAlreadyDone"/> (MD0507).</returns>
    internal Result MarkDone(DateOnly date)
    {
        if (DoneOn is not null)
        {
            return DomainErrors.Programs.ActivityAlreadyDone(Id.Value).Fail();
        }

        DoneOn = date;
        return Result.Success();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title} (до {Due:dd.MM.yyyy})";
}
