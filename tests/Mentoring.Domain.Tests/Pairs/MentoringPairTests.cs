using FsCheck.Xunit;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Roles;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Pairs;

public sealed class MentoringPairTests
{
    [Fact]
    public void Create_Defaults_IndividualPair()
    {
        var pair = new MentoringPairBuilder().Build();

        Assert.Equal(["t-1"], pair.Mentors.Select(p => p.Value));
        Assert.Equal(["t-2"], pair.Mentees.Select(p => p.Value));
        Assert.Equal(MentoringForm.TeacherTeacher, pair.Form);
        Assert.Equal(RoleModel.ExperiencedTeacherYoungSpecialist, pair.RoleModel);
        Assert.Equal([MentoringKind.Traditional], pair.Kinds);
        Assert.Equal("order-1", pair.ApprovedByOrder?.Value);
        Assert.Equal(FormScale.Individual, pair.Scale);
        Assert.False(pair.IsGroup);
    }

    [Fact]
    public void Create_TwoMentees_IsAGroup()
    {
        var pair = new MentoringPairBuilder().WithMentees("t-2", "t-3").Build();

        Assert.Equal(FormScale.Group, pair.Scale);
        Assert.True(pair.IsGroup);
    }

    [Fact]
    public void Create_UnknownFactsAndNoOrder_AreRepresentable()
    {
        var pair = new MentoringPairBuilder().Unapproved().WithUnknowns().WithKinds().Build();

        Assert.Null(pair.ApprovedByOrder);
        Assert.Null(pair.FormedOn);
        Assert.Null(pair.CuratorInvolved);
        Assert.Empty(pair.Kinds);
    }

    [Fact]
    public void Create_RoleModelOutsideItsForm_IsRepresentable()
    {
        var pair = new MentoringPairBuilder().InForm(MentoringForm.TeacherTeacher, RoleModel.LeaderPassive).Build();

        Assert.NotEqual(pair.Form, pair.RoleModel!.Value.Form());
    }

    [Fact]
    public void Create_TwoMentorsForOneMentee_IsRepresentable()
    {
        Assert.Equal(2, new MentoringPairBuilder().WithMentors("t-1", "t-5").Build().Mentors.Count);
    }

    [Fact]
    public void Create_RepeatedKinds_KeptOnce()
    {
        var pair = new MentoringPairBuilder().WithKinds(MentoringKind.Virtual, MentoringKind.Reverse, MentoringKind.Virtual).Build();

        Assert.Equal(2, pair.Kinds.Count);
        Assert.Contains(MentoringKind.Reverse, pair.Kinds);
    }

    [Fact]
    public void Create_NoMentorNoMentee_ReportsBoth()
    {
        var errors = new MentoringPairBuilder().WithMentors().WithMentees().BuildResult().ValidationErrors;

        Assert.Equal(["MD0401", "MD0402"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["mentors", "mentees"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void Create_RepeatedMentorAndMentee_FailsWithMD0005Each()
    {
        var errors = new MentoringPairBuilder().WithMentors("t-1", "t-1").WithMentees("t-2", "t-3", "t-2").BuildResult().ValidationErrors;

        Assert.Equal(["MD0005", "MD0005"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["mentors", "mentees"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void Create_PersonOnBothSides_FailsWithMD0403()
    {
        var error = Assert.Single(new MentoringPairBuilder().WithMentors("t-1").WithMentees("t-2", "t-1").BuildResult().ValidationErrors);

        Assert.Equal("MD0403", error.ErrorCode);
        Assert.Equal("mentees", error.Identifier);
        Assert.Contains("t-1", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedFormRoleModelAndKind_ReportsEach()
    {
        var errors = new MentoringPairBuilder().InForm((MentoringForm)0, (RoleModel)99).WithKinds(MentoringKind.Speed, (MentoringKind)50).BuildResult().ValidationErrors;

        Assert.Equal(["MD0008", "MD0008", "MD0008"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["form", "roleModel", "kinds"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void RoleOf_People_TellsMentorMenteeOrNone()
    {
        var pair = new MentoringPairBuilder().WithMentors("t-1").WithMentees("t-2", "t-3").Build();

        Assert.Equal(Role.Mentor, pair.RoleOf(SampleIds.Person("t-1")));
        Assert.Equal(Role.Mentee, pair.RoleOf(SampleIds.Person("t-3")));
        Assert.Null(pair.RoleOf(SampleIds.Person("t-9")));
        Assert.True(pair.Involves(SampleIds.Person("t-2")));
        Assert.False(pair.Involves(SampleIds.Person("t-9")));
    }

    [Fact]
    public void ApproveBy_Order_SetsItAndKeepsTheRest()
    {
        var pair = new MentoringPairBuilder().Unapproved().Build();

        var approved = pair.ApproveBy(SampleIds.Document("order-7"));

        Assert.Equal("order-7", approved.ApprovedByOrder?.Value);
        Assert.Null(pair.ApprovedByOrder);
        Assert.Equal(pair.Mentees, approved.Mentees);
    }

    [Fact]
    public void ReplaceMentor_NewPerson_TakesTheLeavingMentorsPlace()
    {
        var pair = new MentoringPairBuilder().WithMentors("t-1", "t-5").Build();

        var replaced = pair.ReplaceMentor(SampleIds.Person("t-1"), SampleIds.Person("t-7")).Value;

        Assert.Equal(["t-7", "t-5"], replaced.Mentors.Select(p => p.Value));
        Assert.Equal(["t-1", "t-5"], pair.Mentors.Select(p => p.Value));
    }

    [Fact]
    public void ReplaceMentor_NotAMentor_FailsWithMD0404()
    {
        var error = Assert.Single(new MentoringPairBuilder().Build().ReplaceMentor(SampleIds.Person("t-9"), SampleIds.Person("t-7")).ValidationErrors);

        Assert.Equal("MD0404", error.ErrorCode);
        Assert.Equal("mentors", error.Identifier);
    }

    [Fact]
    public void ReplaceMentor_WithMentee_FailsWithMD0403()
    {
        Assert.Equal("MD0403", Assert.Single(new MentoringPairBuilder().Build().ReplaceMentor(SampleIds.Person("t-1"), SampleIds.Person("t-2")).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void ReplaceMentor_WithAnotherMentor_FailsWithMD0005()
    {
        var pair = new MentoringPairBuilder().WithMentors("t-1", "t-5").Build();

        Assert.Equal("MD0005", Assert.Single(pair.ReplaceMentor(SampleIds.Person("t-1"), SampleIds.Person("t-5")).ValidationErrors).ErrorCode);
    }

    [Property(Arbitrary = new[] { typeof(PairArbitraries) })]
    public bool Create_AnyDisjointPeople_ScaleAndInvolvementFollowTheLists(DisjointPeople t)
    {
        var pair = new MentoringPairBuilder().WithMentors([.. t.Mentors]).WithMentees([.. t.Mentees]).Build();
        var everyone = Enumerable.Range(1, 12).Select(n => $"p-{n}");
        return pair.IsGroup == (t.Mentees.Count >= 2)
            && everyone.All(p => pair.Involves(SampleIds.Person(p)) == (t.Mentors.Contains(p) || t.Mentees.Contains(p)));
    }

    [Property(Arbitrary = new[] { typeof(PairArbitraries) })]
    public bool Create_AnyOverlap_FailsWithOneMD0403PerSharedPerson(OverlappingPeople t)
    {
        var result = new MentoringPairBuilder().WithMentors([.. t.Mentors]).WithMentees([.. t.Mentees]).BuildResult();
        var shared = t.Mentors.Intersect(t.Mentees).Count();
        return result.IsSuccess == (shared == 0) && result.ValidationErrors.Count(e => e.ErrorCode == "MD0403") == shared;
    }
}
