using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.PairParts;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairUnpairedMenteeSupportedTests
{
    private const string Rule = "pair.unpaired-mentee-supported";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Validate_SupportRecorded_SatisfiedQuotingIt()
    {
        var @case = School().MenteeRegistry(MenteeRow("r3", fullName: "Козлова Дарья Андреевна", support: "консультации педагога-психолога; поиск наставника")).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "r3");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("консультации педагога-психолога", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(SubjectKind.RegistryRecord, finding.Subjects[0].Kind);
    }

    [Fact]
    public void Validate_NeedRecordedWithoutSupport_TemplateWarningNamingTheMentee()
    {
        var @case = School().MenteeRegistry(MenteeRow("r3", fullName: "Козлова Дарья Андреевна", needsSupport: true)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "r3");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Наставляемый Козлова Дарья Андреевна (запись r3 базы наставляемых) без пары нуждается в поддержке", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("no support or search for a mentor is recorded", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Validate_WhereNeededOnly_NoRecordedNeedNotJudged(bool? needsSupport)
    {
        var @case = School().MenteeRegistry(MenteeRow("r3", fullName: "Козлова Дарья Андреевна", needsSupport: needsSupport)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "r3");

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("при необходимости", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LinkedRecord_NamesThePersonAndRedactionHidesIt()
    {
        var @case = School().Teacher("t1", name: "Петров Павел Павлович").MenteeRegistry(MenteeRow("r1", person: "t1")).Build();

        Assert.Contains("Петров П. П.", PolicyRunner.FindingFor(@case, AsOf, Rule, "r1").MessageRu, StringComparison.Ordinal);
        var redacted = Assert.Single(PolicyRunner.Validate(@case, AsOf, redact: true).Of(Rule));
        Assert.DoesNotContain("Петров", redacted.MessageRu, StringComparison.Ordinal);
        Assert.Contains("Наставляемый t1", redacted.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RecordWithAMentor_NotApplicable()
    {
        var @case = School().MenteeRegistry(MenteeRow("r1", fullName: "Козлова Дарья Андреевна", mentorName: "Иванова Мария Петровна")).Build();

        var finding = Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule));

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Equal(SubjectKind.Organization, finding.Subjects[0].Kind);
    }

    [Fact]
    public void Validate_RegistryLagsBehindAPair_NotApplicableNamingThePair()
    {
        var @case = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).MenteeRegistry(MenteeRow("r1", person: "t1")).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "r1");

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
        Assert.Contains("состоит в паре p1", finding.MessageRu, StringComparison.Ordinal);
    }
}
