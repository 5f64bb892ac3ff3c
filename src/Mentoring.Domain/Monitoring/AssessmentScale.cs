namespace Mentoring.Domain.Monitoring;

/// <summary>The scale an assessment's score is stated on: a name and its minimum and maximum.</summary>
/// <remarks>003 §7.2–7.5: the monitoring compares the participants' scores before and after a program.</remarks>
public sealed class AssessmentScale : IEquatable<AssessmentScale>
{
    private AssessmentScale(string name, decimal min, decimal max)
    {
        Name = name;
        Min = min;
        Max = max;
    }

    /// <summary>The scale's name, such as «баллы 0–10» or «уровень сформированности компетенций».</summary>
    public string Name { get; }

    /// <summary>The lowest score.</summary>
    public decimal Min { get; }

    /// <summary>The highest score.</summary>
    public decimal Max { get; }

    /// <summary>Creates a scale.</summary>
    /// <param name="name">The name; not empty.</param>
    /// <param name="min">The lowest score.</param>
    /// <param name="max">The highest score, above <paramref name="min"/>.</param>
    /// <returns>The scale, or every error: MD0001 at <c>scale.name</c>, MD0801 at <c>scale</c>.</returns>
    public static Result<AssessmentScale> Create(string? name, decimal min, decimal max)
    {
        var nameCheck = Texts.Required(name, "scale.name");
        var rangeCheck = ResultExtras.Ensure(min < max, DomainErrors.Monitoring.ScaleInverted(min, max));
        return ResultExtras.Combine(nameCheck.ToResult(), rangeCheck)
            .Then(() => new AssessmentScale(nameCheck.ValueOr(string.Empty), min, max));
    }

    /// <summary>True when <paramref name="score"/> lies on the scale, both ends included.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when <see cref="Min"/> ≤ score ≤ <see cref="Max"/>.</returns>
    public bool Contains(decimal score) => score >= Min && score <= Max;

    /// <inheritdoc />
    public bool Equals(AssessmentScale? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Min == other.Min && Max == other.Max;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Min, Max);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Min}–{Max})";
}
