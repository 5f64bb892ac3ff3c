using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class ImplementationActIssuedTests
{
    private const string Rule = "org.implementation-act";
    private static readonly DateOnly AsOf = D(2022, 9, 15);

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    private static ImplementationAct Act(IEnumerable<ImplementationActPart> parts, params DateOnly[] monitoring) =>
        new("12-од", D(2021, 9, 20), parts.ToHashSet(), monitoring);

    private static readonly ImplementationActPart[] AllParts = Enum.GetValues<ImplementationActPart>();

    private static Validation.Finding Judge(CaseBuilder builder) => PolicyRunner.FindingFor(builder.Build(), AsOf, Rule, OrganizationId, On);

    [Fact]
    public void Validate_Clause003Section2_2_EveryPart_Satisfied() =>
        Assert.Equal(Outcome.Satisfied, Judge(School().Running(D(2021, 10, 1)).Records(act: Act(AllParts))).Outcome);

    [Fact]
    public void Validate_Clause003Section2_2_PlannedResultsMissing_ViolatedNamingThePart()
    {
        var finding = Judge(School().Running(D(2021, 10, 1)).Records(act: Act(AllParts.Where(p => p != ImplementationActPart.PlannedResults))));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("не содержит: планируемые результаты", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ 12-од от 20.09.2021", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAct_UnknownMissingDocument()
    {
        var finding = Judge(School().Running(D(2021, 10, 1)));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не представлен", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MonitoringDateOfTheActMissed_Warning()
    {
        var builder = School().Running(D(2021, 10, 1)).Records(act: Act(AllParts, D(2022, 5, 31)))
            .Assessment("a1", "t1", AssessmentPhase.BeforeEntry, D(2021, 9, 10));

        var finding = Judge(builder);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("31.05.2022", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MonitoringDateOfTheActMet_Satisfied()
    {
        var builder = School().Running(D(2021, 10, 1)).Records(act: Act(AllParts, D(2022, 5, 31)))
            .Assessment("a1", "t1", AssessmentPhase.BeforeEntry, D(2022, 5, 20));

        Assert.Equal(Outcome.Satisfied, Judge(builder).Outcome);
    }
}
