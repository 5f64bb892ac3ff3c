using FsCheck.Xunit;
using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;
using Mentoring.Domain.Tests.Calendar;

namespace Mentoring.Domain.Tests.People;

public sealed class TeacherTests
{
    [Fact]
    public void Create_Defaults_KeepsEveryFact()
    {
        var teacher = new TeacherBuilder().WithPosition("  учитель   математики ").WithCompetences("математика", " ", "Математика", "физика").Build();

        Assert.Equal("t-1", teacher.Id.Value);
        Assert.Equal("Иванова М. П.", teacher.Name.ShortName);
        Assert.Equal("учитель математики", teacher.Position);
        Assert.Equal(new DateOnly(1990, 5, 15), teacher.BirthDate);
        Assert.True(teacher.IsPedagogicalWorker);
        Assert.False(teacher.IsHead);
        Assert.False(teacher.IsDeputyHead);
        Assert.Equal(["математика", "физика"], teacher.Competences);
    }

    [Fact]
    public void Create_UnknownFacts_AreNull()
    {
        var teacher = new TeacherBuilder().BornOn(null).HiredOn(null).CareerStartedOn(null).WithPosition(" ").WithCompetences().Build();

        Assert.Null(teacher.BirthDate);
        Assert.Null(teacher.HireDate);
        Assert.Null(teacher.PedagogicalCareerStart);
        Assert.Null(teacher.Position);
        Assert.Empty(teacher.Competences);
    }

    [Fact]
    public void Create_RolesFlags_AreKept()
    {
        var teacher = new TeacherBuilder().AsHead().AsDeputyHead().NotPedagogical().Build();

        Assert.True(teacher.IsHead);
        Assert.True(teacher.IsDeputyHead);
        Assert.False(teacher.IsPedagogicalWorker);
    }

    [Fact]
    public void Create_DatesBeforeBirth_ReportsBothWithMD0103()
    {
        var errors = new TeacherBuilder()
            .BornOn(new DateOnly(1990, 5, 15))
            .HiredOn(new DateOnly(1990, 5, 14))
            .CareerStartedOn(new DateOnly(1980, 1, 1))
            .BuildResult().ValidationErrors;

        Assert.Equal(["MD0103", "MD0103"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["hireDate", "pedagogicalCareerStart"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void Create_HiredOnBirthDay_IsRepresentable()
    {
        Assert.True(new TeacherBuilder().BornOn(new DateOnly(2000, 1, 1)).HiredOn(new DateOnly(2000, 1, 1)).BuildResult().IsSuccess);
    }

    [Theory]
    [InlineData("2025-05-14", 34)]
    [InlineData("2025-05-15", 35)]
    [InlineData("1990-05-15", 0)]
    public void AgeOn_KnownBirthDate_CountsBirthdaysPassed(string asOf, int expected)
    {
        Assert.Equal(expected, new TeacherBuilder().BornOn(new DateOnly(1990, 5, 15)).Build().AgeOn(DateOnly.Parse(asOf)));
    }

    [Fact]
    public void AgeOn_UnknownBirthDate_IsNull()
    {
        Assert.Null(new TeacherBuilder().BornOn(null).Build().AgeOn(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(ExperienceScope.Total, 10)]
    [InlineData(ExperienceScope.Organization, 7)]
    public void ExperienceYearsOn_Scope_CountsFromItsStart(ExperienceScope scope, int expected)
    {
        var teacher = new TeacherBuilder().CareerStartedOn(new DateOnly(2012, 9, 1)).HiredOn(new DateOnly(2015, 9, 1)).Build();

        Assert.Equal(expected, teacher.ExperienceYearsOn(new DateOnly(2022, 12, 31), scope));
    }

    [Theory]
    [InlineData(ExperienceScope.Total)]
    [InlineData(ExperienceScope.Organization)]
    public void ExperienceYearsOn_UnknownStart_IsNull(ExperienceScope scope)
    {
        var teacher = new TeacherBuilder().CareerStartedOn(null).HiredOn(null).Build();

        Assert.Null(teacher.ExperienceYearsOn(new DateOnly(2022, 12, 31), scope));
    }

    [Fact]
    public void ExperienceYearsOn_UndefinedScope_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TeacherBuilder().Build().ExperienceYearsOn(new DateOnly(2022, 1, 1), (ExperienceScope)9));
    }

    [Theory]
    [InlineData("1995-01-01", "2022-09-01", true)] // 28 years old, in the second year of work
    [InlineData("1995-01-01", "2020-09-01", false)] // three whole years of work done
    [InlineData("1988-01-01", "2022-09-01", false)] // 35 years old
    [InlineData("1988-09-02", "2022-09-01", true)] // 34 until 2023-09-02
    public void IsYoungSpecialistOn_KnownFacts_FollowsTheArgunDefinition(string birth, string careerStart, bool expected)
    {
        var teacher = new TeacherBuilder().BornOn(DateOnly.Parse(birth)).CareerStartedOn(DateOnly.Parse(careerStart)).HiredOn(null).Build();

        Assert.Equal(expected, teacher.IsYoungSpecialistOn(new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void IsYoungSpecialistOn_UnknownExperienceButOld_IsFalse()
    {
        var teacher = new TeacherBuilder().BornOn(new DateOnly(1970, 1, 1)).CareerStartedOn(null).Build();

        Assert.False(teacher.IsYoungSpecialistOn(new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void IsYoungSpecialistOn_UnknownAgeButExperienced_IsFalse()
    {
        var teacher = new TeacherBuilder().BornOn(null).CareerStartedOn(new DateOnly(2000, 9, 1)).HiredOn(null).Build();

        Assert.False(teacher.IsYoungSpecialistOn(new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void IsYoungSpecialistOn_YoungWithUnknownExperience_IsNull()
    {
        var teacher = new TeacherBuilder().BornOn(new DateOnly(2000, 1, 1)).CareerStartedOn(null).HiredOn(null).Build();

        Assert.Null(teacher.IsYoungSpecialistOn(new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void IsYoungSpecialistOn_CustomThresholds_AreUsed()
    {
        var teacher = new TeacherBuilder().BornOn(new DateOnly(1985, 1, 1)).CareerStartedOn(new DateOnly(2019, 9, 1)).HiredOn(null).Build();
        var asOf = new DateOnly(2023, 9, 1);

        Assert.False(teacher.IsYoungSpecialistOn(asOf));
        Assert.True(teacher.IsYoungSpecialistOn(asOf, ageUnder: 40, maxExperienceYears: 5));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(35, 0)]
    public void IsYoungSpecialistOn_NonPositiveParameter_Throws(int ageUnder, int maxYears)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TeacherBuilder().Build().IsYoungSpecialistOn(new DateOnly(2023, 1, 1), ageUnder, maxYears));
    }

    [Property(Arbitrary = new[] { typeof(PeopleArbitraries) })]
    public bool IsYoungSpecialistOn_AllFactsKnown_EqualsAgeAndExperienceTest(TeacherDates t)
    {
        var (birth, start, asOf) = t;
        var careerStart = start < birth ? birth : start;
        var teacher = new TeacherBuilder().BornOn(birth).HiredOn(null).CareerStartedOn(careerStart).Build();
        var expected = NaiveCalendar.BirthdaysPassed(birth, asOf) < 35 && NaiveCalendar.BirthdaysPassed(careerStart, asOf) < 3;
        return teacher.IsYoungSpecialistOn(asOf) == expected;
    }

    [Property(Arbitrary = new[] { typeof(PeopleArbitraries) })]
    public bool ExperienceYearsOn_Total_NeverDecreasesWithTime(ExperienceDays t)
    {
        var teacher = new TeacherBuilder().BornOn(null).CareerStartedOn(new DateOnly(1970, 1, 1).AddDays(t.CareerStart)).Build();
        var earlier = new DateOnly(1970, 1, 1).AddDays(t.Earlier);
        return teacher.ExperienceYearsOn(earlier, ExperienceScope.Total) <= teacher.ExperienceYearsOn(earlier.AddDays(t.Later), ExperienceScope.Total);
    }
}
