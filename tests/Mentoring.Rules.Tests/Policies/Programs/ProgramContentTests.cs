using Mentoring.Domain.Kinds;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramContentTests
{
    private const string Rule = "program.content";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Pair() =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Pair("p1", ["m1"], ["t1"]);

    [Fact]
    public void Validate_EveryPartStated_Satisfied()
    {
        var finding = PolicyRunner.FindingFor(Pair().FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31)).Build(), AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Kind == SubjectKind.Pair && s.Id == "p1");
    }

    [Fact]
    public void Validate_NoFormNoKindsNoActivities_ViolatedListingEach()
    {
        var @case = Pair().FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), form: null, kinds: [], activities: []).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("форма наставничества", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("виды наставничества", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("перечень мероприятий", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("направление", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("the list of activities", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoDirectionDifficultiesOrStrengths_Violated()
    {
        var @case = Pair().FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), direction: null, difficulties: [], strengths: [], kinds: [MentoringKind.Group]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("направление наставнической деятельности", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("затруднения", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("сильные стороны", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoPrograms_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(Pair().Build(), AsOf, Rule)).Outcome);
}
