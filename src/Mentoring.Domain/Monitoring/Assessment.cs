namespace Mentoring.Domain.Monitoring;

/// <summary>
/// An assessment of a participant in the two-phase monitoring: who, in which program, in which phase, when, and
/// the score on a stated scale (or none when the documents give only notes).
/// </summary>
/// <remarks>003 §7.2–7.5; rule <c>monitoring.two-phase</c> pairs the two phases.</remarks>
public sealed class Assessment
{
    private Assessment(AssessmentId id, PersonId personId, ProgramId? programId, AssessmentPhase phase, DateOnly date, decimal? score, AssessmentScale? scale, string? notes)
    {
        Id = id;
        PersonId = personId;
        ProgramId = programId;
        Phase = phase;
        Date = date;
        Score = score;
        Scale = scale;
        Notes = notes;
    }

    /// <summary>The assessment's identifier.</summary>
    public AssessmentId Id { get; }

    /// <summary>The person assessed.</summary>
    public PersonId PersonId { get; }

    /// <summary>The program the assessment belongs to, when known.</summary>
    public ProgramId? ProgramId { get; }

    /// <summary>Before entering the program or after completing it.</summary>
    public AssessmentPhase Phase { get; }

    /// <summary>The day of the assessment.</summary>
    public DateOnly Date { get; }

    /// <summary>The score, or null when none was given.</summary>
    public decimal? Score { get; }

    /// <summary>The scale of the score, or null when no score was given on one.</summary>
    public AssessmentScale? Scale { get; }

    /// <summary>Free notes (questionnaire results, observations), or null.</summary>
    public string? Notes { get; }

    /// <summary>Creates an assessment.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="personId">The person assessed.</param>
    /// <param name="phase">The phase.</param>
    /// <param name="date">The day of the assessment.</param>
    /// <param name="programId">The program, if known.</param>
    /// <param name="score">The score, if given; requires <paramref name="scale"/> and must lie on it.</param>
    /// <param name="scale">The scale of the score.</param>
    /// <param name="notes">Free notes.</param>
    /// <returns>The assessment, or every error: MD0008 at <c>phase</c>, MD0802 at <c>scale</c>, MD0006 at <c>score</c>.</returns>
    public static Result<Assessment> Create(
        AssessmentId id,
        PersonId personId,
        AssessmentPhase phase,
        DateOnly date,
        ProgramId? programId = null,
        decimal? score = null,
        AssessmentScale? scale = null,
        string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(personId);
        var phaseCheck = AssessmentPhases.Vocabulary.Check(phase).ToResult();
        var scoreCheck = score switch
        {
            null => Result.Success(),
            { } s when scale is null => Result.Invalid(DomainErrors.Monitoring.ScoreWithoutScale()),
            { } s => ResultExtras.Ensure(scale!.Contains(s), DomainErrors.General.OutOfRange("score", s, scale.Min, scale.Max)),
        };
        return ResultExtras.Combine(phaseCheck, scoreCheck)
            .Then(() => new Assessment(id, personId, programId, phase, date, score, scale, Texts.Optional(notes)));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {PersonId} {Phase.Term().Code} {Date:dd.MM.yyyy}";
}
