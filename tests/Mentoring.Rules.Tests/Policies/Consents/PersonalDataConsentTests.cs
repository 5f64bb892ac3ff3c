using Mentoring.Domain.Consents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class PersonalDataConsentTests
{
    private const string Rule = "consent.personal-data";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_MentorRecordWithConsent_SatisfiedNamingThePerson()
    {
        var @case = School().Teacher("m1").MentorRecords(null, "m1").Consent("c1", ConsentKind.PersonalData, "m1", D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "mr1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("m1"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("базе наставников", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "m1");
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_MenteeRecordWithoutConsent_UnknownListingIt()
    {
        var @case = School().Teacher("t1").MenteeRecords(null, "t1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "me1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains(@case.FindPerson(P("t1"))!.Name.ShortName, StringComparison.Ordinal));
        Assert.Contains("mentee registry", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 1, 15, Outcome.Violated)]
    [InlineData(2024, 1, 16, Outcome.Satisfied)]
    public void Validate_WithdrawnConsent_ViolatedFromTheDayOfWithdrawal(int year, int month, int day, Outcome expected)
    {
        var @case = School().Teacher("t1").MenteeRecords(null, "t1")
            .Consent("c1", ConsentKind.PersonalData, "t1", D(2023, 9, 1), withdrawnOn: D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "me1");

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.Violated)
        {
            Assert.Contains("отозвано 15.01.2024", finding.MessageRu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_RecordNamingAPersonOfTheCase_MatchedByFullName()
    {
        var @case = School().Teacher("t1", name: "Петрова Анна Сергеевна").MenteeRecords("Петрова Анна Сергеевна", [null])
            .Consent("c1", ConsentKind.PersonalData, "t1", D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "me1");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Петрова А. С.", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RecordOfNobodyInTheCase_Unknown()
    {
        var finding = PolicyRunner.FindingFor(School().MenteeRecords("Иванов Иван Иванович", [null]).Build(), AsOf, Rule, "me1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("Иванов Иван Иванович", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Redacted_MessagesDoNotNameThePerson()
    {
        var @case = School().Teacher("t1", name: "Петрова Анна Сергеевна").MenteeRecords("Петрова Анна Сергеевна", [null]).Build();

        var finding = Assert.Single(PolicyRunner.Validate(@case, AsOf, redact: true).Of(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.DoesNotContain("Петрова", finding.MessageRu, StringComparison.Ordinal);
        Assert.All(finding.Subjects, s => Assert.Null(s.Name));
    }

    [Fact]
    public void Validate_NoRegistries_NotApplicable()
    {
        var @case = School().Teacher("t1").Consent("c1", ConsentKind.PersonalData, "t1", D(2023, 9, 1)).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule)).Outcome);
    }

    [Fact]
    public void ConsentPersonalData_RecordedRefusal_ViolatedWhileTheDataStayInTheRegistry()
    {
        var @case = School().Teacher("t1").MenteeRecords(null, "t1").Refusal("r1", ConsentKind.PersonalData, "t1", D(2023, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "me1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("отказ от дачи согласия", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "r1");
    }

    [Fact]
    public void ConsentPersonalData_NothingRecorded_AMissingDocumentUnderStrictValidation()
    {
        var @case = School().Teacher("t1").MenteeRecords(null, "t1").Build();

        var finding = StrictRunner.FindingFor(@case, AsOf, Rule, "me1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не представлено", finding.MessageRu, StringComparison.Ordinal);
    }
}
