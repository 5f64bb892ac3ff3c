using Mentoring.Domain.Cases;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>
/// readings.md, principle 3: the federal model binds no one by itself; a school adopts it, and its rules bind the
/// school from the date of the school's own regulation order. A municipal act's own duties and a law bind from their
/// own dates.
/// </summary>
public sealed class AdoptionTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    /// <summary>A school whose Положение is approved on 01.09.2023 and whose pair is formed on 05.09.2023.</summary>
    private static MentoringCase SchoolAdopting(DateOnly regulationOrder) => School()
        .Organization(headId: "head")
        .Teacher("head", head: true)
        .Teacher("mentor", careerStart: D(2010, 9, 1))
        .Teacher("mentee", careerStart: D(2023, 8, 20))
        .RegulationOrder("reg-1", regulationOrder)
        .Pair("p1", ["mentor"], ["mentee"], order: "po-1", formedOn: D(2023, 9, 5))
        .PairingOrder("po-1", D(2023, 9, 5), "p1")
        .Program("prog-1", "p1", D(2023, 9, 5), D(2025, 9, 4))
        .Build();

    private static ValidationReport Validate(MentoringCase @case, string editionId, DateOnly asOf) =>
        Fixtures.Ok(Validator.Validate(@case, editionId, asOf));

    [Fact]
    public void Validate_FederalModelBeforeTheSchoolsOrder_ItsRulesAreNotInForce()
    {
        var report = Validate(SchoolAdopting(D(2023, 9, 1)), "federal-2021", D(2023, 8, 15));

        Assert.DoesNotContain(report.Findings, f => f.Outcome == Outcome.Violated);
        var duration = Assert.Single(report.Of("program.duration"));
        Assert.Equal(Outcome.NotApplicable, duration.Outcome);
        Assert.Contains("01.09.2023", duration.MessageRu, StringComparison.Ordinal);
        Assert.Contains("приказа о его утверждении", duration.MessageRu, StringComparison.Ordinal);
        Assert.Contains("2023-09-01", duration.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FederalModelFromTheSchoolsOrder_ItsRulesJudge()
    {
        var report = Validate(SchoolAdopting(D(2023, 9, 1)), "federal-2021", D(2024, 1, 15));

        // The 24-month program breaks the model's «от 3 месяцев до 1 года».
        Assert.Contains(report.Of("program.duration"), f => f.Outcome == Outcome.Violated);
    }

    [Fact]
    public void Validate_FederalModelOnTheDayOfTheSchoolsOrder_InForce()
    {
        var report = Validate(SchoolAdopting(D(2023, 9, 1)), "federal-2021", D(2023, 9, 1));

        Assert.DoesNotContain(report.Findings, f => f.MessageRu.Contains("приказа о его утверждении", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoRegulationOrderInTheCase_TheChosenEditionStandsForTheSchoolsПоложение()
    {
        var @case = School()
            .Teacher("mentor").Teacher("mentee")
            .Pair("p1", ["mentor"], ["mentee"], formedOn: D(2023, 9, 5))
            .Program("prog-1", "p1", D(2023, 9, 5), D(2025, 9, 4))
            .Build();

        var report = Validate(@case, "federal-2021", D(2024, 1, 15));

        Assert.Contains(report.Of("org.regulation-order"), f => f.Outcome == Outcome.Violated);
        Assert.Contains(report.Of("program.duration"), f => f.Outcome == Outcome.Violated);
    }

    [Fact]
    public void Validate_SmolenskReportsBeforeTheSchoolsOrder_TheMunicipalDutyStillApplies()
    {
        var report = Validate(SchoolAdopting(D(2024, 9, 1)), "smolensk-2022", D(2023, 7, 1));

        var reports = Assert.Single(report.Of("roadmap.reports-submitted"));
        Assert.DoesNotContain("приказа о его утверждении", reports.MessageRu, StringComparison.Ordinal);
        Assert.Equal(Outcome.NotApplicable, Assert.Single(report.Of("program.duration")).Outcome);
    }

    [Fact]
    public void Validate_ArgunBeforeTheSchoolsOrder_Item1_2_TheTargetModelBindsAlready()
    {
        var report = Validate(SchoolAdopting(D(2024, 9, 1)), "argun-2021", D(2023, 10, 1));

        Assert.DoesNotContain(report.Findings, f => f.MessageRu.Contains("приказа о его утверждении", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Tk351_8BeforeTheSchoolsOrder_TheLawBindsFromItsOwnDate()
    {
        var report = Validate(SchoolAdopting(D(2025, 9, 1)), "krasnokutsky-2022", D(2025, 3, 10));

        Assert.All(report.Of("consent.employment-addendum"), f => Assert.DoesNotContain("приказа о его утверждении", f.MessageRu, StringComparison.Ordinal));
        Assert.Contains("приказа о его утверждении", Assert.Single(report.Of("program.duration")).MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SharedAcrossSchools_EachSchoolSeesItsOwnAdoptionDay()
    {
        var resolved = Fixtures.Ok(EditionCatalog.Bundled.Resolve("federal-2021", D(2024, 1, 15)));
        var early = resolved.AdoptedBy(D(2023, 9, 1));
        var late = resolved.AdoptedBy(D(2024, 9, 1));

        Assert.Null(resolved.AdoptedOn);
        Assert.Equal(D(2023, 9, 1), early.AdoptedOn);
        Assert.Same(early, resolved.AdoptedBy(D(2023, 9, 1)));
        Assert.True(early.BindsOn("program.duration", D(2024, 1, 15)));
        Assert.False(late.BindsOn("program.duration", D(2024, 1, 15)));
        Assert.True(late.BindsOn("roadmap.deadline", D(2024, 1, 15)) == !late.AppliesFromRegulationOrder("roadmap.deadline"));
        Assert.Same(resolved, resolved.AdoptedBy(null));
    }
}

/// <summary>Properties of adoption: a model binds from the school's order, a municipal duty and a law from their own acts.</summary>
public sealed class AdoptionPropertyTests
{
    private static readonly ResolvedEdition Smolensk = Fixtures.Ok(EditionCatalog.Bundled.Resolve("smolensk-2022", new DateOnly(2024, 12, 31)));

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(AdoptionArbitraries) })]
    public bool BindsOn_ModelRule_ExactlyFromTheSchoolsOrder(AdoptionDays days) =>
        Smolensk.AdoptedBy(days.RegulationOrder).BindsOn("program.duration", days.AsOf) == (days.AsOf >= days.RegulationOrder);

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(AdoptionArbitraries) })]
    public bool BindsOn_MunicipalDuty_WhateverTheSchoolsOrder(AdoptionDays days) =>
        Smolensk.AdoptedBy(days.RegulationOrder).BindsOn("roadmap.reports-submitted", days.AsOf);

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(AdoptionArbitraries) })]
    public bool AdoptedBy_SameDay_SameView(AdoptionDays days) =>
        ReferenceEquals(Smolensk.AdoptedBy(days.RegulationOrder), Smolensk.AdoptedBy(days.RegulationOrder))
        && Smolensk.AdoptedBy(days.RegulationOrder).AdoptedOn == days.RegulationOrder;
}
