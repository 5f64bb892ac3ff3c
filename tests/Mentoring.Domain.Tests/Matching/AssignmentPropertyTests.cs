using FsCheck.Xunit;
using Mentoring.Domain.Matching;
using static Mentoring.Domain.Tests.Matching.MatchingBuilders;

namespace Mentoring.Domain.Tests.Matching;

public sealed class AssignmentPropertyTests
{
    private static readonly string[] Words = ["математика", "химия", "ИКТ", "урок", "физика", "литература", "классное руководство"];

    /// <summary>A small random instance: 1–6 mentees, 1–4 mentors, capacities 1–3, two schools, optional rules at random.</summary>
    private sealed record Instance(List<MentorCandidate> Mentors, List<MenteeCandidate> Mentees, MatchingOptions Options)
    {
        public static Instance Random(int seed)
        {
            var random = new Random(seed);
            string Pick(params string[] from) => from[random.Next(from.Length)];
            string[] Some() => [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Words[random.Next(Words.Length)])];
            var mentors = Enumerable.Range(0, random.Next(1, 5)).Select(j => Mentor(
                $"M{j}",
                workplace: Pick("a", "b"),
                competences: Some(),
                experience: random.Next(3) == 0 ? null : random.Next(0, 25),
                age: random.Next(3) == 0 ? (random.Next(20, 30), random.Next(30, 50)) : null,
                hours: random.Next(1, 4),
                current: random.Next(4) == 0 ? 1 : 0)).ToList();
            var mentees = Enumerable.Range(0, random.Next(1, 7)).Select(i => Mentee(
                $"E{i}",
                workplace: Pick("a", "b"),
                request: random.Next(5) == 0 ? null : string.Join(" и ", Some().DefaultIfEmpty("урок")),
                age: random.Next(4) == 0 ? null : random.Next(20, 50))).ToList();
            var options = MatchingBuilders.Options(
                max: random.Next(3) == 0 ? random.Next(1, 4) : null,
                minExperience: random.Next(3) == 0 ? 5 : null,
                allowVirtual: random.Next(3) == 0,
                requireProfile: random.Next(2) == 0);
            return new Instance(mentors, mentees, options);
        }

    }

    private static long BruteForce(Instance instance)
    {
        var n = instance.Mentees.Count;
        var capacity = instance.Mentors.Select(m => Scorer.Capacity(m, instance.Options, Math.Max(1, n))).ToArray();
        var fits = instance.Mentees.Select(e => instance.Mentors.Select(m => Matcher.Score(m, e, instance.Options)).ToArray()).ToArray();
        long best = 0;
        void Search(int i, long total)
        {
            if (i == n)
            {
                best = Math.Max(best, total);
                return;
            }

            Search(i + 1, total);
            for (var j = 0; j < capacity.Length; j++)
            {
                if (capacity[j] > 0 && fits[i][j].IsAdmissible)
                {
                    capacity[j]--;
                    Search(i + 1, total + fits[i][j].Total);
                    capacity[j]++;
                }
            }
        }

        Search(0, 0);
        return best;
    }

    private static string Signature(MatchingResult result) =>
        string.Join(" | ", result.Groups.Select(g => $"{g.Mentor.Id}:{string.Join(",", g.Pairs.Select(p => p.Mentee.Id))}"))
        + " / " + string.Join(",", result.Unmatched.Select(u => $"{u.Mentee.Id}={u.Reason}"))
        + " / " + string.Join(",", result.Inadmissible.Select(f => $"{f.Mentor.Id}-{f.Mentee.Id}:{f.ExcludedBy}"))
        + $" / {result.TotalFit}";

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Match_RandomSmallInstances_TotalFitEqualsBruteForceOptimum(MatchingSeed seed)
    {
        var instance = Instance.Random(seed.Value);
        var result = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        return result.TotalFit == BruteForce(instance);
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Match_RandomInstances_NoMentorOverCapacity(MatchingSeed seed)
    {
        var instance = Instance.Random(seed.Value);
        var result = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        return result.Groups.All(g => g.Pairs.Count <= Scorer.Capacity(g.Mentor, instance.Options, instance.Mentees.Count)
            && (instance.Options.MaxMenteesPerMentor is not { } max || g.Pairs.Count + g.Mentor.CurrentMentees <= max));
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Match_RandomInstances_NoInadmissiblePairAndEachMenteeOnce(MatchingSeed seed)
    {
        var instance = Instance.Random(seed.Value);
        var result = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        var assigned = result.Assignments.ToList();
        return assigned.All(p => Matcher.Score(p.Mentor, p.Mentee, instance.Options) is { IsAdmissible: true } fit && fit.Total == p.Total)
            && assigned.Select(p => p.Mentee.Id).Distinct().Count() == assigned.Count
            && assigned.Count + result.Unmatched.Count == instance.Mentees.Count
            && result.Inadmissible.All(f => !f.IsAdmissible);
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Match_ShuffledInput_SameOutput(MatchingSeed seed)
    {
        var instance = Instance.Random(seed.Value);
        var first = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        var again = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        var random = new Random(seed.Value);
        var shuffled = Matcher.Match(
            instance.Mentors.OrderBy(_ => random.Next()).ToList(),
            instance.Mentees.OrderBy(_ => random.Next()).ToList(),
            instance.Options).Value;
        return Signature(first) == Signature(again) && Signature(first) == Signature(shuffled);
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Match_RandomInstances_UnmatchedWithAdmissibleMentorsOnlyWhenAllAreFull(MatchingSeed seed)
    {
        var instance = Instance.Random(seed.Value);
        var result = Matcher.Match(instance.Mentors, instance.Mentees, instance.Options).Value;
        var taken = result.Groups.ToDictionary(g => g.Mentor.Id, g => g.Pairs.Count);
        return result.Unmatched.All(u => u.Reason == UnmatchedReason.NoAdmissibleMentor
            ? u.Admissible.Count == 0 && instance.Mentors.All(m => !Matcher.Score(m, u.Mentee, instance.Options).IsAdmissible)
            : u.Admissible.Count != 0 && u.Admissible.All(f =>
                taken.GetValueOrDefault(f.Mentor.Id) == Scorer.Capacity(f.Mentor, instance.Options, instance.Mentees.Count)));
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) })]
    public bool Solve_RandomWeights_TotalEqualsBruteForce(MatchingSeed seed)
    {
        var random = new Random(seed.Value);
        var n = random.Next(1, 7);
        var capacities = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(1, 4)).ToArray();
        var weights = new long[n, capacities.Length];
        var edges = new List<(int Mentee, int Mentor, long Fit)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < capacities.Length; j++)
            {
                weights[i, j] = random.Next(3) == 0 ? 0 : random.Next(1, 101);
                if (weights[i, j] > 0)
                {
                    edges.Add((i, j, weights[i, j]));
                }
            }
        }

        var assigned = AssignmentSolver.Solve(n, capacities, edges);
        var load = new int[capacities.Length];
        long total = 0;
        for (var i = 0; i < n; i++)
        {
            if (assigned[i] >= 0)
            {
                load[assigned[i]]++;
                total += weights[i, assigned[i]];
            }
        }

        var left = (int[])capacities.Clone();
        long best = 0;
        void Search(int i, long sum)
        {
            if (i == n)
            {
                best = Math.Max(best, sum);
                return;
            }

            Search(i + 1, sum);
            for (var j = 0; j < left.Length; j++)
            {
                if (left[j] > 0 && weights[i, j] > 0)
                {
                    left[j]--;
                    Search(i + 1, sum + weights[i, j]);
                    left[j]++;
                }
            }
        }

        Search(0, 0);
        return total == best
            && load.Zip(capacities).All(p => p.First <= p.Second)
            && Enumerable.Range(0, n).All(i => assigned[i] < 0 || weights[i, assigned[i]] > 0);
    }
}
