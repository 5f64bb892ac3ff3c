using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairFormAllowedTests
{
    private const string Rule = "pair.form-allowed";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly string[] Forms003 = ["student-student", "teacher-teacher", "head-teacher"];

    private static Action<Editions.EditionBuilder> Argun => e => e.Set(Rule, "forms", Forms003);

    [Fact]
    public void Validate_DefaultEveryForm_EmployerStudentSatisfied()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], form: MentoringForm.EmployerStudent).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_003ListsFormsWithoutForbiddingOthers_FormOutsideTheListIsAWarning()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], form: MentoringForm.UniversityTeacherYoungTeacher).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1", Argun);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("форма «педагог вуза (колледжа) – молодой педагог» не входит в перечень форм положения («ученик – ученик», «педагог – педагог»", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MentoringForm.StudentStudent)]
    [InlineData(MentoringForm.TeacherTeacher)]
    [InlineData(MentoringForm.HeadTeacher)]
    public void Validate_003ListedForm_Satisfied(MentoringForm form)
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], form: form).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1", Argun).Outcome);
    }

    [Fact]
    public void Validate_KindsAreNotForms_AGroupOfAListedFormSatisfied()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2")
            .Pair("g1", ["m1"], ["t1", "t2"], kinds: [MentoringKind.Group, MentoringKind.Reverse]).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "g1", Argun).Outcome);
    }
}
