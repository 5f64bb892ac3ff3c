using Mentoring.Domain.Consents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class PairingOrderConsentTests
{
    private const string Rule = "consent.pairing-order";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Fixed() => School().FixedPair(D(2023, 9, 1));

    [Fact]
    public void Validate_BothConsentsBeforeTheOrder_Satisfied()
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), pairId: "p1")
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("№ po-1 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Contains(finding.Subjects, s => s.Id == "c2");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(2023, 9, 1, Outcome.Satisfied)]
    [InlineData(2023, 9, 2, Outcome.Violated)]
    public void Validate_ConsentAroundTheOrderDay_OnlyALaterOneViolates(int year, int month, int day, Outcome expected)
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains("после приказа", finding.MessageRu, StringComparison.Ordinal);
            Assert.Contains(finding.Subjects, s => s.Id == "t1");
        }
    }

    [Fact]
    public void Validate_OneConsentMissing_UnknownListingWho()
    {
        var @case = Fixed().Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        var missing = Assert.Single(finding.Missing);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, missing, StringComparison.Ordinal);
        Assert.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneMissingAndOneMutual_Violated()
    {
        var @case = Fixed().Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), ConsentForm.Mutual).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не письменное", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithdrawnBeforeTheOrder_Violated()
    {
        var @case = Fixed()
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 1), withdrawnOn: D(2023, 8, 20))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("отозвано 20.08.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConsentForAnotherPair_DoesNotCount()
    {
        var @case = Fixed().Teacher("t2").Pair("p2", ["m1"], ["t2"])
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28), pairId: "p2")
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 29)).Build();

        Assert.Equal(Outcome.Unknown, PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1").Outcome);
    }

    [Fact]
    public void Validate_FaultsInSeveralPairs_ViolatedListingEachInTheOrderOfThePairs()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"]).Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p1", "p2")
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 28), ConsentForm.Mutual)
            .Consent("c3", ConsentKind.PairingDuties, "t2", D(2023, 9, 4)).Build();
        var (t1, t2) = (@case.FindPerson(P("t1"))!.Name.ShortName, @case.FindPerson(P("t2"))!.Name.ShortName);

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.EndsWith(
            $": {t1} (пара p1): согласие на дополнительные обязанности от 28.08.2023 дано как обоюдное, не письменное; требуется письменное согласие; {t2} (пара p2): согласие на дополнительные обязанности дано 04.09.2023, после приказа.",
            finding.MessageRu,
            StringComparison.Ordinal);
        Assert.Equal(
            $"order No. po-1 of 2023-09-01: {t1} (pair p1): the consent to the extra duties of 2023-08-28 is mutual, not written; a written consent is required; {t2} (pair p2): the consent to the extra duties was given on 2023-09-04, after the order.",
            finding.MessageEn);
        Assert.DoesNotContain(finding.Subjects, s => s.Id == "m1");
    }

    [Fact]
    public void Validate_OneConsentForEveryPair_NamedOnceAmongTheSubjects()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"]).Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p1", "p2")
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 28))
            .Consent("c3", ConsentKind.PairingDuties, "t2", D(2023, 8, 29)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Equal(["po-1", "p1", "p2", "c1", "c2", "c3"], finding.Subjects.Select(s => s.Id));
        Assert.Contains("все участники (пары p1, p2)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MessagesOfTwoOrdersReadInReverse_EachNamesItsOwnParticipants()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"]).Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p1").PairingOrder("po-2", D(2023, 9, 2), "p2")
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28)).Build();
        var findings = PolicyRunner.Findings(@case, AsOf, Rule);
        var (t1, t2) = (@case.FindPerson(P("t1"))!.Name.ShortName, @case.FindPerson(P("t2"))!.Name.ShortName);

        var second = Assert.Single(findings, f => f.Subjects[0].Id == "po-2").MessageEn;
        var first = Assert.Single(findings, f => f.Subjects[0].Id == "po-1").MessageEn;

        Assert.Equal($"order No. po-1 of 2023-09-01: the written consent to the extra duties is not presented — {t1} (pair p1).", first);
        Assert.Equal($"order No. po-2 of 2023-09-02: the written consent to the extra duties is not presented — {t2} (pair p2).", second);
    }

    [Fact]
    public void ConsentPairingOrder_ThePairNamesTheOrderWithoutBeingListed_ItsParticipantsAreJudged()
    {
        // Principle 6: po-1 lists p2 only; p1 names po-1, so po-1 fixes p1 as well.
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"], order: "po-1").Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p2")
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t2", D(2023, 8, 28))
            .Consent("c3", ConsentKind.PairingDuties, "t1", D(2023, 9, 5)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Id == "p1");
        Assert.Contains("(пара p1): согласие на дополнительные обязанности дано 05.09.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentPairingOrder_TheTwoSidesContradict_InconsistencyReportedAsAWarning()
    {
        // po-2 lists p1, but p1 names po-1: the records disagree on which order fixes p1.
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"], order: "po-1").Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-1", D(2023, 9, 1), "p2").PairingOrder("po-2", D(2023, 9, 4), "p1")
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Consent("c2", ConsentKind.PairingDuties, "t1", D(2023, 8, 28))
            .Consent("c3", ConsentKind.PairingDuties, "t2", D(2023, 8, 28)).Build();

        var second = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-2");
        var first = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal((Outcome.Violated, Severity.Warning), (second.Outcome, second.Severity));
        Assert.Contains("пара p1 указана в приказе, но ссылается на приказ № po-1 от 01.09.2023", second.MessageRu, StringComparison.Ordinal);
        Assert.Equal((Outcome.Violated, Severity.Warning), (first.Outcome, first.Severity));
        Assert.Contains("пара p1 ссылается на этот приказ, но указана в приказе № po-2 от 04.09.2023", first.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ConsentPairingOrder_RecordedRefusalOrNotGiven_ViolatedNotUnknown(bool notGiven)
    {
        var @case = School().FixedPair(D(2023, 9, 1))
            .Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28))
            .Refusal("r1", ConsentKind.PairingDuties, "t1", D(2023, 8, 29), pairId: "p1", notGiven: notGiven).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(finding.Subjects, s => s.Id == "r1");
    }

    [Fact]
    public void ConsentPairingOrder_NothingRecorded_AMissingDocumentUnderStrictValidation()
    {
        var @case = School().FixedPair(D(2023, 9, 1)).Consent("c1", ConsentKind.PairingDuties, "m1", D(2023, 8, 28)).Build();

        Assert.Equal(Outcome.Unknown, PolicyRunner.FindingFor(@case, AsOf, Rule, "po-1").Outcome);
        Assert.Equal(Outcome.Violated, StrictRunner.FindingFor(@case, AsOf, Rule, "po-1").Outcome);
    }

    [Fact]
    public void Validate_NoPairingOrder_NotApplicable()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
