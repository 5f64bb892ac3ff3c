using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class MenteeWrittenConsentTests
{
    private const string Rule = "consent.mentee-written";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_WrittenConsent_SatisfiedNamingTheMentee()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_RepresentativeConsentForAMinorMentee_Satisfied()
    {
        var @case = School().Student("s1", D(2009, 5, 1), 9).Student("s2", D(2012, 5, 1), 6)
            .Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent)
            .Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 9, 1), onBehalfOf: "s2").Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "s2").Outcome);
    }

    [Fact]
    public void Validate_NoConsentRecorded_UnknownListingIt()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ConsentGivenAfterAsOf_Unknown()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2024, 2, 1)).Build();

        Assert.Equal(Outcome.Unknown, PolicyRunner.FindingFor(@case, AsOf, Rule, "t1").Outcome);
    }

    [Fact]
    public void Validate_MutualConsentOnly_Violated()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("обоюдное согласие", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("written consent is required", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 1, 15, Outcome.Violated)]
    [InlineData(2024, 1, 16, Outcome.Satisfied)]
    public void Validate_WithdrawnConsent_ViolatedFromTheDayOfWithdrawal(int year, int month, int day, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1))
            .Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), withdrawnOn: D(year, month, day)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "t1").Outcome);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Teacher("t1").Build(), AsOf, Rule)).Outcome);
    }
}
