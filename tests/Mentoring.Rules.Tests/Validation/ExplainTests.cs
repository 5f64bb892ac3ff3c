using Mentoring.Rules.Editions;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using Outcome = Mentoring.Rules.Policies.Outcome;

namespace Mentoring.Rules.Tests.Explaining;

public sealed class ExplainTests
{
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static MentoringValidator Validator()
    {
        var edition = Fixtures.Ok(new EditionBuilder("test")
            .Titled("Тест", "Test")
            .Set("program.duration", "maxMonths", 6)
            .Set("school.teacher-seen", "label", "fancy")
            .Build(Fixtures.Policies));
        return new MentoringValidator(Fixtures.Ok(EditionCatalog.Empty(Fixtures.Policies).With(edition)));
    }

    private static Mentoring.Domain.Cases.MentoringCase WithProgram() =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31)).Build();

    [Fact]
    public void Explain_RuleThatFired_GivesMetadataParametersWithSourcesAndFindings()
    {
        var explanation = Fixtures.Ok(Validator().Explain(WithProgram(), "test", AsOf, "program.duration"));

        Assert.Equal("program.duration", explanation.Policy.Id);
        Assert.Equal("002 §1 (понятия)", explanation.Policy.Source);
        Assert.True(explanation.Enabled);
        Assert.True(explanation.InForce);
        Assert.Contains(explanation.Parameters, p => p.Name == "maxMonths" && Equals(p.Value, 6) && p.Source == "test");
        Assert.Contains(explanation.Parameters, p => p.Name == "minMonths" && Equals(p.Value, 3) && p.Source == "default");
        var finding = Assert.Single(explanation.Findings);
        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Null(explanation.WhyNot);
        Assert.Contains("maxMonths = 6 (test)", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RuleThatDidNotFire_IncludesTheEnginesWhyNot()
    {
        var @case = School().Teacher("m1").Build();

        var explanation = Fixtures.Ok(Validator().Explain(@case, "test", AsOf, "program.duration"));

        Assert.NotNull(explanation.WhyNot);
        Assert.False(explanation.WhyNot.Matches);
        Assert.Contains("PersonalizedProgram", explanation.WhyNot.ToString(), StringComparison.Ordinal);
        Assert.Equal(Outcome.NotApplicable, Assert.Single(explanation.Findings).Outcome);
        Assert.Contains("why not:", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FactTheRuleSkips_WhyNotNamesTheFailingCondition()
    {
        var @case = School().Teacher("m1").Teacher("t1", pedagogical: false).Build();
        var outsider = @case.People.Single(p => p.Id.Value == "t1");

        var explanation = Fixtures.Ok(Validator().Explain(@case, "test", AsOf, "school.teacher-seen", outsider));

        Assert.Same(outsider, explanation.Fact);
        Assert.NotNull(explanation.WhyNot);
        Assert.False(explanation.WhyNot.Matches);
        Assert.Contains("IsPedagogicalWorker", explanation.WhyNot.ToString(), StringComparison.Ordinal);
        Assert.Contains(explanation.Findings, f => f.MessageEn == "fancy: m1");
    }

    [Fact]
    public void Explain_FactTheRuleSkips_EnginesOwnRejectionNamesTheConditionFalseForThatFact()
    {
        var @case = School().Teacher("m1").Teacher("t1", pedagogical: false).Build();
        var outsider = @case.People.Single(p => p.Id.Value == "t1");

        var whyNot = Fixtures.Ok(Validator().Explain(@case, "test", AsOf, "school.teacher-seen", outsider)).WhyNot;

        Assert.NotNull(whyNot);
        var rejection = Assert.Single(whyNot.Rejections);
        Assert.Contains("IsPedagogicalWorker", rejection, StringComparison.Ordinal);
        Assert.Contains("was false for", rejection, StringComparison.Ordinal);
        Assert.Contains("engine: ", whyNot.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RuleWithOrThatDidNotFire_ExplainsEachBranch()
    {
        var @case = School().Teacher("m1").Build();

        var whyNot = Fixtures.Ok(Validator().Explain(@case, "test", AsOf, "consent.personal-data")).WhyNot;

        Assert.NotNull(whyNot);
        Assert.Equal([0, 1], whyNot.Findings.Select(f => f.Branch).Order());
        Assert.Contains(whyNot.Findings, f => f.Reason.Contains("no MentorRecord fact", StringComparison.Ordinal));
        Assert.Contains(whyNot.Findings, f => f.Reason.Contains("no MenteeRecord fact", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_MentorWithoutPairs_NamesTheConditionThatDidNotHold()
    {
        var edition = Fixtures.Ok(new EditionBuilder("capped").Titled("Тест", "Test").Enable("mentor.max-mentees").Build(Fixtures.Policies));
        var validator = new MentoringValidator(Fixtures.Ok(EditionCatalog.Empty(Fixtures.Policies).With(edition)));
        var @case = School().Teacher("m1").Teacher("t1").Build();
        var mentor = @case.People.Single(p => p.Id.Value == "m1");

        var whyNot = Fixtures.Ok(validator.Explain(@case, "capped", AsOf, "mentor.max-mentees", mentor)).WhyNot;

        Assert.NotNull(whyNot);
        var finding = Assert.Single(whyNot.Findings);
        // mentor.max-mentees takes the mentor's pairs by key (PairsMentoredBy) in the mentor's pattern: that condition is named.
        Assert.Contains("PairsMentoredBy", finding.ElementText + finding.Reason, StringComparison.Ordinal);
        Assert.Contains("had no match", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_QueryWithHavingThatDidNotHold_NamesTheHavingCondition()
    {
        var edition = Fixtures.Ok(new EditionBuilder("three").Titled("Тест", "Test").Enable("school.three-teachers").Build(Fixtures.Policies));
        var validator = new MentoringValidator(Fixtures.Ok(EditionCatalog.Empty(Fixtures.Policies).With(edition)));
        var @case = School().Teacher("m1").Teacher("t1").Build();

        var whyNot = Fixtures.Ok(validator.Explain(@case, "three", AsOf, "school.three-teachers")).WhyNot;

        Assert.NotNull(whyNot);
        var finding = Assert.Single(whyNot.Findings);
        Assert.Contains("teachers.Count()", finding.ElementText + finding.Reason, StringComparison.Ordinal);
        Assert.Contains("was false for the query's result", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RuleOff_SaysWhichEditionAndGivesNoWhyNot()
    {
        var explanation = Fixtures.Ok(Validator().Explain(WithProgram(), "test", AsOf, "school.optional"));

        Assert.False(explanation.Enabled);
        Assert.Equal("default", explanation.EnabledSource);
        Assert.Empty(explanation.Findings);
        Assert.Null(explanation.WhyNot);
        Assert.Contains("off (default)", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownRule_ReportsMR0101()
    {
        var error = Assert.Single(Validator().Explain(WithProgram(), "test", AsOf, "no.such-rule").ValidationErrors);

        Assert.Equal("MR0101", error.ErrorCode);
    }

    [Fact]
    public void Explain_UnknownEdition_ReportsMR0202()
    {
        var error = Assert.Single(Validator().Explain(WithProgram(), "nowhere", AsOf, "program.duration").ValidationErrors);

        Assert.Equal("MR0202", error.ErrorCode);
    }

    [Fact]
    public void Validate_AfterExplain_ReportIsUnchanged()
    {
        var validator = Validator();
        var before = Fixtures.Ok(validator.Validate(WithProgram(), "test", AsOf));

        _ = validator.Explain(WithProgram(), "test", AsOf, "program.duration");
        var after = Fixtures.Ok(validator.Validate(WithProgram(), "test", AsOf));

        Assert.Equal(before.Findings.Select(f => f.ToString()), after.Findings.Select(f => f.ToString()));
    }
}
