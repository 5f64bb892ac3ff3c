using Mentoring.Domain.Orders;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.PairParts;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairOrderApprovedTests
{
    private const string Rule = "pair.order-approved";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithPair(string? order = null) =>
        School().Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Павел Павлович").Pair("p1", ["m1"], ["t1"], order: order);

    [Fact]
    public void Validate_PairListedInPairingOrder_SatisfiedNamingTheOrder()
    {
        var @case = WithPair().PairingOrder("ord-7", D(2023, 9, 1), "p1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("№ ord-7 от 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("order No. ord-7 of 2023-09-01", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Kind == SubjectKind.Document && s.Id == "ord-7");
        Assert.Contains(finding.Facts, f => f.Type == "MentoringPair" && f.Id == "p1");
    }

    [Fact]
    public void Validate_NoOrder_ViolatedNamingThePeople()
    {
        var finding = PolicyRunner.FindingFor(WithPair().Build(), AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Иванова М. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Петров П. П.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("no pairing order", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["p1", "m1", "t1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_PairNamesItsPairingOrder_Satisfied()
    {
        var @case = WithPair(order: "ord-8").Pair("p2", ["m1"], ["t2"]).Teacher("t2").PairingOrder("ord-8", D(2023, 9, 1), "p2").Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_PairNamesAnOrderThatIsNotAPairingOrder_Violated()
    {
        var @case = WithPair(order: "reg-1").RegulationOrder("reg-1", D(2023, 8, 30)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("№ reg-1 от 30.08.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, Outcome.Satisfied)]
    [InlineData(16, Outcome.Violated)]
    public void Validate_OrderDateAgainstTheDateOfValidation_LaterOrderNotYetIssued(int day, Outcome expected)
    {
        var @case = WithPair().PairingOrder("ord-7", D(2024, 1, day), "p1").Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_Redacted_MessagesUseIdentifiers()
    {
        var report = PolicyRunner.Validate(WithPair().Build(), AsOf, redact: true);

        var finding = Assert.Single(report.Of(Rule));
        Assert.DoesNotContain("Иванова", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("m1", finding.MessageRu, StringComparison.Ordinal);
        Assert.All(finding.Subjects, s => Assert.Null(s.Name));
    }

    [Fact]
    public void Validate_NoPairs_NotApplicable()
    {
        var findings = PolicyRunner.Findings(School().Teacher("m1").Build(), AsOf, Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }

    private static CaseBuilder Signed(string signer) =>
        School().Organization(headId: "h1").Teacher("h1", head: true).Teacher("d1", deputy: true, name: "Сидорова Анна Алексеевна").Teacher("x1", name: "Кузнецов Олег Игоревич")
            .Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).SignedPairingOrder("po-1", D(2023, 9, 1), signer, "p1");

    [Fact]
    public void Validate_SignedByTheHead_Satisfied()
    {
        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(Signed("h1").Build(), AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_SignedByActingHeadThatDay_Satisfied()
    {
        var @case = Signed("x1").SigningAuthority("ah-1", SigningAuthorityKind.ActingHead, "x1", D(2023, 8, 20), D(2023, 9, 10), "приказ № 55 от 18.08.2023").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("подпись: Кузнецов О. И. — исполнение обязанностей руководителя (приказ № 55 от 18.08.2023)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ActingHeadPeriodOverBeforeTheOrder_ViolatedForANonDeputy()
    {
        var @case = Signed("x1").SigningAuthority("ah-1", SigningAuthorityKind.ActingHead, "x1", D(2023, 7, 1), D(2023, 8, 31)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("подписан не руководителем (Кузнецов О. И.)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeputyWithRecordedDelegation_Satisfied()
    {
        var @case = Signed("d1").SigningAuthority("del-1", SigningAuthorityKind.Delegation, "d1", D(2023, 1, 9)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "p1").Outcome);
    }

    [Fact]
    public void Validate_DeputyWithNothingRecorded_UnknownMissingDocumentViolatedWhenStrict()
    {
        var @case = Signed("d1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "p1");
        var strict = Assert.Single(PolicyRunner.Validate(@case, AsOf, strict: true).Of(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("подписан заместителем руководителя (Сидорова А. А.); документ о передаче права подписи или об исполнении обязанностей руководителя на 01.09.2023 не представлен", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(Outcome.Violated, strict.Outcome);
    }
}
