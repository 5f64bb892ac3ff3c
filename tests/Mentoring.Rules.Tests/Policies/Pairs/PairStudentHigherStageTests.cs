using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairStudentHigherStageTests
{
    private const string Rule = "pair.student-higher-stage";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Students(int? mentorGrade, int? menteeGrade) =>
        School()
            .Student("s1", grade: mentorGrade, name: "Волков Илья Сергеевич")
            .Student("s2", grade: menteeGrade, name: "Орлов Кирилл Денисович")
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent);

    [Theory]
    [InlineData(10, 9, Outcome.Satisfied)]
    [InlineData(9, 5, Outcome.Satisfied)]
    [InlineData(5, 4, Outcome.Satisfied)]
    [InlineData(4, 1, Outcome.Satisfied)]
    [InlineData(7, 7, Outcome.Violated)]
    [InlineData(6, 8, Outcome.Violated)]
    public void Validate_LooseStage_ViolatedOnlyWhenTheGradeIsNotHigher(int mentorGrade, int menteeGrade, Outcome expected)
    {
        Assert.Equal(expected, PolicyRunner.FindingFor(Students(mentorGrade, menteeGrade).Build(), AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_SameGrade_WarningNamingStudentsAndGrades()
    {
        var finding = PolicyRunner.FindingFor(Students(7, 7).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("наставник Волков И. С. (7 класс) учится не в более старшем классе, чем наставляемый Орлов К. Д. (7 класс)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PeerToPeerRoleModel_NotApplied()
    {
        var @case = School().Student("s1", grade: 7).Student("s2", grade: 7)
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent, roleModel: RoleModel.PeerToPeer).Build();

        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_TeacherInAStudentPair_Violated()
    {
        var @case = School().Teacher("m1", name: "Иванова Мария Петровна").Student("s2", grade: 6)
            .Pair("p1", ["m1"], ["s2"], form: MentoringForm.StudentStudent).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не обучающийся организации — Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GradeMissing_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Students(10, null).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["класс обучающегося Орлов К. Д."], finding.Missing);
    }

    [Fact]
    public void Validate_TeacherForm_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
