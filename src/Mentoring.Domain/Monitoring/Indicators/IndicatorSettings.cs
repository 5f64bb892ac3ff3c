namespace Mentoring.Domain.Monitoring.Indicators;

/// <summary>
/// The values the indicators depend on: the target share, who is a young teacher (under <see cref="AgeUnder"/>, in the
/// first <see cref="FirstYears"/> years of work), and the students' age range.
/// </summary>
/// <remarks>
/// 003 order preamble («не менее 70% учителей в возрасте до 35 лет … в первые три года работы»): <c>target</c> = 0.70,
/// <c>ageUnder</c> = 35, <c>firstYears</c> = 3; 003 §1.3 and §7.7 №3–4: students aged 10 to 18, both inclusive.
/// Editions do not carry these (the <c>indicator.*</c> rows are figures, not rules): a caller that has other values
/// passes them here.
/// </remarks>
public sealed class IndicatorSettings
{
    private IndicatorSettings(decimal target, int ageUnder, int firstYears, int studentAgeMin, int studentAgeMax)
    {
        Target = target;
        AgeUnder = ageUnder;
        FirstYears = firstYears;
        StudentAgeMin = studentAgeMin;
        StudentAgeMax = studentAgeMax;
    }

    /// <summary>The seeds' values: 0.70, under 35, first 3 years, students 10–18.</summary>
    public static IndicatorSettings Default { get; } = new(0.70m, 35, 3, 10, 18);

    /// <summary>The share of young teachers to be supported (0 to 1); 0.70 in 003.</summary>
    public decimal Target { get; }

    /// <summary>The age in whole years a young teacher is under; 35 in 003.</summary>
    public int AgeUnder { get; }

    /// <summary>The number of first years of pedagogical work; 3 in 003.</summary>
    public int FirstYears { get; }

    /// <summary>The youngest student age counted, in whole years; 10 in 003.</summary>
    public int StudentAgeMin { get; }

    /// <summary>
    /// The age from which a student is no longer counted, in whole years; 18 in 003 («от 10 до 18 лет», read as ГК РФ,
    /// ст. 26 reads such ranges: 10 ≤ age &lt; 18, the band of <c>pair.student-age</c>; readings.md, indicators).
    /// </summary>
    public int StudentAgeMax { get; }

    /// <summary>Creates settings; any value not given keeps the seed's.</summary>
    /// <param name="target">The target share, 0 to 1.</param>
    /// <param name="ageUnder">The age a young teacher is under, 18 to 100.</param>
    /// <param name="firstYears">The first years of work, 1 to 50.</param>
    /// <param name="studentAgeMin">The youngest student age, 0 to 25.</param>
    /// <param name="studentAgeMax">The oldest student age, from <paramref name="studentAgeMin"/> to 25.</param>
    /// <returns>The settings, or every MD1401 naming the setting.</returns>
    public static Result<IndicatorSettings> Create(decimal? target = null, int? ageUnder = null, int? firstYears = null, int? studentAgeMin = null, int? studentAgeMax = null)
    {
        var t = target ?? Default.Target;
        var a = ageUnder ?? Default.AgeUnder;
        var f = firstYears ?? Default.FirstYears;
        var min = studentAgeMin ?? Default.StudentAgeMin;
        var max = studentAgeMax ?? Default.StudentAgeMax;
        return ResultExtras.Combine(
                ResultExtras.Ensure(t is >= 0m and <= 1m, DomainErrors.Indicators.SettingOutOfRange("target", t, "0 … 1")),
                ResultExtras.Ensure(a is >= 18 and <= 100, DomainErrors.Indicators.SettingOutOfRange("ageUnder", a, "18 … 100")),
                ResultExtras.Ensure(f is >= 1 and <= 50, DomainErrors.Indicators.SettingOutOfRange("firstYears", f, "1 … 50")),
                ResultExtras.Ensure(min is >= 0 and <= 25, DomainErrors.Indicators.SettingOutOfRange("studentAgeMin", min, "0 … 25")),
                ResultExtras.Ensure(max >= min && max <= 25, DomainErrors.Indicators.SettingOutOfRange("studentAgeMax", max, $"{min} … 25")))
            .Then(() => new IndicatorSettings(t, a, f, min, max));
    }

    /// <inheritdoc />
    public override string ToString() => $"target {Target:0.##}, under {AgeUnder}, first {FirstYears} years, students {StudentAgeMin}–{StudentAgeMax}";
}
