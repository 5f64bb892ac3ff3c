using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Organizations;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Roadmaps;

public sealed class RoadmapSchoolDeadlinesTests
{
    private const string Rule = "roadmap.school-deadlines";

    private static Action<EditionBuilder> Under(string roadmap) => e => e.Enable(Rule).Set(Rule, "roadmap", roadmap);

    private static Validation.Finding Judge(CaseBuilder builder, DateOnly asOf, string roadmap) =>
        PolicyRunner.FindingFor(builder.Build(), asOf, Rule, OrganizationId, Under(roadmap));

    /// <summary>An Ivanteevka school: local acts, bases, the pair and its program on the given days.</summary>
    private static CaseBuilder Ivanteevka(DateOnly acts, DateOnly bases, DateOnly pairs, DateOnly programStart) =>
        School().RegulationOrder("reg-1", acts).OrgRoadmap("rm-1", "Дорожная карта школы").RoadmapApprovalOrder("rmo-1", acts, "rm-1")
            .MenteeEntries(bases)
            .With(b => b.WithMentorRegistry(Ok(Mentoring.Domain.Registries.MentorRegistry.Create(
                Org(),
                [Ok(Mentoring.Domain.Registries.MentorRecord.Create(Ok(Mentoring.Domain.RegistryRecordId.Create("mr1")), "Наставник Имя Отчество", entryDate: bases))]))))
            .Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], order: "po-1").PairingOrder("po-1", pairs, "p1")
            .Program("prog-1", "p1", programStart, programStart.AddMonths(9));

    [Fact]
    public void Validate_ByDefault_RuleIsOff() =>
        Assert.Empty(PolicyRunner.Findings(School().Running(D(2021, 10, 1)).Build(), D(2022, 6, 1), Rule));

    [Fact]
    public void Validate_Ivanteevka_EveryItemOnTime_Satisfied()
    {
        var finding = Judge(Ivanteevka(D(2021, 10, 1), D(2021, 10, 15), D(2021, 10, 20), D(2021, 12, 30)), D(2022, 6, 1), "ivanteevka-2021");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_IvanteevkaOrder3_2_ActsAfter01_10_2021_ViolatedCitingTheOrder()
    {
        var finding = Judge(Ivanteevka(D(2021, 10, 4), D(2021, 10, 15), D(2021, 10, 20), D(2021, 12, 30)), D(2022, 6, 1), "ivanteevka-2021");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("положение о системе наставничества (локальный акт): срок 01.10.2021 (приказ № 156 от 30.08.2021, п. 3.2; дорожная карта, п. 1), документ — 04.10.2021", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IvanteevkaItems4And5_PairsBy20_10AndProgramsBy30_12_TheLaterSpecificItemsApply()
    {
        // Item 1 also asks for pairs and programs by 01.10.2021; items 4 and 5 set 20.10.2021 and 30.12.2021.
        var finding = Judge(Ivanteevka(D(2021, 9, 20), D(2021, 10, 10), D(2021, 10, 20), D(2021, 12, 1)), D(2022, 6, 1), "ivanteevka-2021");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_IvanteevkaItem5_ProgramAfter30_12_2021_Violated()
    {
        var finding = Judge(Ivanteevka(D(2021, 9, 20), D(2021, 10, 10), D(2021, 10, 20), D(2022, 1, 17)), D(2022, 6, 1), "ivanteevka-2021");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("персонализированные программы", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, 11, 1, Outcome.Satisfied)] // «октябрь 2021»: 31.10.2021 was a Sunday, due 01.11.2021
    [InlineData(2021, 11, 2, Outcome.Violated)]
    public void Validate_ArgunRoadmap4_1_MonthOnlyDeadlineOnASunday_MovesToMonday(int year, int month, int day, Outcome expected)
    {
        var builder = School().Teacher("c1", deputy: true).CuratorOrder("cur-1", D(2021, 9, 15), "c1").RegulationOrder("reg-1", D(2021, 9, 20))
            .OrgRoadmap("rm-1", "Дорожная карта").RoadmapApprovalOrder("rmo-1", D(2021, 9, 20), "rm-1")
            .MenteeEntries(D(year, month, day))
            .With(b => b.WithMentorRegistry(Ok(Mentoring.Domain.Registries.MentorRegistry.Create(
                Org(),
                [Ok(Mentoring.Domain.Registries.MentorRecord.Create(Ok(Mentoring.Domain.RegistryRecordId.Create("mr1")), "Наставник Имя Отчество", entryDate: D(2021, 10, 20)))]))));

        var finding = Judge(builder, D(2022, 2, 1), "argun-2021");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_BaseNotPresented_Unknown()
    {
        var builder = School().Teacher("c1", deputy: true).CuratorOrder("cur-1", D(2021, 9, 15), "c1").RegulationOrder("reg-1", D(2021, 9, 20))
            .OrgRoadmap("rm-1", "Дорожная карта").RoadmapApprovalOrder("rmo-1", D(2021, 9, 20), "rm-1");

        var finding = Judge(builder, D(2022, 2, 1), "argun-2021");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.StartsWith("база наставляемых", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Smolensk1_1_ApprovedOrUpdatedInDecember2022_ReviewCounts()
    {
        var builder = School().Running(D(2021, 10, 1)).RegulationOrder("reg-1", D(2021, 9, 1))
            .OrgRoadmap("rm-1", "Дорожная карта").RoadmapApprovalOrder("rmo-1", D(2022, 12, 20), "rm-1")
            .Records(reviews: [new DocumentReview(ReviewedDocument.Regulation, D(2022, 12, 20))]);

        Assert.Equal(Outcome.Satisfied, Judge(builder, D(2023, 2, 1), "smolensk-2022").Outcome);
    }

    [Fact]
    public void Validate_KrasnokutskyDistrictRoadmap_NoRoadmapOrderBy30_12_2022_Violated()
    {
        var finding = Judge(School().Running(D(2022, 11, 10)).RegulationOrder("reg-1", D(2022, 11, 5)), D(2023, 2, 1), "krasnokutsky-2022");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("дорожная карта организации: срок 30.12.2022", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoRoadmapNamed_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge(School().Running(D(2021, 10, 1)), D(2022, 6, 1), "none").Outcome);
}
