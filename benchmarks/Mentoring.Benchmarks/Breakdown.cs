using System.Diagnostics;
using System.Globalization;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Benchmarks;

/// <summary>
/// Stopwatch measurements outside BenchmarkDotNet (no EventPipe, no profiler):
/// <c>cold</c> times a fresh process's first compile and first validation (run the process several times);
/// <c>breakdown [staff] [iterations]</c> splits one warm validation into facts / session / insert / fire / report, with
/// the empty-action rules beside the real ones.
/// </summary>
internal static class Breakdown
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static int Run(string[] args) => args[0] switch
    {
        "cold" => Cold(),
        "breakdown" => Phases(
            args.Length > 1 ? int.Parse(args[1], Invariant) : 26,
            args.Length > 2 ? int.Parse(args[2], Invariant) : 2000),
        _ => 2,
    };

    /// <summary>
    /// A fresh process: the time from process start to here (runtime start), generating the school, resolving the
    /// edition, compiling the rule set (NRules compiler and expression compilation, all cold), the first validation
    /// (session, insert, fire, report: JIT of the engine's and the rules' paths), a second one (warm), and the rule set
    /// compiled again by a new validator (warm JIT: the compilation alone).
    /// </summary>
    private static int Cold()
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var watch = Stopwatch.StartNew();
        var school = EngineVsValidationBenchmarks.School(26);
        var generate = Lap(watch);
        var edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var resolve = Lap(watch);
        validator.Compile(validator.ActivePolicies(edition));
        var compile = Lap(watch);
        var findings = validator.Validate(school, edition).Findings.Count;
        var first = Lap(watch);
        validator.Validate(school, edition);
        var second = Lap(watch);
        var again = new MentoringValidator(EditionCatalog.Bundled);
        again.Compile(again.ActivePolicies(edition));
        var recompile = Lap(watch);
        Console.WriteLine(string.Create(Invariant, $"runtime-to-main {sinceStart.TotalMilliseconds:F0} ms; generate {generate:F1}; resolve {resolve:F1}; compile {compile:F1}; first-validate {first:F1}; second-validate {second:F2}; recompile-warm {recompile:F1} ms; findings {findings}"));
        return 0;
    }

    private static double Lap(Stopwatch watch)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return ms;
    }

    /// <summary>Median time and allocation of each phase over many warm validations of one school.</summary>
    private static int Phases(int staff, int iterations)
    {
        var school = EngineVsValidationBenchmarks.School(staff);
        var edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var compiled = validator.Compile(validator.ActivePolicies(edition));
        var real = validator.Factory(edition);
        var empty = EmptyActions.Compile(compiled.Rules);
        string[] names = ["facts", "empty: session", "empty: insert", "empty: fire", "real: session", "real: insert", "real: fire (actions)", "validate (total)", "validate + messages"];
        var times = new double[names.Length][];
        var bytes = new long[names.Length];
        for (var p = 0; p < names.Length; p++)
        {
            times[p] = new double[iterations];
        }

        EngineVsValidationBenchmarks.Warm(() =>
        {
            var session = empty.CreateSession();
            session.InsertAll(MentoringValidator.Facts(school, new Evaluation(school, edition, redact: false)));
            session.Fire();
            _ = validator.Validate(school, edition).Findings.Sum(f => f.MessageRu.Length + f.MessageEn.Length);
        });
        var facts = 0;
        for (var i = -iterations / 10; i < iterations; i++)
        {
            var k = Math.Max(i, 0);
            var record = i >= 0;
            var phase = 0;
            var t = Stopwatch.GetTimestamp();
            var a = GC.GetAllocatedBytesForCurrentThread();
            void Mark()
            {
                var now = Stopwatch.GetTimestamp();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                if (record)
                {
                    times[phase][k] = Stopwatch.GetElapsedTime(t, now).TotalMicroseconds;
                    bytes[phase] += allocated - a;
                }

                phase++;
                t = Stopwatch.GetTimestamp();
                a = GC.GetAllocatedBytesForCurrentThread();
            }

            var list = MentoringValidator.Facts(school, new Evaluation(school, edition, redact: false));
            facts = list.Count;
            Mark();
            var session = empty.CreateSession();
            Mark();
            session.InsertAll(list);
            Mark();
            session.Fire();
            Mark();
            list = MentoringValidator.Facts(school, new Evaluation(school, edition, redact: false));
            t = Stopwatch.GetTimestamp();
            a = GC.GetAllocatedBytesForCurrentThread();
            session = real.CreateSession();
            session.DependencyResolver = new VerdictSink();
            Mark();
            session.InsertAll(list);
            Mark();
            session.Fire();
            Mark();
            validator.Validate(school, edition);
            Mark();
            foreach (var finding in validator.Validate(school, edition).Findings)
            {
                _ = finding.MessageRu.Length + finding.MessageEn.Length;
            }

            Mark();
        }

        Console.WriteLine(string.Create(Invariant, $"School of {school.Teachers.Count} staff, {school.Pairs.Count} pairs, {facts} facts, {compiled.Rules.Length} rules; median of {iterations} warm iterations; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        for (var p = 0; p < names.Length; p++)
        {
            Array.Sort(times[p]);
            Console.WriteLine(string.Create(Invariant, $"  {names[p],-22} {times[p][iterations / 2],9:F1} µs  {bytes[p] / iterations / 1024.0,8:F1} KB"));
        }

        return 0;
    }
}
