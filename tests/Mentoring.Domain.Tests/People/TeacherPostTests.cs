using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;
using Mentoring.Domain.Tests.Calendar;

namespace Mentoring.Domain.Tests.People;

/// <summary>Days after 1 January 1990 of a post's first day (0–12000), and the days from it to the day asked about (0–1500).</summary>
public readonly record struct PostDays(int From, int Offset);

/// <summary>The generators of the post history's property tests.</summary>
public static class PostArbitraries
{
    /// <summary>A post's first day and a later day of reckoning.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PostDays> PostDays() =>
        Gen.Zip(Gen.Choose(0, 12000), Gen.Choose(0, 1500)).Select(t => new PostDays(t.Item1, t.Item2)).ToArbitrary();
}

public sealed class TeacherPostTests
{
    private static readonly DateOnly Appointed = new(2023, 9, 1);

    private static TeacherPost Post(string title, DateOnly from, DateOnly? to = null, bool? prior = null, DateOnly? probation = null) =>
        TeacherPost.Create(title, from, to, prior, probation).Value;

    [Fact]
    public void Create_Values_AreNormalizedAndKept()
    {
        var post = Post("  учитель   физики ", new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), false, new DateOnly(2022, 11, 30));

        Assert.Equal("учитель физики", post.Title);
        Assert.Equal(new DateOnly(2022, 9, 1), post.From);
        Assert.Equal(new DateOnly(2023, 8, 31), post.To);
        Assert.False(post.PriorExperience);
        Assert.Equal(new DateOnly(2022, 11, 30), post.ProbationEnd);
    }

    [Fact]
    public void Create_EmptyTitleAndEndsBeforeTheStart_ReportsEveryErrorAtItsField()
    {
        var errors = TeacherPost.Create(" ", new DateOnly(2023, 9, 1), new DateOnly(2023, 8, 31), null, new DateOnly(2023, 8, 1)).ValidationErrors;

        Assert.Equal([("MD0001", "title"), ("MD0004", "to"), ("MD0004", "probationEnd")], errors.Select(e => (e.ErrorCode, e.Identifier)));
    }

    [Fact]
    public void TeacherCreate_PostBeforeBirthOrRepeated_ReportsMD0103AndMD0005AtThePost()
    {
        var errors = new TeacherBuilder()
            .BornOn(new DateOnly(1990, 5, 15))
            .WithPosts(Post("учитель", new DateOnly(1989, 9, 1)), Post("Учитель", new DateOnly(1989, 9, 1)))
            .BuildResult().ValidationErrors;

        Assert.Equal(
            [("MD0103", "posts[0].from"), ("MD0103", "posts[1].from"), ("MD0005", "posts[1]")],
            errors.Select(e => (e.ErrorCode, e.Identifier)));
    }

    [Fact]
    public void TeacherCreate_Posts_AreOrderedByTheirFirstDay()
    {
        var teacher = new TeacherBuilder().WithPosts(Post("учитель физики", new DateOnly(2023, 9, 1)), Post("учитель математики", new DateOnly(2015, 9, 1), new DateOnly(2023, 8, 31))).Build();

        Assert.Equal(["учитель математики", "учитель физики"], teacher.Posts.Select(p => p.Title));
        Assert.Equal(["учитель физики"], teacher.PostsOn(Appointed).Select(p => p.Title));
    }

    [Fact]
    public void IsNewToPostOn_NoHistory_IsUnknown() =>
        Assert.Null(new TeacherBuilder().Build().IsNewToPostOn(Appointed));

    [Fact]
    public void IsNewToPostOn_NoPostOnTheDay_IsUnknown() =>
        Assert.Null(new TeacherBuilder().WithPosts(Post("учитель", new DateOnly(2015, 9, 1), new DateOnly(2020, 8, 31))).Build().IsNewToPostOn(Appointed));

    [Fact]
    public void IsNewToPostOn_MovedToAnotherPostWithNoExperienceRecorded_IsTrue()
    {
        var teacher = new TeacherBuilder()
            .WithPosts(Post("учитель математики", new DateOnly(2015, 9, 1), new DateOnly(2023, 8, 31)), Post("педагог-психолог", new DateOnly(2023, 9, 1), prior: false))
            .Build();

        Assert.True(teacher.IsNewToPostOn(Appointed));
    }

    [Fact]
    public void IsNewToPostOn_BackToAPostHeldBefore_IsFalse()
    {
        var teacher = new TeacherBuilder()
            .WithPosts(
                Post("учитель математики", new DateOnly(2012, 9, 1), new DateOnly(2019, 8, 31)),
                Post("заместитель директора", new DateOnly(2019, 9, 1), new DateOnly(2023, 8, 31)),
                Post("Учитель математики", new DateOnly(2023, 9, 1)))
            .Build();

        Assert.False(teacher.IsNewToPostOn(Appointed));
    }

    [Fact]
    public void IsNewToPostOn_PriorExperienceNotRecordedAndHistoryStartsAfterTheCareer_IsUnknown()
    {
        // The career began in 2012 and the history in 2015: what the teacher did before 2015 is not known.
        var teacher = new TeacherBuilder().CareerStartedOn(new DateOnly(2012, 9, 1)).WithPosts(Post("педагог-психолог", new DateOnly(2023, 9, 1)), Post("учитель", new DateOnly(2015, 9, 1), new DateOnly(2023, 8, 31))).Build();

        Assert.Null(teacher.IsNewToPostOn(Appointed));
    }

    [Fact]
    public void IsNewToPostOn_HistoryFromTheCareerStart_DecidesWithoutTheFlag()
    {
        var teacher = new TeacherBuilder().CareerStartedOn(new DateOnly(2015, 9, 1)).WithPosts(Post("учитель", new DateOnly(2015, 9, 1), new DateOnly(2023, 8, 31)), Post("педагог-психолог", new DateOnly(2023, 9, 1))).Build();

        Assert.True(teacher.IsNewToPostOn(Appointed));
    }

    [Fact]
    public void IsNewToPostOn_PriorExperienceRecorded_IsFalse() =>
        Assert.False(new TeacherBuilder().WithPosts(Post("учитель", new DateOnly(2023, 9, 1), prior: true)).Build().IsNewToPostOn(Appointed));

    [Fact]
    public void IsNewToPostOn_AWholeYearInThePost_IsFalse() =>
        Assert.False(new TeacherBuilder().WithPosts(Post("учитель", new DateOnly(2022, 9, 1), prior: false)).Build().IsNewToPostOn(Appointed));

    [Property(Arbitrary = new[] { typeof(PostArbitraries) })]
    public bool IsNewToPostOn_NoPriorExperience_IsTheFirstWholeYearInThePost(PostDays days)
    {
        var from = new DateOnly(1990, 1, 1).AddDays(days.From);
        var day = from.AddDays(days.Offset);
        var teacher = new TeacherBuilder().BornOn(null).WithPosts(Post("учитель", from, prior: false)).Build();

        return teacher.IsNewToPostOn(day) == (NaiveCalendar.BirthdaysPassed(from, day) < 1);
    }

    [Property(Arbitrary = new[] { typeof(PostArbitraries) })]
    public bool IsNewToPostOn_PriorExperience_IsNeverNew(PostDays days)
    {
        var from = new DateOnly(1990, 1, 1).AddDays(days.From);
        var teacher = new TeacherBuilder().BornOn(null).WithPosts(Post("учитель", from, prior: true)).Build();

        return teacher.IsNewToPostOn(from.AddDays(days.Offset)) == false;
    }
}
