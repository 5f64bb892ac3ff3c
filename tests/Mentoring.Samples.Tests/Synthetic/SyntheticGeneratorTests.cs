using FsCheck.Xunit;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Samples.Tests.Synthetic;

public sealed class SyntheticGeneratorTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    [Property(Arbitrary = new[] { typeof(SyntheticArbitraries) })]
    public bool SameSeed_GivesTheSameCaseFiles_ByteForByte(GeneratorRun run)
    {
        var (seed, first, share) = run;
        var options = new SyntheticOptions { Seed = seed, ViolationShare = share };
        var a = Files(new SyntheticGenerator(options), first);
        var b = Files(new SyntheticGenerator(options with { }), first);
        return a.Count == b.Count && a.Zip(b).All(p => p.First.AsSpan().SequenceEqual(p.Second));
    }

    [Fact]
    public void OrganizationsDoNotDependOnTheOrderTheyAreMadeIn()
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 7, ViolationShare = 0.2 });
        var forward = generator.Organizations(100, 3).Select(o => Bytes(o)).ToList();
        var alone = Bytes(generator.Organization(101));

        Assert.Equal(forward[1], alone);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentOrganizations()
    {
        var a = Bytes(new SyntheticGenerator(new SyntheticOptions { Seed = 1 }).Organization(0));
        var b = Bytes(new SyntheticGenerator(new SyntheticOptions { Seed = 2 }).Organization(0));

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void EveryGeneratedCase_BuildsAndReadsBackThroughCaseFile()
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 3, ViolationShare = 0.3 });
        foreach (var organization in generator.Organizations(0, 40))
        {
            var bytes = Bytes(organization);
            var read = CaseFile.Read(bytes);

            Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors));
            var back = Assert.Single(read.Value.Cases);
            Assert.Equal(organization.Case.Organization.Id, back.Organization.Id);
            Assert.Equal(organization.Case.Teachers.Count, back.Teachers.Count);
            Assert.Equal(organization.Case.Pairs.Count, back.Pairs.Count);
            Assert.Equal(bytes, Bytes(back));
        }
    }

    [Fact]
    public void WriteCaseFiles_WritesOneFilePerOrganization()
    {
        var folder = Path.Combine(Path.GetTempPath(), "synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = new SyntheticGenerator(new SyntheticOptions()).WriteCaseFiles(folder, 10, 3);

            Assert.Equal(3, paths.Count);
            Assert.All(paths, p => Assert.True(CaseFile.Read(p).IsSuccess));
            Assert.EndsWith("org-00010.json", paths[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ShareZero_Federal2021FindsNoViolation()
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 11, ViolationShare = 0 });
        foreach (var organization in generator.Organizations(0, 60))
        {
            var report = Validator.Validate(organization.Case, SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
            var problems = report.Findings.Where(f => f.Outcome is Outcome.Violated or Outcome.Unknown).ToList();

            Assert.True(problems.Count == 0, $"{organization.Case.Organization.Id}: {string.Join(" | ", problems.Select(p => $"{p.RuleId}: {p.MessageEn}"))}");
            Assert.Empty(organization.Injected);
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    public void ViolationShare_IsHonouredWithinATolerance(double share)
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 5, ViolationShare = share });
        var pairs = 0;
        var defective = 0;
        var found = 0;
        foreach (var organization in generator.Organizations(0, 120))
        {
            pairs += organization.Pairs;
            defective += organization.Injected.Count;
            var report = Validator.Validate(organization.Case, SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
            var flagged = report.Findings
                .Where(f => f.Outcome is Outcome.Violated or Outcome.Unknown)
                .SelectMany(f => f.Subjects.Select(s => s.Id))
                .ToHashSet(StringComparer.Ordinal);
            found += organization.Injected.Count(v => flagged.Contains(v.SubjectId));
        }

        // About 1,100 pairs: the injected share is within ±0.04 of the asked one, and validation finds every defect.
        Assert.InRange((double)defective / pairs, share - 0.04, share + 0.04);
        Assert.Equal(defective, found);
    }

    private static List<byte[]> Files(SyntheticGenerator generator, int first) =>
        [.. generator.Organizations(first, 2).Select(Bytes)];

    private static byte[] Bytes(SyntheticOrganization organization) => Bytes(organization.Case);

    private static byte[] Bytes(Mentoring.Domain.Cases.MentoringCase @case)
    {
        using var stream = new MemoryStream();
        CaseFile.Write(@case, stream);
        return stream.ToArray();
    }
}
