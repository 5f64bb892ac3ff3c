using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairRoleModelInFormTests
{
    private const string Rule = "pair.role-model-in-form";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Teachers(RoleModel? model) =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1").Pair("p1", ["m1"], ["t1"], roleModel: model);

    [Fact]
    public void Validate_TeachersModelInTeacherForm_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Teachers(RoleModel.ExperiencedTeacherYoungSpecialist).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("«опытный педагог – молодой специалист»", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudentsModelInTeacherForm_ViolatedNamingModelAndForms()
    {
        var finding = PolicyRunner.FindingFor(Teachers(RoleModel.PeerToPeer).Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("ролевая модель «равный – равному» относится к форме «ученик – ученик», а пара работает в форме «педагог – педагог»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TeachersModelInStudentForm_Violated()
    {
        var @case = School().Student("s1", grade: 10).Student("s2", grade: 6)
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent, roleModel: RoleModel.InnovatorConservative).Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_NoRoleModel_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Teachers(null).Build(), AsOf, Rule)).Outcome);
    }
}
