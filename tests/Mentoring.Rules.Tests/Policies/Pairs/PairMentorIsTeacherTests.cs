using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairMentorIsTeacherTests
{
    private const string Rule = "pair.mentor-is-teacher";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_PedagogicalWorker_Satisfied()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_StaffWhoIsNotAPedagogicalWorker_ViolatedNamingTheMentor()
    {
        var @case = School().Teacher("m1", pedagogical: false, name: "Кузнецов Олег Игоревич").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("наставник Кузнецов О. И. не является педагогическим работником", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("is not a pedagogical worker", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudentMentorInATeacherForm_Violated()
    {
        var @case = School().Student("s1", D(2007, 1, 1), 11).Teacher("t1").Pair("p1", ["s1"], ["t1"]).Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_OutsiderInTeacherTeacherForm_Unknown()
    {
        var @case = School().External("x1", "Орлова Елена Викторовна").Teacher("t1").Pair("p1", ["x1"], ["t1"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["является ли Орлова Е. В. педагогическим работником"], finding.Missing);
    }

    [Fact]
    public void Validate_UniversityTeacherInTheUniversityForm_Satisfied()
    {
        var @case = School().External("x1", "Орлова Елена Викторовна").Teacher("t1")
            .Pair("p1", ["x1"], ["t1"], form: MentoringForm.UniversityTeacherYoungTeacher).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_StudentForm_NotApplicable()
    {
        var @case = School().Student("s1", grade: 10).Student("s2", grade: 6).Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
