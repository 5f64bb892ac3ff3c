using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.ExtremeDates;

/// <summary>
/// Dates at the ends of the calendar (issue #14): a case whose dates reach 9999-12-31, and any date of validation from
/// 0001-01-01 to 9999-12-31, give a report or a located error, never an exception (DateOnly arithmetic past the
/// calendar's ends saturates: <see cref="SaturatingDates"/>).
/// </summary>
public sealed class ExtremeDateTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    /// <summary>Years moved by a multiple of 4 (leap years stay leap): 2021–2024 become 9993–9996.</summary>
    private const int Shift = 7972;

    private static readonly string[] Seeds = ["federal-2021", "krasnokutsky-2022", "argun-2021", "smolensk-2022", "voskresensky-2023", "ivanteevka-2021"];

    /// <summary>Each seed edition's violations case, as bundled and moved to the end of the calendar (read once).</summary>
    private static readonly Lazy<(string Edition, MentoringCase Case)[]> ViolationCases = new(() =>
        [.. Seeds.SelectMany(e => new[] { (e, Read(File.ReadAllText(Fixtures.InRoot("samples", "data", e, "violations.json")))), (e, Moved(e, "violations.json")) })]);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var edition in Seeds)
        {
            data.Add(edition, "compliant.json");
            data.Add(edition, "violations.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_CaseMovedToTheEndOfTheCalendar_GivesEveryRuleAFinding(string edition, string file)
    {
        var @case = Moved(edition, file);

        foreach (var asOf in new[] { new DateOnly(9997, 1, 1), new DateOnly(9999, 12, 30), DateOnly.MaxValue })
        {
            var report = InForce(@case, edition, asOf);

            Assert.True(report.IsSuccess, $"{edition}/{file} on {asOf:yyyy-MM-dd}: {string.Join("; ", report.Errors)}");
            Assert.NotEmpty(report.Value.Findings);
            foreach (var roadmap in @case.Roadmaps)
            {
                Assert.True(RoadmapStatusReport.Create(roadmap, asOf).IsSuccess);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BundledCaseOnTheCalendarsLastDay_GivesAReport(string edition, string file)
    {
        var @case = Read(File.ReadAllText(Fixtures.InRoot("samples", "data", edition, file)));

        var report = InForce(@case, edition, DateOnly.MaxValue);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.NotEmpty(report.Value.Findings);
    }

    [Property(Arbitrary = new[] { typeof(ExtremeDateArbitraries) })]
    public void Validate_AnyDateOfValidationAtTheEndsOfTheCalendar_NeverThrows(ExtremeDay day)
    {
        foreach (var (edition, @case) in ViolationCases.Value)
        {
            // A result: a report, or an error (an edition not in force in year 1) — never an exception.
            var report = Validator.Validate(@case, edition, day.Date);
            Assert.True(report.IsSuccess || report.ValidationErrors.Any());
            foreach (var roadmap in @case.Roadmaps)
            {
                _ = RoadmapStatusReport.Create(roadmap, day.Date, 30);
            }
        }
    }

    [Theory]
    [InlineData(1, 1, 1, -1, 1, 1, 1)]
    [InlineData(9999, 12, 31, 1, 9999, 12, 31)]
    [InlineData(9999, 12, 30, 1, 9999, 12, 31)]
    [InlineData(2024, 2, 29, 1, 2024, 3, 1)]
    public void PlusDays_PastTheCalendarsEnds_Saturates(int y, int m, int d, int days, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), new DateOnly(y, m, d).PlusDays(days));

    [Theory]
    [InlineData(9999, 11, 30, 2, 9999, 12, 31)]
    [InlineData(9999, 11, 30, 1, 9999, 12, 30)]
    [InlineData(1, 2, 1, -2, 1, 1, 1)]
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)]
    public void PlusMonths_PastTheCalendarsEnds_Saturates(int y, int m, int d, int months, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), new DateOnly(y, m, d).PlusMonths(months));

    [Theory]
    [InlineData(9997, 1, 1, 3, 9999, 12, 31)]
    [InlineData(9996, 2, 29, 3, 9999, 2, 28)]
    [InlineData(3, 6, 1, -3, 1, 1, 1)]
    public void PlusYears_PastTheCalendarsEnds_Saturates(int y, int m, int d, int years, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), new DateOnly(y, m, d).PlusYears(years));

    /// <summary>The case validated under the edition, or under federal-2021 when the edition is not in force on the day (MR0206).</summary>
    private static Result<ValidationReport> InForce(MentoringCase @case, string edition, DateOnly asOf)
    {
        var report = Validator.Validate(@case, edition, asOf);
        return !report.IsSuccess && report.ValidationErrors.All(e => e.ErrorCode == "MR0206") ? Validator.Validate(@case, "federal-2021", asOf) : report;
    }

    /// <summary>A bundled case with every year 20xx written in it (dates and texts; not birth years nor report years, which are bounded) moved by <see cref="Shift"/> years.</summary>
    private static MentoringCase Moved(string edition, string file)
    {
        var json = File.ReadAllText(Fixtures.InRoot("samples", "data", edition, file));
        var moved = Regex.Replace(
            json,
            @"(?<!""(birthYear|year)"":\s*)(?<![0-9])20[0-9]{2}(?![0-9])",
            m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + Shift).ToString(CultureInfo.InvariantCulture),
            RegexOptions.None,
            TimeSpan.FromSeconds(5));
        return Read(moved);
    }

    private static MentoringCase Read(string json)
    {
        var read = CaseFile.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(e => e.ErrorMessage)));
        return Assert.Single(read.Value.Cases);
    }
}

/// <summary>A day near one end of the calendar.</summary>
/// <param name="Date">The day.</param>
public sealed record ExtremeDay(DateOnly Date);

/// <summary>Days within about four years of 0001-01-01 or of 9999-12-31.</summary>
public static class ExtremeDateArbitraries
{
    /// <summary>The arbitrary.</summary>
    /// <returns>Days near the ends of the calendar.</returns>
    public static Arbitrary<ExtremeDay> Days() =>
        Gen.OneOf(
                Gen.Choose(0, 1500).Select(d => DateOnly.MinValue.AddDays(d)),
                Gen.Choose(0, 1500).Select(d => DateOnly.MaxValue.AddDays(-d)))
            .Select(d => new ExtremeDay(d))
            .ToArbitrary();
}
