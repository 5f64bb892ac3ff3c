using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class DocumentsAnnualUpdateTests
{
    private const string Rule = "org.documents-annual-update";

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    /// <summary>A school whose Положение and roadmap were approved in 2022.</summary>
    private static CaseBuilder Smolensk() =>
        School().Running(D(2022, 12, 20)).RegulationOrder("reg-1", D(2022, 12, 1))
            .OrgRoadmap("rm-1", "Дорожная карта").RoadmapApprovalOrder("rmo-1", D(2022, 12, 1), "rm-1");

    private static DocumentReview Review(ReviewedDocument document, DateOnly on, bool newEdition = false) => new(document, on, newEdition);

    private static Validation.Finding Judge(CaseBuilder builder, DateOnly asOf) =>
        PolicyRunner.FindingFor(builder.Build(), asOf, Rule, OrganizationId, On);

    [Fact]
    public void Validate_ByDefault_RuleIsOff() =>
        Assert.Empty(PolicyRunner.Findings(Smolensk().Build(), D(2024, 2, 1), Rule));

    [Fact]
    public void Validate_Roadmap1_1_ReviewedInDecemberWithoutANewEdition_Satisfied()
    {
        var builder = Smolensk().Records(reviews: [Review(ReviewedDocument.Regulation, D(2023, 12, 20)), Review(ReviewedDocument.Roadmap, D(2023, 12, 20))]);

        Assert.Equal(Outcome.Satisfied, Judge(builder, D(2024, 2, 1)).Outcome);
    }

    [Theory]
    [InlineData(2024, 1, 9, Outcome.NotApplicable)] // December 2023 ends on a Sunday, then the January holidays: due 09.01.2024
    [InlineData(2024, 1, 10, Outcome.Violated)]
    public void Validate_Roadmap1_1_MonthOnlyDeadline_LastDayMovedToTheNextWorkingDay(int year, int month, int day, Outcome expected)
    {
        var builder = Smolensk().Records(reviews: [Review(ReviewedDocument.Regulation, D(2022, 12, 1))]);

        Assert.Equal(expected, Judge(builder, D(year, month, day)).Outcome);
    }

    [Fact]
    public void Validate_Roadmap1_1_ReviewedInTheYearButNotInDecember_WarningNamingTheReading()
    {
        var builder = Smolensk().Records(reviews: [Review(ReviewedDocument.Regulation, D(2023, 10, 2)), Review(ReviewedDocument.Roadmap, D(2023, 12, 5))]);

        var finding = Judge(builder, D(2024, 2, 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("прочтение «в декабре»", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("09.01.2024", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Roadmap1_1_NoReviewIn2023_ViolatedAsAnError()
    {
        var builder = Smolensk().Records(reviews: [Review(ReviewedDocument.Roadmap, D(2023, 12, 5))]);

        var finding = Judge(builder, D(2024, 2, 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("положение о системе наставничества: актуализация за 2023 г. не проведена", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NewEditionByOrder_CountsAsAReview()
    {
        var builder = Smolensk().RegulationOrder("reg-2", D(2023, 12, 15)).RoadmapApprovalOrder("rmo-2", D(2023, 12, 15), "rm-1")
            .Records(reviews: [Review(ReviewedDocument.Regulation, D(2022, 12, 1))]);

        Assert.Equal(Outcome.Satisfied, Judge(builder, D(2024, 2, 1)).Outcome);
    }

    [Fact]
    public void Validate_NoReviewRecorded_UnknownNotViolated()
    {
        var finding = Judge(Smolensk(), D(2024, 2, 1));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
    }

    [Property(Arbitrary = new[] { typeof(ReviewArbitraries) })]
    public bool Validate_ADeadlineMet_StaysMetWhenTheDateOfValidationMovesLater(ReviewDays t)
    {
        // Temporal stability: reviews before the first due day; validation on two days after it.
        var builder = Smolensk().Records(reviews: [Review(ReviewedDocument.Regulation, t.Regulation), Review(ReviewedDocument.Roadmap, t.Roadmap)]);
        var first = Judge(builder, t.AsOf);
        var later = Judge(builder, t.AsOf.AddDays(t.Later));
        // Until the next due day (December 2024, due 09.01.2025) passes, the finding does not change; a met deadline stays met.
        return t.AsOf.AddDays(t.Later) > D(2025, 1, 9) || (first.Outcome == later.Outcome && first.Severity == later.Severity);
    }
}

/// <summary>Two review days in December 2023 to January 2024 and two days of validation after the first due day.</summary>
public readonly record struct ReviewDays(DateOnly Regulation, DateOnly Roadmap, DateOnly AsOf, int Later);

/// <summary>The generator of <see cref="ReviewDays"/>.</summary>
public static class ReviewArbitraries
{
    /// <summary>Reviews from 01.11.2023 to 20.01.2024; validation from 10.01.2024 to 31.12.2024, then up to 400 days later.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewDays> Days() =>
        (from regulation in Gen.Choose(0, 80)
         from roadmap in Gen.Choose(0, 80)
         from asOf in Gen.Choose(0, 355)
         from later in Gen.Choose(0, 400)
         select new ReviewDays(D(2023, 11, 1).AddDays(regulation), D(2023, 11, 1).AddDays(roadmap), D(2024, 1, 10).AddDays(asOf), later)).ToArbitrary();
}
