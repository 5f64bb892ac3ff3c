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

    private static CaseBuilder Students(DateOnly? menteeBirth) =>
        School().Student("s1", D(2005, 5, 1), 11).Student("s2", menteeBirth, 7).Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent);

    [Fact]
    public void Validate_RepresentativeConsent_SatisfiedNamingTheMinor()
    {
        var @case = Students(D(2011, 3, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 9, 1), onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains(@case.FindPerson(P("s2"))!.Name.ShortName, finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("parent-1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
        Assert.Contains(finding.Parameters, p => p.Name == "ageOfMajority" && Equals(p.Value, 18));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_NoRepresentativeConsent_UnknownListingIt()
    {
        var @case = Students(D(2011, 3, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("законного представителя", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MutualRepresentativeConsent_Violated()
    {
        var @case = Students(D(2011, 3, 1))
            .Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 9, 1), ConsentForm.Mutual, onBehalfOf: "s2").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("Minor participant", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2006, 1, 15, Outcome.NotApplicable)]
    [InlineData(2006, 1, 16, Outcome.Unknown)]
    public void Validate_EighteenthBirthday_AnAdultFromThatDay(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Students(D(year, month, day)).Build(), AsOf, Rule, "s2");

        Assert.Equal(expected, finding.Outcome);
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
