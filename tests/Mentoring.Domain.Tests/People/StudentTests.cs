using FsCheck.Xunit;
using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.People;

public sealed class StudentTests
{
    [Fact]
    public void Create_Defaults_KeepsFacts()
    {
        var student = new StudentBuilder().Build();

        Assert.Equal("s-1", student.Id.Value);
        Assert.Equal(7, student.Grade);
        Assert.Equal(new DateOnly(2010, 3, 1), student.BirthDate);
    }

    [Theory]
    [InlineData(1, EducationStage.Primary)]
    [InlineData(4, EducationStage.Primary)]
    [InlineData(5, EducationStage.Basic)]
    [InlineData(9, EducationStage.Basic)]
    [InlineData(10, EducationStage.Secondary)]
    [InlineData(11, EducationStage.Secondary)]
    public void Stage_Grade_IsTheStageOfGeneralEducation(int grade, EducationStage expected)
    {
        Assert.Equal(expected, new StudentBuilder().InGrade(grade).Build().Stage);
    }

    [Fact]
    public void Stage_UnknownGrade_IsNull()
    {
        var student = new StudentBuilder().InGrade(null).Build();

        Assert.Null(student.Grade);
        Assert.Null(student.Stage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-3)]
    public void Create_GradeOutside1To11_FailsWithMD0104(int grade)
    {
        var error = Assert.Single(new StudentBuilder().InGrade(grade).BuildResult().ValidationErrors);

        Assert.Equal("MD0104", error.ErrorCode);
        Assert.Equal("grade", error.Identifier);
    }

    [Theory]
    [InlineData("2020-02-29", 9)]
    [InlineData("2020-03-01", 10)]
    public void AgeOn_KnownBirthDate_CountsBirthdays(string asOf, int expected)
    {
        Assert.Equal(expected, new StudentBuilder().BornOn(new DateOnly(2010, 3, 1)).Build().AgeOn(DateOnly.Parse(asOf)));
    }

    [Fact]
    public void AgeOn_UnknownBirthDate_IsNull()
    {
        Assert.Null(new StudentBuilder().BornOn(null).Build().AgeOn(new DateOnly(2024, 1, 1)));
    }

    [Property(Arbitrary = new[] { typeof(PeopleArbitraries) })]
    public bool Stage_HigherGrade_NeverLowerStage(GradePair g)
    {
        var (low, high) = g.First <= g.Second ? (g.First, g.Second) : (g.Second, g.First);
        return EducationStages.OfGrade(low) <= EducationStages.OfGrade(high);
    }
}
