using FsCheck.Xunit;
using Mentoring.Domain.Matching;
using static Mentoring.Domain.Tests.Matching.MatchingBuilders;

namespace Mentoring.Domain.Tests.Matching;

public sealed class ScoringTests
{
    [Fact]
    public void Score_SharedStems_ProfilePointsByCoverageAndWordsExplained()
    {
        var fit = Matcher.Score(
            Mentor("M1", competences: ["Подготовка к ОГЭ по математике"]),
            Mentee("E1", request: "методика подготовки к ОГЭ по математике"));

        var profile = fit.Criterion(MatchCriterion.Profile);
        Assert.Equal(33, profile.Points); // 20 + 20 × 2/3: «огэ», «матем» of «метод», «огэ», «матем»
        Assert.Equal(CriterionOutcome.Scored, profile.Outcome);
        Assert.Contains("«матем», «огэ»", profile.ReasonRu, StringComparison.Ordinal);
        Assert.Contains("2 of the request's 3", profile.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoSharedStemAndProfileRequired_ExcludedByProfileCitingTheRule()
    {
        var fit = Matcher.Score(Mentor("M1", competences: ["химия"]), Mentee("E1", request: "литература"));

        Assert.False(fit.IsAdmissible);
        Assert.Equal(MatchCriterion.Profile, fit.ExcludedBy);
        Assert.Contains("pair.profile-matches-request", fit.Exclusion!.ReasonRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoSharedStemAndProfileNotRequired_AdmissibleWithoutProfilePoints()
    {
        var fit = Matcher.Score(Mentor("M1", competences: ["химия"]), Mentee("E1", request: "литература"), Options(requireProfile: false));

        Assert.True(fit.IsAdmissible);
        Assert.Equal(0, fit.Criterion(MatchCriterion.Profile).Points);
    }

    [Fact]
    public void Score_RequestUnknown_ProfileUnknownAndAdmissible()
    {
        var fit = Matcher.Score(Mentor("M1"), Mentee("E1", request: null));

        Assert.True(fit.IsAdmissible);
        Assert.Equal(CriterionOutcome.Unknown, fit.Criterion(MatchCriterion.Profile).Outcome);
        Assert.Contains("запрос", fit.Criterion(MatchCriterion.Profile).ReasonRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 5, false, 0)]
    [InlineData(5, 5, true, 5)]
    [InlineData(27, null, true, 20)]
    public void Score_Experience_PointsPerYearAndMinimumExcludes(int years, int? minimum, bool admissible, int points)
    {
        var fit = Matcher.Score(Mentor("M1", experience: years), Mentee("E1"), Options(minExperience: minimum));

        Assert.Equal(admissible, fit.IsAdmissible);
        Assert.Equal(points, fit.Criterion(MatchCriterion.Experience).Points);
        if (!admissible)
        {
            Assert.Equal(MatchCriterion.Experience, fit.ExcludedBy);
            Assert.Contains("mentor.min-experience", fit.Exclusion!.ReasonEn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_ExperienceUnknownWithMinimum_AdmissibleButAskedToCheck()
    {
        var fit = Matcher.Score(Mentor("M1", experience: null), Mentee("E1"), Options(minExperience: 3));

        Assert.True(fit.IsAdmissible);
        Assert.Equal(CriterionOutcome.Unknown, fit.Criterion(MatchCriterion.Experience).Outcome);
        Assert.Contains("проверьте", fit.Criterion(MatchCriterion.Experience).ReasonRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25, true, 15)]
    [InlineData(40, false, 0)]
    public void Score_PreferredAge_InsideScoresOutsideExcludes(int age, bool admissible, int points)
    {
        var fit = Matcher.Score(Mentor("M1", age: (20, 35)), Mentee("E1", age: age));

        Assert.Equal(admissible, fit.IsAdmissible);
        Assert.Equal(points, fit.Criterion(MatchCriterion.PreferredAge).Points);
        Assert.Contains("20–35", fit.Criterion(MatchCriterion.PreferredAge).ReasonRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoAgePreference_NeutralFivePoints()
    {
        var fit = Matcher.Score(Mentor("M1"), Mentee("E1"));

        Assert.Equal(5, fit.Criterion(MatchCriterion.PreferredAge).Points);
        Assert.Equal(CriterionOutcome.Unknown, fit.Criterion(MatchCriterion.PreferredAge).Outcome);
    }

    [Theory]
    [InlineData(2, null, 10)]
    [InlineData(6, null, 15)]
    [InlineData(null, "по договорённости", 5)]
    [InlineData(null, null, 0)]
    public void Score_Time_FivePointsPerMenteeHour(int? hours, string? text, int points)
    {
        var fit = Matcher.Score(Mentor("M1", hours: hours, timeText: text), Mentee("E1"));

        Assert.Equal(points, fit.Criterion(MatchCriterion.Time).Points);
    }

    [Fact]
    public void Score_DifferentOrganizationWithoutVirtual_ExcludedByWorkplace()
    {
        var fit = Matcher.Score(Mentor("M1", workplace: "school-1"), Mentee("E1", workplace: "school-2"));

        Assert.Equal(MatchCriterion.Workplace, fit.ExcludedBy);
        Assert.Contains("виртуальное наставничество не разрешено", fit.Exclusion!.ReasonRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DifferentOrganizationWithVirtual_ThreePointsAsVirtualMentoring()
    {
        var fit = Matcher.Score(Mentor("M1", workplace: "school-1"), Mentee("E1", workplace: "school-2"), Options(allowVirtual: true));

        Assert.True(fit.IsAdmissible);
        Assert.Equal(3, fit.Criterion(MatchCriterion.Workplace).Points);
        Assert.Contains("virtual", fit.Criterion(MatchCriterion.Workplace).ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SameMunicipalityWithMunicipalReach_SixPoints()
    {
        var fit = Matcher.Score(
            Mentor("M1", workplace: "school-1", municipality: "argun"),
            Mentee("E1", workplace: "school-2", municipality: "argun"),
            Options(locality: MatchingLocality.Municipality));

        Assert.True(fit.IsAdmissible);
        Assert.Equal(6, fit.Criterion(MatchCriterion.Workplace).Points);
    }

    [Fact]
    public void Score_SameOrganizationCaseInsensitive_TenPoints()
    {
        var fit = Matcher.Score(Mentor("M1", workplace: "School-1"), Mentee("E1", workplace: "school-1"));

        Assert.Equal(10, fit.Criterion(MatchCriterion.Workplace).Points);
    }

    [Fact]
    public void Score_NoFreePlaces_ExcludedByCapacity()
    {
        var fit = Matcher.Score(Mentor("M1", current: 2), Mentee("E1"), Options(max: 2));

        Assert.Equal(MatchCriterion.Capacity, fit.ExcludedBy);
        Assert.Contains("не больше 2", fit.Exclusion!.ReasonRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_HoursBelowOneMenteeHour_ExcludedByCapacity()
    {
        var fit = Matcher.Score(Mentor("M1", hours: 0), Mentee("E1"));

        Assert.Equal(MatchCriterion.Capacity, fit.ExcludedBy);
    }

    [Fact]
    public void Score_Total_SumOfTheCriteriaPoints()
    {
        var fit = Matcher.Score(Mentor("M1", experience: 12, age: (20, 30), hours: 3), Mentee("E1", age: 24));

        Assert.Equal(40 + 12 + 15 + 15 + 10, fit.Total);
        Assert.Equal(fit.Total, fit.Criteria.Sum(c => c.Points));
        Assert.Equal(MatchCriteria.All, fit.Criteria.Select(c => c.Criterion));
        Assert.All(fit.Criteria, c => Assert.InRange(c.Points, 0, c.MaxPoints));
    }

    [Fact]
    public void MaxPoints_AllCriteria_HundredInTotal()
    {
        Assert.Equal(100, MatchCriteria.All.Sum(c => c.MaxPoints()));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(101, 1)]
    public void Create_CapOutOfRange_MD0006(int max, decimal hours)
    {
        var result = MatchingOptions.Create(maxMenteesPerMentor: max, hoursPerMentee: hours);

        Assert.Equal("MD0006", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Create_EmptyMentorId_MD0001()
    {
        Assert.Equal("MD0001", Assert.Single(MentorCandidate.Create(" ").ValidationErrors).ErrorCode);
    }

    [Theory]
    [InlineData("подготовка к ОГЭ по математике", "математика", true)]
    [InlineData("химия", "математика", false)]
    [InlineData("работа с родителями", "развитие навыков работы", false)]
    public void Shared_RequestAgainstCompetence_SameAsTheRuleSays(string request, string competence, bool expected)
    {
        Assert.Equal(expected, RequestMatch.Shared(request, [competence]).Count != 0);
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool SharesStem_AnyRequestAndCompetences_IsWhetherSharedListsAny(RequestAndCompetences t)
    {
        var (request, competences) = t;
        return RequestMatch.SharesStem(request, competences) == (RequestMatch.Shared(request, competences).Count != 0);
    }
}
