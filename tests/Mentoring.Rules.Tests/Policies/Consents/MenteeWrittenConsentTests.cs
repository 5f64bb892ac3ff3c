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

    private static CaseBuilder Students(DateOnly menteeBirth) =>
        School().Student("s1", D(2005, 5, 1), 11).Student("s2", menteeBirth, 7)
            .Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent, formedOn: D(2023, 9, 1));

    [Fact]
    public void Validate_WrittenConsent_SatisfiedNamingTheMenteeInTheNominative()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.StartsWith($"Наставляемый: {@case.FindPerson(P("t1"))!.Name.ShortName} (пара p1) — ", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
    }

    [Theory]
    [InlineData("written", Outcome.Violated)]
    [InlineData("mutual", Outcome.Satisfied)]
    public void Validate_MutualConsent_DependsOnTheConsentFormParameter(string form, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", e => e.Set(Rule, "consentForm", form));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "consentForm" && Equals(p.Value, form) && p.Source == PolicyRunner.EditionId);
        Assert.Contains(form == "mutual" ? "— обоюдное согласие на участие" : "письменное согласие наставляемого", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MutualConsentByDefault_WrittenRequired()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "consentForm" && Equals(p.Value, "written") && p.Source == "default");
    }

    [Theory]
    [InlineData(2025, 2, 28)]
    [InlineData(2025, 3, 1)]
    [InlineData(2026, 9, 1)]
    public void Validate_MutualConsentFromTk3518_StillCountsForTheMentee(int year, int month, int day)
    {
        // ТК РФ, ст. 351.8 requires the written form of the mentor (the employee who takes on the work), not of the mentee.
        var joined = D(year, month, day);
        var @case = School().FixedPair(joined).Consent("c1", ConsentKind.MenteeParticipation, "t1", joined.AddDays(-1), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, joined.AddMonths(1), Rule, "t1", e => e.Set(Rule, "consentForm", "mutual"));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_MutualConsentGivenAfterJoining_ViolatedUnderAMutualEdition()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 9, 5), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", e => e.Set(Rule, "consentForm", "mutual"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("дано 05.09.2023, после включения в пару", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMenteeWritten_RepresentativeForAMenteeMinorOnTheDayJoined_ReplacesTheOwnConsent()
    {
        // 17 on joining (01.09.2023), 18 by the date of validation: the representative's consent still counts.
        var @case = Students(D(2005, 10, 10)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), onBehalfOf: "s2").Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "s2").Outcome);
    }

    [Fact]
    public void ConsentMenteeWritten_RepresentativeForAMenteeOfAge_DoesNotReplaceTheOwnConsent()
    {
        var @case = Students(D(2005, 8, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не заменяет", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoConsentRecorded_UnknownAndAMissingDocument()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не представлено", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(Outcome.Violated, StrictRunner.FindingFor(@case, AsOf, Rule, "t1").Outcome);
    }

    [Fact]
    public void Validate_RecordedRefusal_Violated()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Refusal("r1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 28)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("отказ от дачи согласия", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("refusal", finding.MessageEn, StringComparison.Ordinal);
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
        Assert.Contains("не письменное", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 8, 31, Outcome.Violated)]
    [InlineData(2024, 1, 10, Outcome.Satisfied)]
    public void ConsentMenteeWritten_Withdrawal_BeforeJoiningViolatesAfterTheProgramEndedDoesNot(int year, int month, int day, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Program("pr1", "p1", D(2023, 9, 1), D(2023, 12, 29))
            .Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), withdrawnOn: D(year, month, day)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "t1").Outcome);
    }

    [Fact]
    public void ConsentMenteeWritten_WithdrawnWhileTheProgramRunsOn_Warning()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Program("pr1", "p1", D(2023, 9, 1), D(2024, 5, 31))
            .Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30), withdrawnOn: D(2023, 12, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1");

        Assert.Equal((Outcome.Violated, Severity.Warning), (finding.Outcome, finding.Severity));
        Assert.Contains("по прочтению", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        var @case = School().Teacher("t1").Consent("c1", ConsentKind.MenteeParticipation, "t1", D(2023, 8, 30)).Build();

        Assert.All(PolicyRunner.Findings(@case, AsOf, Rule), f => Assert.Equal(Outcome.NotApplicable, f.Outcome));
    }
}
