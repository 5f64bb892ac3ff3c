using System.Collections.Concurrent;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

/// <summary>Validates a stream of generated organizations in parallel and counts what the reports say.</summary>
internal static class ScaleRun
{
    /// <summary>Validates each organization as it is generated (generation too runs on the worker threads).</summary>
    internal static Summary Validate(MentoringValidator validator, ResolvedEdition edition, IEnumerable<SyntheticOrganization> organizations, int threads)
    {
        var totals = new ConcurrentBag<Summary>();
        Parallel.ForEach(
            Partitioner.Create(organizations, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Summary(),
            (organization, _, local) =>
            {
                var report = validator.Validate(organization.Case, edition);
                local.Organizations++;
                local.Teachers += organization.Teachers;
                local.Pairs += organization.Pairs;
                local.Injected += organization.Injected.Count;
                var violated = false;
                foreach (var finding in report.Findings)
                {
                    local.Findings++;
                    switch (finding.Outcome)
                    {
                        case Outcome.Violated: local.Violated++; violated = true; break;
                        case Outcome.Unknown: local.Unknown++; break;
                        case Outcome.Satisfied: local.Satisfied++; break;
                        default: local.NotApplicable++; break;
                    }
                }

                local.WithViolation += violated ? 1 : 0;
                return local;
            },
            totals.Add);
        var sum = new Summary();
        foreach (var t in totals)
        {
            sum.Add(t);
        }

        return sum;
    }

    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    internal sealed class Summary
    {
        public long Organizations { get; set; }

        public long Teachers { get; set; }

        public long Pairs { get; set; }

        public long Injected { get; set; }

        public long Findings { get; set; }

        public long Violated { get; set; }

        public long Unknown { get; set; }

        public long Satisfied { get; set; }

        public long NotApplicable { get; set; }

        public long WithViolation { get; set; }

        public void Add(Summary other)
        {
            Organizations += other.Organizations;
            Teachers += other.Teachers;
            Pairs += other.Pairs;
            Injected += other.Injected;
            Findings += other.Findings;
            Violated += other.Violated;
            Unknown += other.Unknown;
            Satisfied += other.Satisfied;
            NotApplicable += other.NotApplicable;
            WithViolation += other.WithViolation;
        }
    }
}
