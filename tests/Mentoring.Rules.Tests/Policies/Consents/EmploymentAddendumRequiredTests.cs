using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class EmploymentAddendumRequiredTests
{
    private const string Rule = "consent.employment-addendum";
    private static readonly DateOnly AsOf = D(2025, 6, 1);

    [Fact]
    public void Validate_CompleteAddendum_SatisfiedNamingTheMentor()
    {
        var @case = School().FixedPair(D(2025, 3, 3)).MentoringAddendum("add-1", "m1", D(2025, 3, 3)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("m1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("03.03.2025", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "add-1");
        Assert.Equal("TK 351.8", finding.Clause);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_AddendumWithoutPay_ViolatedNamingThePart()
    {
        var @case = School().FixedPair(D(2025, 3, 3)).MentoringAddendum("add-1", "m1", D(2025, 3, 3), pay: false).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("размер оплаты", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("pay for mentoring", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartsSpreadOverTwoDocuments_Satisfied()
    {
        var @case = School().FixedPair(D(2025, 3, 3))
            .MentoringAddendum("add-1", "m1", D(2025, 3, 3), form: false, pay: false)
            .MentoringAddendum("add-2", "m1", D(2025, 4, 1), content: false, term: false).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1").Outcome);
    }

    [Fact]
    public void Validate_NoAddendumRecorded_UnknownListingIt()
    {
        var finding = PolicyRunner.FindingFor(School().FixedPair(D(2025, 3, 3)).Build(), AsOf, Rule, "m1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("дополнительное соглашение", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2025, 2, 28, Outcome.NotApplicable)]
    [InlineData(2025, 3, 1, Outcome.Unknown)]
    public void Validate_AroundTk3518EntryIntoForce_AppliesFromMarchFirst(int year, int month, int day, Outcome expected)
    {
        var findings = PolicyRunner.Findings(School().FixedPair(D(2024, 9, 1)).Build(), D(year, month, day), Rule);

        Assert.Equal(expected, Assert.Single(findings).Outcome);
    }

    [Theory]
    [InlineData(2025, 2, 28, Outcome.NotApplicable)]
    [InlineData(2025, 3, 1, Outcome.Unknown)]
    public void Validate_ProgramEndingAroundMarchFirst_OnlyOngoingMentoringNeedsAnAddendum(int year, int month, int day, Outcome expected)
    {
        var @case = School().FixedPair(D(2024, 9, 1)).Program("prog-1", "p1", D(2024, 9, 1), D(year, month, day)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "m1").Outcome);
    }

    [Fact]
    public void ConsentEmploymentAddendum_AssignedFromMarchFirst2025WithoutAddendum_AMissingDocumentOfErrorSeverity()
    {
        var @case = School().FixedPair(D(2025, 3, 3)).Build();

        var plain = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");
        var strict = StrictRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal((Outcome.Unknown, Severity.Error), (plain.Outcome, plain.Severity));
        Assert.Contains("не представлено", plain.MessageRu, StringComparison.Ordinal);
        Assert.Equal((Outcome.Violated, Severity.Error), (strict.Outcome, strict.Severity));
    }

    [Fact]
    public void ConsentEmploymentAddendum_EarlierAssignmentContinuingPastMarchFirst_AWarning()
    {
        var @case = School().FixedPair(D(2024, 9, 2)).Program("prog-1", "p1", D(2024, 9, 2), D(2025, 5, 30))
            .MentoringAddendum("add-1", "m1", D(2025, 3, 3), pay: false).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");
        var strict = StrictRunner.FindingFor(School().FixedPair(D(2024, 9, 2)).Build(), AsOf, Rule, "m1");

        Assert.Equal((Outcome.Violated, Severity.Warning), (finding.Outcome, finding.Severity));
        Assert.Contains("по прочтению", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("ТК РФ, ст. 351.8", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal((Outcome.Violated, Severity.Warning), (strict.Outcome, strict.Severity));
    }

    [Fact]
    public void ConsentEmploymentAddendum_OneEarlierAndOneNewAssignment_JudgedAsTheNewOne()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2")
            .Pair("p1", ["m1"], ["t1"], formedOn: D(2024, 9, 2)).Pair("p2", ["m1"], ["t2"], formedOn: D(2025, 3, 10))
            .MentoringAddendum("add-1", "m1", D(2025, 3, 10), term: false).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1");

        Assert.Equal((Outcome.Violated, Severity.Error), (finding.Outcome, finding.Severity));
        Assert.Contains("(пара p2)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudentMentor_NotApplicable()
    {
        var @case = School().Student("s1", D(2007, 1, 1), 11).Student("s2", D(2012, 1, 1), 6)
            .Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }
}
