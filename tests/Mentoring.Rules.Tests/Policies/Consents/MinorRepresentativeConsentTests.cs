using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class MinorRepresentativeConsentTests
{
    private const string Rule = "consent.minor-representative";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly DateOnly Joined = D(2023, 9, 1);

    private static CaseBuilder Students(DateOnly? menteeBirth, DateOnly? mentorBirth = null) =>
        School().Student("s1", mentorBirth ?? D(2005, 5, 1), 11).Student("s2", menteeBirth, 7).Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent, formedOn: Joined);

    [Fact]
    public void Validate_RepresentativeConsent_SatisfiedNamingTheMinorInTheNominative()
    {
        var @case = Students(D(2011, 3, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.StartsWith($"Наставляемый: {@case.FindPerson(P("s2"))!.Name.ShortName} (пара p1; возраст при включении в пару — 12 лет)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("parent-1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Contains(finding.Parameters, p => p.Name == "ageOfMajority" && Equals(p.Value, 18));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void ConsentMinorRepresentative_JoinedAt17AndValidatedAt18_StillRequired()
    {
        // Joined on 01.09.2023 at 17; 18 on 10.10.2023, before the date of validation.
        var finding = PolicyRunner.FindingFor(Students(D(2005, 10, 10)).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("17 лет", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("не представлено", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2005, 9, 1, Outcome.NotApplicable)]
    [InlineData(2005, 9, 2, Outcome.Unknown)]
    public void ConsentMinorRepresentative_EighteenthBirthdayOnTheDayJoined_AnAdultFromThatDay(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Students(D(year, month, day)).Build(), AsOf, Rule, "s2");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void ConsentMinorRepresentative_MentorsAreNotJudged_OnlyMentees()
    {
        var findings = PolicyRunner.Findings(Students(D(2011, 3, 1), mentorBirth: D(2008, 1, 1)).Build(), AsOf, Rule);

        Assert.DoesNotContain(findings, f => f.Subjects[0].Id == "s1");
    }

    [Fact]
    public void Validate_NoRepresentativeConsent_UnknownAndAMissingDocument()
    {
        var @case = Students(D(2011, 3, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");
        var strict = StrictRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("законного представителя", StringComparison.Ordinal));
        Assert.Equal(Outcome.Violated, strict.Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_RecordedRefusalOrNotGiven_Violated(bool notGiven)
    {
        var @case = Students(D(2011, 3, 1)).Refusal("r1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 25), onBehalfOf: "s2", notGiven: notGiven).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains(notGiven ? "не дано" : "отказ от дачи согласия", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MutualRepresentativeConsent_Violated()
    {
        var @case = Students(D(2011, 3, 1))
            .Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), ConsentForm.Mutual, onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Mentee:", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConsentAfterTheDayJoined_Violated()
    {
        var @case = Students(D(2011, 3, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 9, 5), onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("после включения в пару", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(18, Outcome.Unknown)]
    [InlineData(17, Outcome.NotApplicable)]
    public void Validate_AgeOfMajorityParameter_DecidesForASeventeenYearOld(int majority, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Students(D(2006, 6, 1)).Build(), AsOf, Rule, "s2", e => e.Set(Rule, "ageOfMajority", majority));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "ageOfMajority" && Equals(p.Value, majority) && p.Source == PolicyRunner.EditionId);
    }

    [Fact]
    public void Validate_StudentWithoutBirthDate_UnknownListingTheBirthDate()
    {
        var finding = PolicyRunner.FindingFor(Students(null).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.StartsWith("дата рождения", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TeacherPair_NotApplicable()
    {
        var findings = PolicyRunner.Findings(School().FixedPair(D(2023, 9, 1)).Build(), AsOf, Rule);

        Assert.All(findings, f => Assert.Equal(Outcome.NotApplicable, f.Outcome));
    }
}
