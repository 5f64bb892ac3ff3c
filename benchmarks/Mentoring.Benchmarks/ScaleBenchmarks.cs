using BenchmarkDotNet.Attributes;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Benchmarks;

/// <summary>
/// Validation at scale over synthetic organizations (seed 1, 10% defects, federal-2021 on 2024-06-30): one school
/// (latency), a region of 30,000 teachers (about 1,150 organizations, sequential), and re-validation of an open school
/// after one change. The whole country is measured by the Mentoring.Samples.Scale console (a 30-second run).
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private readonly MentoringValidator _validator = new(EditionCatalog.Bundled);
    private ResolvedEdition _edition = null!;
    private MentoringCase _school = null!;
    private MentoringCase[] _region = null!;
    private LiveValidation _live = null!;
    private Consent _consent = null!;
    private Consent _late = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 1, ViolationShare = 0.1 });
        _edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        _school = generator.Organization(0).Case;
        _region = [.. generator.Region(30_000).Select(o => o.Case)];
        EngineVsValidationBenchmarks.Warm(() => OneSchoolWithMessages());
        _live = _validator.Open(_school, _edition);
        _consent = _school.Consents.First(c => c.Kind == ConsentKind.MentorParticipation);
        _late = Consent.Create(_consent.Id, _consent.Kind, _consent.GivenBy, new DateOnly(2023, 9, 20)).Value;
    }

    [GlobalCleanup]
    public void Cleanup() => _live.Dispose();

    /// <summary>
    /// One school of 26 staff and 9 pairs: a fresh NRules session, 172 facts, 31 rules, the report (outcomes, subjects,
    /// parameters; the messages are written when first read, so a host that counts or filters findings pays no more).
    /// </summary>
    [Benchmark]
    public int OneSchool() => _validator.Validate(_school, _edition).Findings.Count;

    /// <summary>One school, and every finding's message read in both languages and its facts: what a host that prints the report pays.</summary>
    [Benchmark]
    public int OneSchoolWithMessages()
    {
        var length = 0;
        foreach (var finding in _validator.Validate(_school, _edition).Findings)
        {
            length += finding.MessageRu.Length + finding.MessageEn.Length + finding.Facts.Count;
        }

        return length;
    }

    /// <summary>A region of 30,000 teachers, one organization after another on one thread.</summary>
    [Benchmark]
    public int Region30kTeachers()
    {
        var findings = 0;
        foreach (var @case in _region)
        {
            findings += _validator.Validate(@case, _edition).Findings.Count;
        }

        return findings;
    }

    /// <summary>
    /// An open school after one change (a mentor's consent given late, then back): the case rebuilt with the change and
    /// the organization validated again in a fresh session (what <see cref="LiveValidation"/> does), and the report.
    /// </summary>
    [Benchmark]
    public int IncrementalOneChange()
    {
        var (from, to) = _flip ? (_late, _consent) : (_consent, _late);
        _flip = !_flip;
        _live.Replace(from, to);
        return _live.Report.Findings.Count;
    }
}
