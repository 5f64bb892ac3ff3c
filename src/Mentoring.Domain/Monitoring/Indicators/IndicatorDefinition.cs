namespace Mentoring.Domain.Monitoring.Indicators;

/// <summary>
/// One figure of the rule catalogue's <c>indicator.*</c> rows: its stable ID, its number in 003 §7.7, its Russian
/// title as the seed writes it, an English title, and its source.
/// </summary>
/// <remarks>003 §7.7 №1–7 (показатели реализации Целевой модели наставничества) and the order preamble (70 %).</remarks>
public sealed class IndicatorDefinition
{
    private IndicatorDefinition(string id, int? number, string titleRu, string titleEn, string source, bool isShare, bool hasTarget)
    {
        Id = id;
        Number = number;
        TitleRu = titleRu;
        TitleEn = titleEn;
        Source = source;
        IsShare = isShare;
        HasTarget = hasTarget;
    }

    /// <summary>The catalogue ID, such as <c>indicator.orgs-with-mentoring</c>.</summary>
    public string Id { get; }

    /// <summary>The row number in 003 §7.7 (1 to 7), or null for the order preamble's target.</summary>
    public int? Number { get; }

    /// <summary>The Russian title, as the seed writes it.</summary>
    public string TitleRu { get; }

    /// <summary>The English title.</summary>
    public string TitleEn { get; }

    /// <summary>Where the seed states it («003 §7.7 №1», «003 order preamble»).</summary>
    public string Source { get; }

    /// <summary>True for a share (numerator over denominator); false for a count (№2).</summary>
    public bool IsShare { get; }

    /// <summary>True when the figure has a target to pass or fail (the 70 % of the order preamble).</summary>
    public bool HasTarget { get; }

    /// <inheritdoc />
    public override string ToString() => Id;

    internal static IndicatorDefinition Share(string id, int? number, string titleRu, string titleEn, string source, bool hasTarget = false) =>
        new(id, number, titleRu, titleEn, source, isShare: true, hasTarget);

    internal static IndicatorDefinition Count(string id, int number, string titleRu, string titleEn, string source) =>
        new(id, number, titleRu, titleEn, source, isShare: false, hasTarget: false);
}

/// <summary>The catalogue's indicators, in the order of 003 §7.7, the target last.</summary>
/// <remarks>003 §7.7 №1–7; 003 order preamble. The IDs are the rule catalogue's <c>indicator.*</c> rows.</remarks>
public static class IndicatorCatalog
{
    /// <summary>№1: share of organizations that run mentoring.</summary>
    public static IndicatorDefinition OrgsWithMentoring { get; } = IndicatorDefinition.Share(
        "indicator.orgs-with-mentoring", 1, "Доля ОО, реализующих систему наставничества",
        "Share of organizations that run mentoring", "003 §7.7 №1");

    /// <summary>№2: number of programs in the municipality.</summary>
    public static IndicatorDefinition Programs { get; } = IndicatorDefinition.Count(
        "indicator.programs", 2, "Наличие (количество) программ наставничества, реализуемых в муниципалитете",
        "Number of mentoring programs run in the municipality", "003 §7.7 №2");

    /// <summary>№3: share of students aged 10–18 who are mentees.</summary>
    public static IndicatorDefinition StudentsAsMentees { get; } = IndicatorDefinition.Share(
        "indicator.students-as-mentees", 3,
        "Доля обучающихся в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого, %",
        "Share of students aged 10–18 who are mentees", "003 §7.7 №3");

    /// <summary>№4: share of students aged 10–18 who are mentors.</summary>
    public static IndicatorDefinition StudentsAsMentors { get; } = IndicatorDefinition.Share(
        "indicator.students-as-mentors", 4,
        "Доля обучающихся в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставника, %",
        "Share of students aged 10–18 who are mentors", "003 §7.7 №4");

    /// <summary>№5: share of young specialists who are mentees.</summary>
    public static IndicatorDefinition YoungTeachersAsMentees { get; } = IndicatorDefinition.Share(
        "indicator.young-teachers-as-mentees", 5,
        "Доля учителей – молодых специалистов, вошедших в программы наставничества в роли наставляемого, %",
        "Share of young specialist teachers who are mentees", "003 §7.7 №5");

    /// <summary>№6: share of teachers who are mentors.</summary>
    public static IndicatorDefinition TeachersAsMentors { get; } = IndicatorDefinition.Share(
        "indicator.teachers-as-mentors", 6, "Доля учителей, вошедших в программы наставничества в роли наставников, %",
        "Share of teachers who are mentors", "003 §7.7 №6");

    /// <summary>№7: share of young teachers supported on an individual route.</summary>
    public static IndicatorDefinition YoungTeachersRouteSupport { get; } = IndicatorDefinition.Share(
        "indicator.young-teachers-route-support", 7,
        "Доля молодых педагогов, получивших адресную методическую поддержку в разработке и реализации индивидуальных образовательных маршрутов",
        "Share of young teachers given targeted support on an individual educational route", "003 §7.7 №7");

    /// <summary>The order preamble's target: at least 70 % of teachers under 35 in their first three years are supported.</summary>
    public static IndicatorDefinition YoungTeachersTarget { get; } = IndicatorDefinition.Share(
        "indicator.young-teachers-target", null,
        "Вовлечение не менее 70% учителей в возрасте до 35 лет в различные формы поддержки и сопровождения в первые три года работы",
        "At least 70% of teachers under 35 in their first three years of work in some form of support", "003 order preamble",
        hasTarget: true);

    /// <summary>All eight, №1–7 then the target.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        OrgsWithMentoring, Programs, StudentsAsMentees, StudentsAsMentors, YoungTeachersAsMentees, TeachersAsMentors,
        YoungTeachersRouteSupport, YoungTeachersTarget,
    ];

    /// <summary>The indicator with the ID, or null.</summary>
    /// <param name="id">The catalogue ID.</param>
    /// <returns>The definition, or null.</returns>
    public static IndicatorDefinition? Find(string? id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
