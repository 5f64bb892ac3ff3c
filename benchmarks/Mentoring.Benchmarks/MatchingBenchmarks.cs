using BenchmarkDotNet.Attributes;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Registries;

namespace Mentoring.Benchmarks;

/// <summary>
/// Exact matching of one region: 5,000 mentees and 2,000 mentors in 400 schools of 40 municipalities, scored by every
/// criterion and assigned by min-cost flow per connected component. Reach: the mentee's school, or the municipality.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MatchingBenchmarks
{
    private static readonly string[] Subjects =
    [
        "математика", "физика", "химия", "биология", "история", "литература", "английский", "информатика ИКТ",
        "география", "музыка", "технология", "классное руководство", "ОГЭ", "ЕГЭ", "проектная деятельность учащихся",
    ];

    private List<MentorCandidate> _mentors = [];
    private List<MenteeCandidate> _mentees = [];
    private MatchingOptions _school = MatchingOptions.Default;
    private MatchingOptions _municipality = MatchingOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240901);
        string Words(int count) => string.Join(", ", Enumerable.Range(0, count).Select(_ => Subjects[random.Next(Subjects.Length)]));
        _mentors = [.. Enumerable.Range(0, 2_000).Select(j =>
        {
            var school = random.Next(400);
            return MentorCandidate.Create(
                $"M{j:D5}",
                workplace: $"school-{school:D3}",
                municipality: $"mun-{school % 40:D2}",
                competences: [Words(1), Words(2)],
                experienceYears: random.Next(0, 35),
                preferredMenteeAge: random.Next(3) == 0 ? AgeRange.Create(22, 40).Value : null,
                hoursPerWeek: random.Next(1, 5)).Value;
        })];
        _mentees = [.. Enumerable.Range(0, 5_000).Select(i =>
        {
            var school = random.Next(400);
            return MenteeCandidate.Create(
                $"E{i:D5}",
                workplace: $"school-{school:D3}",
                municipality: $"mun-{school % 40:D2}",
                mainRequest: $"{Words(2)} для молодого педагога",
                age: random.Next(21, 45)).Value;
        })];
        _school = MatchingOptions.Create(maxMenteesPerMentor: 3, minExperienceYears: 3).Value;
        _municipality = MatchingOptions.Create(maxMenteesPerMentor: 3, minExperienceYears: 3, locality: MatchingLocality.Municipality).Value;
    }

    [Benchmark]
    public long RegionSchoolReach() => Matcher.Match(_mentors, _mentees, _school).Value.TotalFit;

    [Benchmark]
    public long RegionMunicipalReach() => Matcher.Match(_mentors, _mentees, _municipality).Value.TotalFit;
}
