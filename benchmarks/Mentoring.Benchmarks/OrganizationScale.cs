using System.Diagnostics;
using System.Globalization;
using Mentoring.Domain.Cases;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;
using NRules;
using NRules.Fluent;

namespace Mentoring.Benchmarks;

/// <summary>
/// Stopwatch measurements of ONE large organization (issue #14): validation time as the staff doubles, so that the growth
/// can be read (linear: the time doubles with the staff). BenchmarkDotNet's repeated invocations of a minute-long
/// operation would not fit a shared 2-core machine; each figure here is one warm run (the best of
/// <c>runs</c>), after a warm-up on a small organization.
/// <list type="bullet">
/// <item><c>organization [--before] [--validate-only] [--runs N] [staff...]</c> (default 5,000 10,000 20,000 40,000): <c>Validate</c> (session,
/// insert, fire, report), and the session alone (insert + fire with the verdict sink) for the bundled rules; with
/// <c>Validate, CPU</c> is the process's processor time over the same call (all its threads: less disturbed than the wall
/// clock by other work on a shared machine). With <c>--validate-only</c>, <c>Validate</c> alone (to compare two builds in one run); with <c>--before</c>, the session alone again with the four rules of #14 in their old formulation
/// (<see cref="Before"/>: kept only in this project).</item>
/// <item><c>rules [staff]</c>: each active rule alone in a session (insert + fire), at the staff and at twice it, slowest
/// growth first: which rule grows faster than the organization.</item>
/// <item><c>findings [staff] [edition files...]</c>: every finding of the organization under every bundled edition (and the
/// edition files given), one line each (rule, outcome, severity, subjects, facts, missing, both messages): run by two
/// builds and compared with <c>diff</c>, it shows that a change left every finding as it was.</item>
/// </list>
/// </summary>
internal static class OrganizationScale
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The rules of #14 and their old formulation.</summary>
    private static readonly Dictionary<Type, Type> OldFormulation = new()
    {
        [typeof(Mentoring.Rules.Policies.Pairs.PairProfileMatchesRequest)] = typeof(Before.PairProfileMatchesRequest),
        [typeof(Mentoring.Rules.Policies.Consents.PairingOrderConsent)] = typeof(Before.PairingOrderConsent),
        [typeof(Mentoring.Rules.Policies.Consents.PersonalDataConsent)] = typeof(Before.PersonalDataConsent),
        [typeof(Mentoring.Rules.Policies.Consents.MentorWrittenConsent)] = typeof(Before.MentorWrittenConsent),
    };

    internal static int Run(string[] args)
    {
        if (args[0] == "findings")
        {
            return Findings(args.Length > 1 ? int.Parse(args[1], Invariant) : 2_500, args.Skip(2));
        }

        var before = args.Contains("--before");
        var validateOnly = args.Contains("--validate-only");
        var runs = 1;
        var staffs = new List<int>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[++i], Invariant);
            }
            else if (args[i] is not "--before" and not "--validate-only")
            {
                staffs.Add(int.Parse(args[i], Invariant));
            }
        }

        return args[0] == "rules"
            ? Rules(staffs.Count > 0 ? staffs[0] : 5_000)
            : Organization(staffs.Count > 0 ? staffs : [5_000, 10_000, 20_000, 40_000], before, runs, validateOnly);
    }

    private static int Organization(List<int> staffs, bool before, int runs, bool validateOnly)
    {
        var edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var policies = validator.ActivePolicies(edition);
        var current = Compile(policies.Select(p => p.RuleType));
        var old = Compile(policies.Select(p => OldFormulation.GetValueOrDefault(p.RuleType, p.RuleType)));
        var warm = EngineVsValidationBenchmarks.School(200);
        EngineVsValidationBenchmarks.Warm(() =>
        {
            validator.Validate(warm, edition);
            Session(current, warm, edition);
            Session(old, warm, edition);
        });

        Console.WriteLine(string.Create(Invariant, $"One organization, federal-2021 on {SyntheticOptions.AsOf:yyyy-MM-dd}, seed 1, 10% defects; best of {runs}; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));
        Console.WriteLine("| Staff | Pairs | Facts | Findings | Validate (ms) | Validate, CPU (ms) | Session, rules now (ms) | Session, rules before (ms) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var staff in staffs)
        {
            var school = EngineVsValidationBenchmarks.School(staff);
            var facts = MentoringValidator.Facts(school, new Evaluation(school, edition, redact: false)).Count;
            var findings = 0;
            var cpu = double.MaxValue;
            var validate = Best(runs, () =>
            {
                var started = Process.GetCurrentProcess().TotalProcessorTime;
                findings = validator.Validate(school, edition).Findings.Count;
                cpu = Math.Min(cpu, (Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds);
            });
            var now = validateOnly ? double.NaN : Best(runs, () => Session(current, school, edition));
            var then = before ? Best(runs, () => Session(old, school, edition)) : double.NaN;
            Console.WriteLine(string.Create(Invariant, $"| {staff:N0} | {school.Pairs.Count:N0} | {facts:N0} | {findings:N0} | {validate:N0} | {cpu:N0} | {(validateOnly ? "—" : now.ToString("N0", Invariant))} | {(before ? then.ToString("N0", Invariant) : "—")} |"));
        }

        Console.WriteLine(string.Create(Invariant, $"load average after: {LoadAverage()}"));
        return 0;
    }

    private static int Rules(int staff)
    {
        var edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var small = EngineVsValidationBenchmarks.School(staff);
        var large = EngineVsValidationBenchmarks.School(staff * 2);
        var rows = new List<(string Rule, double Small, double Large)>();
        foreach (var policy in validator.ActivePolicies(edition))
        {
            var factory = Compile([policy.RuleType]);
            Session(factory, small, edition);
            var a = Best(1, () => Session(factory, small, edition));
            var b = Best(1, () => Session(factory, large, edition));
            rows.Add((policy.Id, a, b));
        }

        Console.WriteLine(string.Create(Invariant, $"Each rule alone (insert + fire, ms): {staff:N0} staff, then {staff * 2:N0}; load average {LoadAverage()}"));
        foreach (var (rule, a, b) in rows.OrderByDescending(r => r.Large / Math.Max(r.Small, 0.01)))
        {
            Console.WriteLine(string.Create(Invariant, $"  {rule,-40} {a,9:F1} {b,9:F1}  ×{b / Math.Max(a, 0.01):F2}"));
        }

        return 0;
    }

    private static int Findings(int staff, IEnumerable<string> editionFiles)
    {
        var files = editionFiles.ToArray();
        var catalog = files.Length == 0 ? EditionCatalog.Bundled : EditionCatalog.Bundled.WithFiles(files).Value;
        var validator = new MentoringValidator(catalog);
        var school = EngineVsValidationBenchmarks.School(staff);
        foreach (var edition in catalog.Editions)
        {
            if (catalog.Resolve(edition.Id, SyntheticOptions.AsOf) is not { IsSuccess: true } resolved)
            {
                continue;
            }

            var report = validator.Validate(school, resolved.Value);
            foreach (var f in report.Findings)
            {
                Console.WriteLine(string.Join('\t',
                    edition.Id,
                    f.RuleId,
                    f.Outcome,
                    f.Severity,
                    string.Join(", ", f.Subjects),
                    string.Join(", ", f.Facts),
                    string.Join("; ", f.Missing),
                    f.MessageRu,
                    f.MessageEn));
            }
        }

        return 0;
    }

    private static ISessionFactory Compile(IEnumerable<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(ruleTypes));
        return repository.Compile();
    }

    /// <summary>A fresh session: the validator's facts inserted, the rules fired, the verdicts collected.</summary>
    private static int Session(ISessionFactory factory, MentoringCase school, ResolvedEdition edition)
    {
        var session = factory.CreateSession();
        var sink = new VerdictSink();
        session.DependencyResolver = sink;
        session.InsertAll(MentoringValidator.Facts(school, new Evaluation(school, edition, redact: false)));
        session.Fire();
        return sink.Verdicts.Count;
    }

    private static double Best(int runs, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
