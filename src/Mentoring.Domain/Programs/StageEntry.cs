using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Programs;

/// <summary>One entry of a program's stage history: the stage entered and the day it was entered.</summary>
/// <remarks>003 §5.1–5.6.</remarks>
public sealed class StageEntry : IEquatable<StageEntry>
{
    internal StageEntry(ProgramStage stage, DateOnly enteredOn)
    {
        Stage = stage;
        EnteredOn = enteredOn;
    }

    /// <summary>The stage.</summary>
    public ProgramStage Stage { get; }

    /// <summary>The day the stage was entered.</summary>
    public DateOnly EnteredOn { get; }

    /// <inheritdoc />
    public bool Equals(StageEntry? other) => other is not null && Stage == other.Stage && EnteredOn == other.EnteredOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StageEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stage, EnteredOn);

    /// <inheritdoc />
    public override string ToString() => $"{Stage.Term().Code} {EnteredOn:dd.MM.yyyy}";
}

/// <summary>A publication of a program's results on the organization's website (its mentoring section).</summary>
/// <remarks>002 §5: results are published after the program ends; an earlier publication is representable and the
/// rule <c>monitoring.publish-after-completion</c> reports it.</remarks>
public sealed class ResultsPublication : IEquatable<ResultsPublication>
{
    internal ResultsPublication(DateOnly publishedOn, string where)
    {
        PublishedOn = publishedOn;
        Where = where;
    }

    /// <summary>The day of publication.</summary>
    public DateOnly PublishedOn { get; }

    /// <summary>Where the results were published (a website section or an address).</summary>
    public string Where { get; }

    /// <inheritdoc />
    public bool Equals(ResultsPublication? other) =>
        other is not null && PublishedOn == other.PublishedOn && string.Equals(Where, other.Where, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResultsPublication);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PublishedOn, Where);

    /// <inheritdoc />
    public override string ToString() => $"{PublishedOn:dd.MM.yyyy}: {Where}";
}
