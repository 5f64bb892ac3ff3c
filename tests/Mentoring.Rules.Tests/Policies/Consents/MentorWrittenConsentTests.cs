using Mentoring.Domain.Consents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class MentorWrittenConsentTests
{
    private const string Rule = "consent.mentor-written";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_WrittenConsentBeforeTheOrder_SatisfiedNamingMentorAndOrder()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("m1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("№ po-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Contains(finding.Subjects, s => s.Id == "p1");
        Assert.Contains(finding.Parameters, p => p.Name == "consentForm" && Equals(p.Value, "written"));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2023, 9, 2, Outcome.Violated)]
    public void Validate_ConsentAroundTheOrderDay_OnlyALaterOneViolates(int year, int month, int day, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MentorParticipation, "m1", D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("после назначения", finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains("after the appointment", finding.MessageEn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_NoConsentRecorded_UnknownNotViolated()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains(@case.FindPerson(P("m1"))!.Name.ShortName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("written", Outcome.Violated)]
    [InlineData("mutual", Outcome.Satisfied)]
    public void Validate_MutualConsent_DependsOnTheConsentFormParameter(string form, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", e => e.Set(Rule, "consentForm", form));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "consentForm" && Equals(p.Value, form) && p.Source == PolicyRunner.EditionId);
    }

    [Theory]
    [InlineData(2025, 2, 28, Outcome.Satisfied)]
    [InlineData(2025, 3, 1, Outcome.Violated)]
    public void Validate_MutualConsentUnderAnOlderEdition_WrittenRequiredForAppointmentsFromTk3518(int year, int month, int day, Outcome expected)
    {
        var appointed = D(year, month, day);
        var @case = School().FixedPair(appointed).Consent("c1", ConsentKind.MentorParticipation, "m1", appointed.AddDays(-1), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2025, 6, 1), Rule, "m1", e => e.Set(Rule, "consentForm", "mutual"));

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("351.8", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2023, 8, 31, Outcome.Violated)]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2024, 1, 10, Outcome.Satisfied)]
    public void ConsentMentorWritten_WithdrawnBeforeTheOrderViolates_OnOrAfterItBefore2025IsARequestToBeReleased(int year, int month, int day, Outcome expected)
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Program("pr1", "p1", D(2023, 9, 1), D(2024, 5, 31))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30), withdrawnOn: D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("отозвано 31.08.2023, до назначения", finding.MessageRu, StringComparison.Ordinal);
        }
        else if (year == 2024)
        {
            Assert.Contains("просьба о сложении обязанностей наставника", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ConsentMentorWritten_TeacherRefusalFrom2025_ViolatedOnlyWhileTheProgramRunsAfterTheNotice()
    {
        // Withdrawn on Wednesday 14.05.2025: the refusal under TK 351.8 takes effect after 3 working days, on 19.05.2025.
        var running = School().FixedPair(D(2024, 9, 2)).Program("pr1", "p1", D(2024, 9, 2), D(2025, 5, 30))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2024, 8, 30), withdrawnOn: D(2025, 5, 14)).Build();
        var ending = School().FixedPair(D(2024, 9, 2)).Program("pr1", "p1", D(2024, 9, 2), D(2025, 5, 19))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2024, 8, 30), withdrawnOn: D(2025, 5, 14)).Build();

        var violated = PolicyRunner.FindingFor(running, D(2025, 6, 30), Rule, "m1");
        var lawful = PolicyRunner.FindingFor(ending, D(2025, 6, 30), Rule, "m1");
        var beforeItTakesEffect = PolicyRunner.FindingFor(running, D(2025, 5, 19), Rule, "m1");

        Assert.Equal(Outcome.Violated, violated.Outcome);
        Assert.Contains("ТК РФ, ст. 351.8", violated.MessageRu, StringComparison.Ordinal);
        Assert.Contains("19.05.2025", violated.MessageRu, StringComparison.Ordinal);
        Assert.Contains(violated.Subjects, s => s.Id == "pr1");
        Assert.Equal(Outcome.Satisfied, lawful.Outcome);
        Assert.Equal(Outcome.Satisfied, beforeItTakesEffect.Outcome);
    }

    [Fact]
    public void ConsentMentorWritten_StudentMentorWithdrawalFrom2025_IsARequestToBeReleased()
    {
        var @case = School().Student("s1", D(2007, 1, 1), 11).Student("s2", D(2013, 1, 1), 5)
            .Pair("p1", ["s1"], ["s2"], Mentoring.Domain.Forms.MentoringForm.StudentStudent, formedOn: D(2024, 9, 2))
            .Program("pr1", "p1", D(2024, 9, 2), D(2025, 5, 30))
            .Consent("c1", ConsentKind.MentorParticipation, "s1", D(2024, 8, 30), withdrawnOn: D(2025, 3, 10)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2025, 6, 30), Rule, "s1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("просьба о сложении", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMentorWritten_RecordedRefusal_ViolatedNotUnknown()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Refusal("r1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 28)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("отказ от дачи согласия", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMentorWritten_NothingRecorded_AMissingDocumentUnderStrictValidation()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Build();

        var finding = StrictRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("письменное согласие на работу наставником не представлено", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMentorWritten_ThePairNamesTheOrder_TheOrderIsTheAppointment()
    {
        // Principle 6: the order does not list p1, but p1 names it.
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"], order: "po-1").Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p2")
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 9, 2)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("№ po-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoOrderAndNoFormationDay_UnknownListingTheOrder()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"])
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("p1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ConsentAfterTheDayThePairWasFormed_Violated()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], formedOn: D(2023, 9, 1))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 9, 10)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("при формировании пары p1", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        var @case = School().Teacher("m1").Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30)).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }

    [Fact]
    public void Validate_MentorOfAGroup_NamesItAGroupNotAPair()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("g1", ["m1"], ["t1", "t2"], formedOn: D(2023, 9, 1))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Contains("(группа g1)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("(group g1)", finding.MessageEn, StringComparison.Ordinal);
    }
}
