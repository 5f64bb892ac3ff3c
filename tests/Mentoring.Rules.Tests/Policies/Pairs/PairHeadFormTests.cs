using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairHeadFormTests
{
    private const string Rule = "pair.head-form";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_OrganizationsHeadMentors_Satisfied()
    {
        var @case = School().Organization(headId: "h1").Teacher("h1").Teacher("t1")
            .Pair("p1", ["h1"], ["t1"], form: MentoringForm.HeadTeacher).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_TeacherMarkedAsHead_Satisfied()
    {
        var @case = School().Teacher("h1", head: true).Teacher("t1").Pair("p1", ["h1"], ["t1"], form: MentoringForm.HeadTeacher).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_OrdinaryTeacherMentors_ViolatedNamingTheHead()
    {
        var @case = School().Organization(headId: "h1")
            .Teacher("h1", name: "Смирнов Андрей Львович").Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1")
            .Pair("p1", ["m1"], ["t1"], form: MentoringForm.HeadTeacher).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("наставник Иванова М. П. не руководитель организации (руководитель — Смирнов А. Л.)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Facts, f => f.Type == "Organization");
    }

    [Fact]
    public void Validate_TeacherTeacherForm_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
