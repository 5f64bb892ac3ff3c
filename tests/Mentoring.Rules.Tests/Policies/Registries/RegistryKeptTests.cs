using Mentoring.Domain.Registries;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Registries;

public sealed class RegistryKeptTests
{
    private const string Rule = "registry.kept";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Mentors(CaseBuilder builder, int records) =>
        builder.With(b => b.WithMentorRegistry(Ok(MentorRegistry.Create(
            Org(),
            Enumerable.Range(1, records).Select(i => Ok(MentorRecord.Create(Ok(Mentoring.Domain.RegistryRecordId.Create($"mr{i}")), $"Наставник{i} Имя Отчество")))))));

    [Fact]
    public void Validate_BothBasesKept_SatisfiedCountingRecords()
    {
        var finding = PolicyRunner.FindingFor(Mentors(School().Running(D(2023, 9, 1)), 1).MenteeEntries(D(2023, 9, 1), D(2023, 9, 2)).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("(1 запись)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("(2 записи)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("(2 records)", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Clause002Section2_BaseNotPresented_UnknownMissingDocument()
    {
        var finding = PolicyRunner.FindingFor(School().Running(D(2023, 9, 1)).MenteeEntries(D(2023, 9, 1)).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("база наставников", finding.Missing);
        Assert.Contains("база наставников не представлена", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("отсутствует", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Strict_NoBases_Violated()
    {
        var edition = new EditionBuilder(PolicyRunner.EditionId).Titled("Тестовая редакция", "Test edition").Build(PolicyCatalog.Bundled).Value;
        var validator = new MentoringValidator(EditionCatalog.Empty(PolicyCatalog.Bundled).With(edition).Value);

        var report = validator.Validate(School().Running(D(2023, 9, 1)).Build(), PolicyRunner.EditionId, AsOf, new ValidationOptions { Strict = true }).Value;
        var finding = Assert.Single(report.Of(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("базы наставников и наставляемых не представлены", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyBaseWhilePairsExist_Warning()
    {
        var finding = PolicyRunner.FindingFor(Mentors(School().Running(D(2023, 9, 1)), 0).MenteeEntries(D(2023, 9, 1)).Build(), AsOf, Rule, OrganizationId);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("база наставников не содержит ни одной записи", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoMentoring_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(School().Build(), AsOf, Rule)).Outcome);
}
