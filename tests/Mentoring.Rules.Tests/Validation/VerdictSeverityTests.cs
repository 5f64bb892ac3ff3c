using Mentoring.Domain.Organizations;
using Mentoring.Domain.People;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;
using NRules.Fluent.Dsl;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Verdicts;

/// <summary>A rule whose teacher verdicts breach only one reading (warnings), and whose order is not presented.</summary>
[Name("test.readings")]
[Title("Тест", "Test")]
[Citation("тест", "тест")]
[Severity(Severity.Error)]
[Basis(RuleBasis.Inference, "a test of the basis attribute")]
public sealed class ReadingsRule : Rule
{
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        Teacher teacher = null!;

        When().Match(() => evaluation).Match(() => organization).Match(() => teacher);
        Then().Do(ctx => ctx.Emit(Judge(teacher)));
    }

    private static Verdict Judge(Teacher teacher) => teacher.Id.Value == "m1"
        ? Verdict.Violated("нарушено по одному прочтению", "breached under one reading", Subject.Of(teacher)).AsWarning()
        : Verdict.Unknown(["приказ"], "приказ не представлен", "the order is not presented", Subject.Of(teacher)).AsMissingDocument();
}

/// <summary>Verdict-level severity (benefit of the doubt), strict validation of missing documents, and a rule's basis.</summary>
public sealed class VerdictSeverityTests
{
    private static readonly MentoringValidator Validator = new(Fixtures.Ok(EditionCatalog.BundledFor(Fixtures.Ok(PolicyCatalog.Bundled.With(typeof(ReadingsRule))))));

    private static Mentoring.Domain.Cases.MentoringCase Case() => School().Teacher("m1").Teacher("t1").Build();

    [Fact]
    public void Validate_VerdictAsWarning_FindingIsAWarningOfAnErrorRule()
    {
        var report = Fixtures.Ok(Validator.Validate(Case(), "federal-2021", D(2024, 6, 1)));

        var finding = report.Of("test.readings").Single(f => f.Subjects[0].Id == "m1");
        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Severity.Error, finding.Policy.Severity);
    }

    [Fact]
    public void Validate_MissingDocument_UnknownUnlessStrict()
    {
        var plain = Fixtures.Ok(Validator.Validate(Case(), "federal-2021", D(2024, 6, 1)));
        var strict = Fixtures.Ok(Validator.Validate(Case(), "federal-2021", D(2024, 6, 1), new ValidationOptions { Strict = true }));

        Assert.Equal(Outcome.Unknown, plain.Of("test.readings").Single(f => f.Subjects[0].Id == "t1").Outcome);
        Assert.Equal(Outcome.Violated, strict.Of("test.readings").Single(f => f.Subjects[0].Id == "t1").Outcome);
        Assert.Equal(Outcome.Violated, strict.Of("test.readings").Single(f => f.Subjects[0].Id == "m1").Outcome);
    }

    [Fact]
    public void AsMissingDocument_OnAViolation_Throws()
    {
        var violated = Verdict.Violated("нарушено", "violated", Subject.Of(SubjectKind.Organization, "o", null));

        Assert.Throws<InvalidOperationException>(() => violated.AsMissingDocument());
    }

    [Fact]
    public void Descriptor_BasisAttribute_IsRead()
    {
        var policy = Fixtures.Ok(PolicyDescriptor.Of(typeof(ReadingsRule)));

        Assert.Equal(RuleBasis.Inference, policy.Basis);
        Assert.Equal("a test of the basis attribute", policy.BasisNote);
        Assert.Equal(RuleBasis.Stated, PolicyCatalog.Bundled.Find("program.duration")!.Basis);
    }
}
