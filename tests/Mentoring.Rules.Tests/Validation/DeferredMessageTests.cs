using FsCheck.Xunit;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Messages;

/// <summary>Messages (and subjects' names) written on first read: once, the same text, safe from many threads.</summary>
public sealed class DeferredMessageTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    [Fact]
    public void Violated_WithWriters_WritesEachMessageOnlyWhenFirstRead()
    {
        var ru = 0;
        var en = 0;

        var verdict = Verdict.Violated(() => $"нарушено {++ru}", () => $"violated {++en}", Subject.Of(SubjectKind.Person, "p-1"));

        Assert.Equal((0, 0), (ru, en));
        Assert.Equal("violated 1", verdict.MessageEn);
        Assert.Equal((0, 1), (ru, en));
        Assert.Equal("нарушено 1", verdict.MessageRu);
        Assert.Same(verdict.MessageRu, verdict.MessageRu);
        Assert.Equal("violated 1", verdict.MessageEn);
        Assert.Equal((1, 1), (ru, en));
    }

    [Fact]
    public void Unknown_WithWriters_KeepsTheMissingFactsAsGiven()
    {
        var verdict = Verdict.Unknown(["дата приказа"], () => "нет даты", () => "no date");

        Assert.Equal(Outcome.Unknown, verdict.Outcome);
        Assert.Equal(["дата приказа"], verdict.Missing);
        Assert.Equal("no date", verdict.MessageEn);
    }

    [Fact]
    public void Satisfied_WriterThatWritesNothing_FailsWhenRead()
    {
        var verdict = Verdict.Satisfied(() => " ", () => "holds");

        var error = Assert.Throws<InvalidOperationException>(() => verdict.MessageRu);
        Assert.Contains("empty message", error.Message, StringComparison.Ordinal);
        Assert.Equal("holds", verdict.MessageEn);
    }

    [Fact]
    public void Satisfied_NullWriter_IsRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => Verdict.Satisfied(null!, () => "holds"));
        Assert.Throws<ArgumentNullException>(() => Verdict.Violated(() => "нарушено", null!));
        Assert.Throws<ArgumentException>(() => Verdict.Violated(" ", "broken"));
    }

    [Fact]
    public void Validate_MessagesReadFromManyThreadsAtOnce_AreTheTextsReadOneByOne()
    {
        var @case = ViolationsCase();
        var expected = Validator.Validate(@case, "krasnokutsky-2022", new DateOnly(2024, 6, 30)).Value.Findings
            .Select(f => (f.MessageRu, f.MessageEn)).ToArray();
        var report = Validator.Validate(@case, "krasnokutsky-2022", new DateOnly(2024, 6, 30)).Value;

        var read = new (string Ru, string En)[8][];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            // Each thread starts at another finding, so that threads write different messages at the same time.
            var findings = report.Findings;
            read[t] = new (string, string)[findings.Count];
            for (var k = 0; k < findings.Count; k++)
            {
                var i = (k + (t * findings.Count / read.Length)) % findings.Count;
                read[t][i] = (findings[i].MessageRu, findings[i].MessageEn);
            }
        });

        Assert.True(expected.Length > 20, "the sample case has findings to read");
        Assert.All(read, texts => Assert.Equal(expected, texts));
    }

    [Fact]
    public void Validate_Redacted_WritesIdentifiersWhereNamesWouldBe()
    {
        var @case = ViolationsCase();
        var named = Validator.Validate(@case, "krasnokutsky-2022", new DateOnly(2024, 6, 30)).Value;
        var redacted = Validator.Validate(@case, "krasnokutsky-2022", new DateOnly(2024, 6, 30), new ValidationOptions { Redact = true }).Value;

        var names = @case.People.Select(p => p.Name.ShortName).ToArray();
        Assert.Contains(named.Findings, f => names.Any(n => f.MessageRu.Contains(n, StringComparison.Ordinal)));
        Assert.DoesNotContain(redacted.Findings, f => names.Any(n => f.MessageRu.Contains(n, StringComparison.Ordinal) || f.MessageEn.Contains(n, StringComparison.Ordinal)));
        Assert.All(redacted.Findings.SelectMany(f => f.Subjects).Where(s => s.Kind == SubjectKind.Person), s => Assert.Null(s.Name));
    }

    [Fact]
    public void SubjectOf_Consent_NamesItFromTheConsentAndRedactsToNoName()
    {
        var consent = Consent.Create(DocumentId.Create("c-7").Value, ConsentKind.MentorParticipation, PersonId.Create("t-1").Value, new DateOnly(2023, 8, 28)).Value;

        var subject = Subject.Of(consent);

        Assert.Equal(SubjectKind.Document, subject.Kind);
        Assert.Equal("c-7", subject.Id);
        Assert.Equal($"{ConsentKind.MentorParticipation.Term().NameRu} от 28.08.2023", subject.Name);
        Assert.Null(subject.Redacted().Name);
        Assert.Equal(subject, subject.Redacted());
    }

    private static Domain.Cases.MentoringCase ViolationsCase()
    {
        var read = CaseFile.Read(Fixtures.InRoot("samples", "data", "krasnokutsky-2022", "violations.json"));
        Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors));
        return Assert.Single(read.Value!.Cases);
    }
}

/// <summary>The report order: the sort by rule, then within each rule, is the stable sort by the whole order.</summary>
public sealed class FindingOrderTests
{
    private static readonly IReadOnlyList<PolicyDescriptor> Policies = PolicyCatalog.Bundled.Policies;

    [Property(Arbitrary = new[] { typeof(ValidationArbitraries) })]
    public void Sort_AnyFindings_IsTheStableSortByTheReportOrder(FindingParts generated)
    {
        var ranks = new Dictionary<PolicyDescriptor, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Policies.Count; i++)
        {
            ranks.Add(Policies[i], i);
        }
        var findings = generated.Parts.Select((p, i) => new Finding(
            "org",
            Policies[p.Rule * 7],
            (Outcome)p.Outcome,
            $"сообщение {p.Message}",
            $"message {p.Message}",
            p.Second == 0
                ? [Subject.Of((SubjectKind)(1 + (p.First % 2)), $"s{p.First}")]
                : [Subject.Of((SubjectKind)(1 + (p.First % 2)), $"s{p.First}"), Subject.Of(SubjectKind.Person, $"t{p.Second}")],
            [new FactReference("Fact", i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [],
            [])).ToList();

        var expected = findings.Order(MentoringValidator.FindingOrder.Instance).ToArray();
        var sorted = MentoringValidator.FindingOrder.Sort(findings, ranks);

        Assert.Equal(expected, sorted);
    }
}
