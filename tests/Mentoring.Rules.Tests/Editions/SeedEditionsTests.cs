using Mentoring.Rules.Editions;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>
/// Each bundled edition against its seed: the act, its date and period, and what it switches on and off, each test
/// named after the clause (readings.md, principle 3).
/// </summary>
public sealed class SeedEditionsTests
{
    private static EditionCatalog Catalog => EditionCatalog.Bundled;

    private static Edition Edition(string id) => Catalog.Find(id)!;

    private static ResolvedEdition Resolve(string id, DateOnly asOf) => Fixtures.Ok(Catalog.Resolve(id, asOf));

    [Fact]
    public void Federal_LetterAz1128Of21122021_IsAModelAdoptedFromTheSchoolsOwnOrder()
    {
        var federal = Edition("federal-2021");

        Assert.Equal(EditionStart.RegulationOrder, federal.AppliesFrom);
        Assert.Equal("АЗ-1128/08", federal.Source!.Number);
        Assert.Equal(new DateOnly(2021, 12, 21), federal.Source.Date);
        Assert.Null(federal.EffectiveFrom);
        Assert.Null(federal.EffectiveTo);
        Assert.True(Resolve("federal-2021", new DateOnly(2024, 1, 10)).AppliesFromRegulationOrder("program.duration"));
    }

    [Fact]
    public void Krasnokutsky_Order191Of02112022_Section6_InForceFromApprovalWithoutEnd()
    {
        var edition = Edition("krasnokutsky-2022");

        Assert.Equal(("191", new DateOnly(2022, 11, 2), "002"), (edition.Source!.Number, edition.Source.Date, edition.Source.Seed));
        Assert.Equal(new DateOnly(2022, 11, 2), edition.EffectiveFrom);
        Assert.Null(edition.EffectiveTo);
        Assert.Equal("MR0206", Assert.Single(Catalog.Resolve("krasnokutsky-2022", new DateOnly(2022, 11, 1)).ValidationErrors).ErrorCode);
        Assert.True(Catalog.Resolve("krasnokutsky-2022", new DateOnly(2022, 11, 2)).IsSuccess);
    }

    [Fact]
    public void Krasnokutsky_Order191Item2_RecommendsTheModel_SoItsRulesWaitForTheSchoolsOrder()
    {
        var edition = Resolve("krasnokutsky-2022", new DateOnly(2023, 3, 1));

        // Its only rule of its own is the district roadmap's school-facing duty (roadmap items 2–3, «До 30.12.2022 г.»,
        // «Руководители образовательных организаций»); the model's rules stay the federal ones, binding from the school's order.
        Assert.Equal(["roadmap.school-deadlines"], Edition("krasnokutsky-2022").Rules.Keys);
        Assert.True(edition.AppliesFromRegulationOrder("program.duration"));
        Assert.True(edition.AppliesFromRegulationOrder("consent.mentor-written"));
        Assert.Equal("federal-2021", edition.BecauseSource("program.duration"));
    }

    [Fact]
    public void Argun_Order140_2nOf07092021_Item1_7_InForceTo31December2024()
    {
        var edition = Edition("argun-2021");

        Assert.Equal(("140/2-н", new DateOnly(2021, 9, 7), "003"), (edition.Source!.Number, edition.Source.Date, edition.Source.Seed));
        Assert.Equal(new DateOnly(2021, 9, 7), edition.EffectiveFrom);
        Assert.Equal(new DateOnly(2024, 12, 31), edition.EffectiveTo);
        Assert.True(Catalog.Resolve("argun-2021", new DateOnly(2024, 12, 31)).IsSuccess);
        Assert.Equal("MR0206", Assert.Single(Catalog.Resolve("argun-2021", new DateOnly(2025, 1, 1)).ValidationErrors).ErrorCode);
        Assert.Equal("MR0206", Assert.Single(Catalog.Resolve("argun-2021", new DateOnly(2021, 9, 6)).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Argun_Item1_2_ObligatoryForEverySchool_ItsRulesBindFromTheOrderNotTheSchools()
    {
        var edition = Resolve("argun-2021", new DateOnly(2022, 1, 10));

        Assert.Equal(EditionStart.Effective, Edition("argun-2021").AppliesFrom);
        Assert.All(edition.EnabledRules, id => Assert.False(edition.AppliesFromRegulationOrder(id), id));
    }

    [Theory]
    [InlineData("program.duration")]
    [InlineData("program.activities-within-term")]
    [InlineData("program.change-by-mutual-consent")]
    [InlineData("completion.ground")]
    [InlineData("completion.plan-done")]
    [InlineData("completion.reason-stated")]
    [InlineData("completion.mentor-resignation")]
    [InlineData("completion.mentor-replacement")]
    [InlineData("consent.personal-data")]
    public void Argun_NoProgramTermNoCompletionNoPersonalDataClause_RuleIsOff(string ruleId)
    {
        var edition = Resolve("argun-2021", new DateOnly(2023, 5, 1));

        Assert.False(edition.IsEnabled(ruleId));
        Assert.Equal("argun-2021", edition.EnabledSource(ruleId));
    }

    [Theory]
    [InlineData("org.curator-annual-refresh")]
    [InlineData("org.curator-from-deputies")]
    [InlineData("org.release-exceptional")]
    [InlineData("pair.curator-involved")]
    [InlineData("pair.profile-matches-request")]
    [InlineData("pair.mentor-is-teacher")]
    [InlineData("pair.unpaired-mentee-supported")]
    [InlineData("program.per-pair")]
    [InlineData("program.content")]
    [InlineData("monitoring.curator-report")]
    [InlineData("monitoring.publish-after-completion")]
    public void Argun_RuleOnlyTheFederalModelStates_IsOff(string ruleId) =>
        Assert.False(Resolve("argun-2021", new DateOnly(2023, 5, 1)).IsEnabled(ruleId), ruleId);

    [Fact]
    public void Argun_EveryRuleOn_CitesOrder140_2nOrItsTargetModel()
    {
        var edition = Resolve("argun-2021", new DateOnly(2023, 5, 1));

        Assert.All(edition.EnabledRules, id =>
        {
            Assert.Equal("argun-2021", edition.BecauseSource(id));
            Assert.Contains("Аргун", edition.Because(id)!.Ru, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Argun_Item2_4_MenteeConsentAndMinorsRepresentative_On()
    {
        var edition = Resolve("argun-2021", new DateOnly(2023, 5, 1));

        Assert.True(edition.IsEnabled("consent.mentee-written"));
        Assert.True(edition.IsEnabled("consent.minor-representative"));
        Assert.Equal(18, edition.Parameters("consent.minor-representative").WholeNumber("ageOfMajority"));
        Assert.Contains("п. 2.4", edition.Because("consent.minor-representative")!.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void Argun_Item1_3_StudentsFrom10To18_Item5_2_ManyToMany_Item7_2_TwoPhases()
    {
        var edition = Resolve("argun-2021", new DateOnly(2023, 5, 1));

        Assert.Equal((10, 18), (edition.Parameters("pair.student-age").WholeNumber("studentAgeMin"), edition.Parameters("pair.student-age").WholeNumber("studentAgeMax")));
        Assert.Contains("п. 1.3", edition.Because("pair.student-age")!.Ru, StringComparison.Ordinal);
        Assert.Contains("п. 5.2", edition.Because("pair.many-to-many")!.Ru, StringComparison.Ordinal);
        Assert.Contains("п. 7.2", edition.Because("monitoring.two-phase")!.Ru, StringComparison.Ordinal);
        Assert.Null(edition.Parameters("pair.many-to-many").WholeNumber("maxMenteesPerMentor"));
    }

    [Fact]
    public void Smolensk_Order633Of26122022_Item2_ReportsOnTheMunicipalityByTheSeedsDates()
    {
        var edition = Edition("smolensk-2022");
        var resolved = Resolve("smolensk-2022", new DateOnly(2023, 7, 1));

        Assert.Equal(("633", new DateOnly(2022, 12, 26), "001"), (edition.Source!.Number, edition.Source.Date, edition.Source.Seed));
        Assert.Equal(new DateOnly(2022, 12, 26), edition.EffectiveFrom);
        Assert.True(resolved.IsEnabled("roadmap.reports-submitted"));
        Assert.False(resolved.AppliesFromRegulationOrder("roadmap.reports-submitted"));
        Assert.Equal(
            [new DateOnly(2023, 6, 30), new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 25)],
            resolved.Parameters("roadmap.reports-submitted").CalendarDates("dueDates"));
        Assert.Contains("Информационно-аналитическому отделу Управления", resolved.Because("roadmap.reports-submitted")!.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void Smolensk_NoПоложение_SchoolRulesAreTheFederalModelsFromTheSchoolsOrder()
    {
        var resolved = Resolve("smolensk-2022", new DateOnly(2023, 7, 1));

        Assert.True(resolved.AppliesFromRegulationOrder("program.duration"));
        Assert.True(resolved.AppliesFromRegulationOrder("consent.pairing-order"));
    }

    [Fact]
    public void Ivanteevka_Order156Of30082021_Roadmap_Items1To5_BindSchoolsFromTheOrder()
    {
        var edition = Edition("ivanteevka-2021");
        var resolved = Resolve("ivanteevka-2021", new DateOnly(2021, 11, 1));

        Assert.Equal(("156", new DateOnly(2021, 8, 30), "004"), (edition.Source!.Number, edition.Source.Date, edition.Source.Seed));
        Assert.Equal(new DateOnly(2021, 8, 30), edition.EffectiveFrom);
        foreach (var id in new[] { "org.regulation-order", "org.roadmap-approved", "consent.pairing-order", "consent.personal-data", "program.per-pair" })
        {
            Assert.True(resolved.IsEnabled(id), id);
            Assert.False(resolved.AppliesFromRegulationOrder(id), id);
            Assert.Equal("ivanteevka-2021", resolved.BecauseSource(id));
        }

        Assert.Contains("до 1.10.2021", resolved.Because("org.regulation-order")!.Ru, StringComparison.Ordinal);
        Assert.True(resolved.AppliesFromRegulationOrder("program.duration"));
    }

    [Fact]
    public void Voskresensky_Order145UoOf15042023_ProgrammeWithoutПоложение_SetsNoRule()
    {
        var edition = Edition("voskresensky-2023");
        var resolved = Resolve("voskresensky-2023", new DateOnly(2023, 5, 1));

        Assert.Equal(("145-УО", new DateOnly(2023, 4, 15), "000"), (edition.Source!.Number, edition.Source.Date, edition.Source.Seed));
        Assert.Equal(new DateOnly(2023, 4, 15), edition.EffectiveFrom);
        Assert.Empty(edition.Rules);
        Assert.All(resolved.EnabledRules, id => Assert.True(resolved.AppliesFromRegulationOrder(id), id));
    }

    [Fact]
    public void Tk351_8_Law381FzInForceFrom01032025_BindsEveryEmployerWhateverTheSchoolAdopted()
    {
        var overlay = Edition("tk-351.8");
        var resolved = Resolve("voskresensky-2023", new DateOnly(2025, 3, 1));

        Assert.Equal(EditionStart.Effective, overlay.AppliesFrom);
        Assert.Equal(new DateOnly(2025, 3, 1), overlay.EffectiveFrom);
        foreach (var id in new[] { "consent.mentor-written", "consent.employment-addendum", "completion.early-notice" })
        {
            Assert.False(resolved.AppliesFromRegulationOrder(id), id);
            Assert.Equal("tk-351.8", resolved.BecauseSource(id));
            Assert.Contains("ТК РФ, ст. 351.8", resolved.Because(id)!.Ru, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Federal_Section2_CuratorFromDeputiesAndYearlyRefresh_Definitions_ThreeToTwelveMonths()
    {
        var edition = Resolve("federal-2021", new DateOnly(2023, 5, 1));

        Assert.Equal(true, edition.Parameters("org.curator-from-deputies").Flag("curatorMustBeDeputy"));
        Assert.Contains("из числа заместителей руководителя", edition.Because("org.curator-from-deputies")!.Ru, StringComparison.Ordinal);
        Assert.Equal(12, edition.Parameters("org.curator-annual-refresh").WholeNumber("refreshIntervalMonths"));
        Assert.Contains("не менее одного раза в год", edition.Because("org.curator-annual-refresh")!.Ru, StringComparison.Ordinal);
        Assert.Equal((3, 12), (edition.Parameters("program.duration").WholeNumber("minMonths"), edition.Parameters("program.duration").WholeNumber("maxMonths")));
        Assert.Contains("от 3 месяцев до 1 года", edition.Because("program.duration")!.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void Federal_TeachersOnly_StudentRulesAndSmolenskReportsOff()
    {
        var edition = Resolve("federal-2021", new DateOnly(2023, 5, 1));

        foreach (var id in new[] { "pair.student-age", "pair.student-higher-stage", "consent.minor-representative", "consent.mentee-written", "roadmap.reports-submitted", "program.stage-order" })
        {
            Assert.False(edition.IsEnabled(id), id);
            Assert.NotNull(edition.Because(id));
        }
    }

    [Theory]
    [InlineData("argun-2021", "argun-2021-2024", "140/2-н")]
    [InlineData("ivanteevka-2021", "ivanteevka-2021-2022", "156")]
    [InlineData("krasnokutsky-2022", "krasnokutsky-2022-2024", "191")]
    [InlineData("smolensk-2022", "smolensk-2022-2024", "633")]
    [InlineData("voskresensky-2023", "voskresensky-2023-2026", "145-УО")]
    public void MunicipalEdition_TheRoadmapItsOrderApproves_IsBoundToIt(string editionId, string roadmapId, string orderNumber)
    {
        var edition = Edition(editionId);
        var roadmap = Mentoring.Rules.Roadmaps.SeedRoadmaps.Find(roadmapId)!;
        var resolved = Resolve(editionId, edition.EffectiveFrom!.Value);

        Assert.Equal([roadmapId], edition.Roadmaps);
        Assert.Equal([roadmapId], resolved.Roadmaps);
        Assert.True(Mentoring.Rules.Roadmaps.SeedRoadmaps.Load(roadmapId).IsSuccess);
        Assert.Equal(orderNumber, edition.Source!.Number);
        Assert.NotNull(roadmap);
    }

    [Fact]
    public void Federal_ModelRoadmapIsASampleWithoutDates_NotBound() =>
        Assert.Empty(Resolve("federal-2021", new DateOnly(2023, 5, 1)).Roadmaps);
}
