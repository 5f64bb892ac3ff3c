using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class MinorMentorRepresentativeConsentTests
{
    private const string Rule = "consent.minor-mentor-representative";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static void On(Mentoring.Rules.Editions.EditionBuilder e) => e.Enable(Rule);

    private static CaseBuilder Students(DateOnly? mentorBirth) =>
        School().Student("s1", mentorBirth, 10).Student("s2", D(2013, 1, 1), 5)
            .Pair("p1", ["s1"], ["s2"], MentoringForm.StudentStudent, formedOn: D(2023, 9, 1));

    [Fact]
    public void Descriptor_InferredWarningOffByDefault_Cites003Section63()
    {
        var policy = PolicyCatalog.Bundled.Find(Rule)!;

        Assert.Equal(RuleBasis.Inference, policy.Basis);
        Assert.Equal(Severity.Warning, policy.Severity);
        Assert.False(policy.EnabledByDefault);
        Assert.Equal("003 §6.3", policy.Source);
    }

    [Fact]
    public void Validate_MinorStudentMentorWithRepresentativeConsent_SatisfiedNamingTheMentorInTheNominative()
    {
        var @case = Students(D(2007, 3, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), onBehalfOf: "s1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s1", On);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.StartsWith($"Наставник-обучающийся: {@case.FindPerson(P("s1"))!.Name.ShortName} (пара p1; возраст при назначении — 16 лет)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Id == "c1");
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_NothingRecorded_UnknownEvenUnderStrictValidation()
    {
        var @case = Students(D(2007, 3, 1)).Build();

        var plain = PolicyRunner.FindingFor(@case, AsOf, Rule, "s1", On);
        var strict = StrictRunner.FindingFor(@case, AsOf, Rule, "s1", On);

        Assert.Equal(Outcome.Unknown, plain.Outcome);
        Assert.Contains("не представлено", plain.MessageRu, StringComparison.Ordinal);
        Assert.Equal(Outcome.Unknown, strict.Outcome);
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_RecordedRefusal_AWarningNotAnError()
    {
        var @case = Students(D(2007, 3, 1)).Refusal("r1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 8, 30), onBehalfOf: "s1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s1", On);

        Assert.Equal((Outcome.Violated, Severity.Warning), (finding.Outcome, finding.Severity));
        Assert.Contains("вывод", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("inferred", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_AppointedAt17ValidatedAt18_StillJudged()
    {
        var @case = Students(D(2005, 10, 1)).Consent("c1", ConsentKind.LegalRepresentative, "parent-1", D(2023, 9, 4), onBehalfOf: "s1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s1", On);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("после назначения", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_AdultOnTheDayOfTheAppointment_NotApplicable()
    {
        var finding = PolicyRunner.FindingFor(Students(D(2005, 9, 1)).Build(), AsOf, Rule, "s1", On);

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("18 лет", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_OffByDefault_NoFindingUnderTheDefaults()
    {
        var report = PolicyRunner.Validate(Students(D(2007, 3, 1)).Build(), AsOf);

        Assert.DoesNotContain(report.Of(Rule), f => f.Outcome is Outcome.Violated or Outcome.Satisfied or Outcome.Unknown);
    }

    [Fact]
    public void ConsentMinorMentorRepresentative_TeacherMentors_NotJudged()
    {
        var findings = PolicyRunner.Findings(School().FixedPair(D(2023, 9, 1)).Build(), AsOf, Rule, On);

        Assert.DoesNotContain(findings, f => f.Subjects.Count > 0 && f.Subjects[0].Id == "m1" && f.Outcome != Outcome.NotApplicable);
    }
}
