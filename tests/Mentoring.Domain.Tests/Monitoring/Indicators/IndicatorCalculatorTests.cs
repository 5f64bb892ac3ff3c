using FsCheck.Xunit;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Domain.Tests.Documents;

namespace Mentoring.Domain.Tests.Monitoring.Indicators;

/// <summary>The indicators of 003 §7.7 and the order preamble's 70 % target, counted by hand on a small municipality.</summary>
public class IndicatorCalculatorTests
{
    private static readonly DateOnly AsOf = new(2024, 1, 15);

    private static IndicatorReport Year(int year, IndicatorSettings? settings = null) =>
        IndicatorCalculator.Compute(SmallMunicipality.Build(), year, AsOf, settings).Value;

    private static string[] Subjects(IndicatorValue value, IndicatorItemStatus status) =>
        [.. value.ItemsWith(status).Select(i => i.Subject).Order(StringComparer.Ordinal)];

    [Fact]
    public void Compute_SmallMunicipality2023_OrgsWithMentoringIsOneOfThree()
    {
        var value = Year(2023)["indicator.orgs-with-mentoring"];

        Assert.Equal((1, 3), (value.Numerator, value.Denominator!.Value));
        Assert.Equal(["school-a"], Subjects(value, IndicatorItemStatus.Counted));
        Assert.Equal(["kinder-c", "school-b"], Subjects(value, IndicatorItemStatus.NotCounted));
    }

    [Fact]
    public void Compute_SmallMunicipality2023_ProgramsCountsRunningAndLeavesOutDraft()
    {
        var value = Year(2023)["indicator.programs"];

        Assert.Equal(2, value.Numerator);
        Assert.Null(value.Denominator);
        Assert.Equal(2m, value.Value);
        Assert.Equal(["prog-1", "prog-3"], Subjects(value, IndicatorItemStatus.Counted));
        Assert.Equal(["prog-4"], Subjects(value, IndicatorItemStatus.OutOfScope));
    }

    [Fact]
    public void Compute_SmallMunicipality2023_StudentsCountedByAgeWithUnknownsReported()
    {
        var report = Year(2023);
        var mentees = report["indicator.students-as-mentees"];
        var mentors = report["indicator.students-as-mentors"];

        Assert.Equal((1, 3), (mentees.Numerator, mentees.Denominator!.Value));
        Assert.Equal(["s-1"], Subjects(mentees, IndicatorItemStatus.Counted));
        Assert.Equal(["s-4"], Subjects(mentees, IndicatorItemStatus.Unknown));
        // s-6 turned 18 on 31.12.2023: «от 10 до 18 лет» is 10 ≤ age < 18 (readings.md, pair.student-age and indicators).
        Assert.Equal(["s-3", "s-6"], Subjects(mentees, IndicatorItemStatus.OutOfScope));
        Assert.Equal((1, 3), (mentors.Numerator, mentors.Denominator!.Value));
        Assert.Equal(["s-2"], Subjects(mentors, IndicatorItemStatus.Counted));
    }

    [Fact]
    public void Compute_SmallMunicipality2023_YoungTeacherFiguresShareTheirDenominator()
    {
        var report = Year(2023);
        var mentees = report["indicator.young-teachers-as-mentees"];
        var route = report["indicator.young-teachers-route-support"];
        var target = report["indicator.young-teachers-target"];

        Assert.Equal((2, 4), (mentees.Numerator, mentees.Denominator!.Value));
        Assert.Equal(["a-young1", "b-young"], Subjects(mentees, IndicatorItemStatus.Counted));
        Assert.Equal((1, 4), (route.Numerator, route.Denominator!.Value));
        Assert.Equal(["a-young1"], Subjects(route, IndicatorItemStatus.Counted));
        Assert.Equal((3, 4), (target.Numerator, target.Denominator!.Value));
        Assert.Equal(["a-young1", "a-young2", "b-young"], Subjects(target, IndicatorItemStatus.Counted));
        Assert.Equal(["c-young"], Subjects(target, IndicatorItemStatus.NotCounted));
        Assert.Equal(["a-young3"], Subjects(target, IndicatorItemStatus.Unknown));
        Assert.Equal("нет даты начала педагогической работы", Assert.Single(target.ItemsWith(IndicatorItemStatus.Unknown)).ReasonRu);
    }

    [Fact]
    public void Compute_SmallMunicipality2023_TargetOfSeventyPercentIsMetAtThreeQuarters()
    {
        var target = Year(2023)["indicator.young-teachers-target"];

        Assert.Equal(0.75m, target.Share);
        Assert.Equal(0.70m, target.Target);
        Assert.True(target.TargetMet);
    }

    [Fact]
    public void Compute_TargetSetAboveShare_TargetNotMet()
    {
        var settings = IndicatorSettings.Create(target: 0.80m).Value;

        Assert.False(Year(2023, settings)["indicator.young-teachers-target"].TargetMet);
    }

    [Fact]
    public void Compute_SmallMunicipality2023_TeachersAsMentorsCountsProgramsAndRegistry()
    {
        var value = Year(2023)["indicator.teachers-as-mentors"];

        Assert.Equal((2, 8), (value.Numerator, value.Denominator!.Value));
        Assert.Equal(["a-mentor", "b-mentor"], Subjects(value, IndicatorItemStatus.Counted));
        Assert.Equal(["a-clerk"], Subjects(value, IndicatorItemStatus.OutOfScope));
        Assert.Null(value.Target);
        Assert.Null(value.TargetMet);
    }

    [Fact]
    public void Compute_SmallMunicipality2022_NothingRunsAndTeachersHiredLaterAreOutOfScope()
    {
        var report = Year(2022);
        var target = report["indicator.young-teachers-target"];

        Assert.Equal(0, report["indicator.programs"].Numerator);
        Assert.Equal((0, 2), (target.Numerator, target.Denominator!.Value));
        Assert.False(target.TargetMet);
        Assert.Contains("b-young", Subjects(target, IndicatorItemStatus.OutOfScope));
        Assert.Contains("c-young", Subjects(target, IndicatorItemStatus.OutOfScope));
    }

    [Fact]
    public void Compute_YearNotOver_PeriodEndsOnAsOf()
    {
        var report = Year(2024);

        Assert.Equal(new DateOnly(2024, 1, 1), report.Period.Start);
        Assert.Equal(AsOf, report.Period.End);
    }

    [Fact]
    public void Compute_YearAfterAsOf_FailsWithMD1402()
    {
        var result = IndicatorCalculator.Compute(SmallMunicipality.Build(), 2025, AsOf);

        Assert.Equal("MD1402", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Compute_NoOrganizations_SharesHaveNoValue()
    {
        var empty = MunicipalCase.Create(null, []).Value;

        var report = IndicatorCalculator.Compute(empty, 2023, AsOf).Value;

        Assert.All(report.Values.Where(v => v.Definition.IsShare), v => Assert.Null(v.Share));
        Assert.Null(report["indicator.young-teachers-target"].TargetMet);
    }

    [Fact]
    public void ComputeYears_FromFirstYear_OneReportPerYear()
    {
        var municipality = SmallMunicipality.Build();

        var years = IndicatorCalculator.ComputeYears(municipality, IndicatorCalculator.FirstYear(municipality)!.Value, AsOf).Value;

        Assert.Equal([2023, 2024], years.Select(y => y.Year));
    }

    [Fact]
    public void Catalog_EveryIndicatorRowOfTheRuleCatalogue_HasADefinitionWithTitlesAndSource()
    {
        string[] ids =
        [
            "indicator.orgs-with-mentoring", "indicator.programs", "indicator.students-as-mentees", "indicator.students-as-mentors",
            "indicator.young-teachers-as-mentees", "indicator.teachers-as-mentors", "indicator.young-teachers-route-support",
            "indicator.young-teachers-target",
        ];

        Assert.Equal(ids, IndicatorCatalog.All.Select(d => d.Id));
        Assert.All(IndicatorCatalog.All, d => Assert.False(string.IsNullOrWhiteSpace(d.TitleRu + d.TitleEn + d.Source)));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], IndicatorCatalog.All.Where(d => d.Number is not null).Select(d => d.Number!.Value));
    }

    [Theory]
    [InlineData(1.5, null, null, "target")]
    [InlineData(null, 10, null, "ageUnder")]
    [InlineData(null, null, 0, "firstYears")]
    public void SettingsCreate_OutOfRange_FailsWithMD1401NamingTheSetting(double? target, int? ageUnder, int? firstYears, string setting)
    {
        var result = IndicatorSettings.Create((decimal?)target, ageUnder, firstYears);

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD1401", error.ErrorCode);
        Assert.Equal(setting, error.Identifier);
    }

    [Property(Arbitrary = new[] { typeof(IndicatorArbitraries) })]
    public bool Compute_AnyTarget_MetExactlyWhenShareReachesIt(TargetPercent target)
    {
        var municipality = SmallMunicipality.Build();
        var percent = target.Value;
        var settings = IndicatorSettings.Create(target: percent / 100m).Value;
        var value = IndicatorCalculator.Compute(municipality, 2023, AsOf, settings).Value["indicator.young-teachers-target"];
        return value.TargetMet == (value.Share >= percent / 100m);
    }

    [Property(Arbitrary = new[] { typeof(IndicatorArbitraries) })]
    public bool Compute_GeneratedCases_SharesLieBetweenZeroAndOneAndEveryTeacherIsAccountedOnce(IndicatorCaseSeed seed)
    {
        var @case = CaseGenerator.Build(seed.Value);
        var municipality = MunicipalCase.Create(null, [@case]).Value;
        var report = IndicatorCalculator.Compute(municipality, 2024, new DateOnly(2025, 6, 1)).Value;
        var teacherFigures = new[] { "indicator.teachers-as-mentors", "indicator.young-teachers-as-mentees", "indicator.young-teachers-target" };
        return report.Values.All(v => v.Share is null || (v.Share >= 0m && v.Share <= 1m && v.Numerator <= v.Denominator))
            && teacherFigures.All(id => report[id].Items.Count == @case.Teachers.Count
                && report[id].Items.Select(i => i.Subject).Distinct().Count() == @case.Teachers.Count);
    }
}
