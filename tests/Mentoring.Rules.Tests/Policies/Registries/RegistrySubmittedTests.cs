using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Tests.Policies.Organizations;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Registries;

public sealed class RegistrySubmittedTests
{
    private const string Rule = "registry.submitted";

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    private static CaseBuilder Argun(params RegistrySubmission[] submissions) =>
        School().Running(D(2021, 10, 1)).Records(submissions: submissions);

    private static Validation.Finding Judge(CaseBuilder builder, DateOnly asOf) =>
        PolicyRunner.FindingFor(builder.Build(), asOf, Rule, OrganizationId, On);

    [Fact]
    public void Validate_ByDefault_RuleIsOff() =>
        Assert.Empty(PolicyRunner.Findings(Argun().Build(), D(2022, 9, 15), Rule));

    [Theory]
    [InlineData(2022, 8, 31, Outcome.Satisfied)] // «в 2021–2022 учебном году»: до 31.08.2022 включительно
    [InlineData(2022, 9, 1, Outcome.Violated)]
    public void Validate_Order4_5_SubmittedByTheEndOfTheSchoolYear(int year, int month, int day, Outcome expected)
    {
        var finding = Judge(Argun(new RegistrySubmission(D(year, month, day), Mentors: true, Mentees: true)), D(2022, 12, 1));

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_OneBaseMissing_ViolatedNamingIt()
    {
        var finding = Judge(Argun(new RegistrySubmission(D(2022, 5, 10), Mentors: true, Mentees: false)), D(2022, 12, 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("база наставляемых — не представлена", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("31.08.2022", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NothingRecorded_Unknown() =>
        Assert.Equal(Outcome.Unknown, Judge(Argun(), D(2022, 12, 1)).Outcome);

    [Fact]
    public void Validate_BeforeTheDueDay_NotYetLate() =>
        Assert.Equal(Outcome.NotApplicable, Judge(Argun(), D(2022, 8, 31)).Outcome);

    [Property(Arbitrary = new[] { typeof(SubmissionArbitraries) })]
    public bool Validate_ADeadlineMet_StaysMetWhenTheDateOfValidationMovesLater(SubmissionDays t)
    {
        var builder = Argun(new RegistrySubmission(t.Submitted, Mentors: true, Mentees: true));
        var first = Judge(builder, t.AsOf);
        var later = Judge(builder, t.AsOf.AddDays(t.Later));
        return first.Outcome != Outcome.Satisfied || later.Outcome == Outcome.Satisfied;
    }
}

/// <summary>A submission day and a day of validation, then a number of days later.</summary>
public readonly record struct SubmissionDays(DateOnly Submitted, DateOnly AsOf, int Later);

/// <summary>The generator of <see cref="SubmissionDays"/>.</summary>
public static class SubmissionArbitraries
{
    /// <summary>Submissions from 01.09.2021 to about the end of 2022; validation any day from 2021 to 2026.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SubmissionDays> Days() =>
        (from submitted in Gen.Choose(0, 480)
         from asOf in Gen.Choose(0, 1800)
         from later in Gen.Choose(0, 2000)
         select new SubmissionDays(D(2021, 9, 1).AddDays(submitted), D(2021, 9, 1).AddDays(asOf), later)).ToArbitrary();
}
