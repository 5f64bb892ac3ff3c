// The scale sample: generates synthetic organizations to case files, or validates a generated region or the whole
// country in memory, organizations in parallel, and prints the summary, the wall time and the peak memory.
//
//   dotnet run -c Release --project samples/Mentoring.Samples.Scale -- generate <folder> <count> [seed] [share]
//   dotnet run -c Release --project samples/Mentoring.Samples.Scale -- validate school|region|country|<count> [seed] [share] [threads]
using System.Diagnostics;
using System.Globalization;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

var culture = CultureInfo.InvariantCulture;
if (args.Length < 2 || args[0] is not ("generate" or "validate" or "show"))
{
    Console.Error.WriteLine("usage: generate <folder> <count> [seed] [share] | validate school|region|country|<count> [seed] [share] [threads] | show <index> [seed] [share]");
    return 2;
}

if (args[0] == "show")
{
    // The findings that are not satisfied, for one generated organization.
    var one = new SyntheticGenerator(new SyntheticOptions
    {
        Seed = args.Length > 2 ? int.Parse(args[2], culture) : 1,
        ViolationShare = args.Length > 3 ? double.Parse(args[3], culture) : 0.1,
    }).Organization(int.Parse(args[1], culture));
    var shown = new MentoringValidator(EditionCatalog.Bundled).Validate(one.Case, SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
    Console.WriteLine($"{one.Case.Organization.Id}: {one.Teachers} staff, {one.Pairs} pairs, defects: {string.Join(", ", one.Injected)}");
    foreach (var finding in shown.Findings.Where(f => f.Outcome is Mentoring.Rules.Policies.Outcome.Violated or Mentoring.Rules.Policies.Outcome.Unknown))
    {
        Console.WriteLine($"  {finding.Outcome} {finding.RuleId}: {finding.MessageEn}");
    }

    return 0;
}

if (args[0] == "generate")
{
    var count = args.Length > 2 ? int.Parse(args[2], culture) : 10;
    var generator = new SyntheticGenerator(new SyntheticOptions
    {
        Seed = args.Length > 3 ? int.Parse(args[3], culture) : 1,
        ViolationShare = args.Length > 4 ? double.Parse(args[4], culture) : 0.1,
    });
    var watch = Stopwatch.StartNew();
    var paths = generator.WriteCaseFiles(args[1], 0, count);
    Console.WriteLine($"{paths.Count} case files in {args[1]} ({watch.Elapsed.TotalSeconds:F2} s)");
    return 0;
}

var options = new SyntheticOptions
{
    Seed = args.Length > 2 ? int.Parse(args[2], culture) : 1,
    ViolationShare = args.Length > 3 ? double.Parse(args[3], culture) : 0.1,
};
var threads = args.Length > 4 ? int.Parse(args[4], culture) : Environment.ProcessorCount;
var gen = new SyntheticGenerator(options);
var organizations = args[1] switch
{
    "school" => gen.Organizations(0, 1),
    "region" => gen.Region(30_000),
    "country" => gen.Country(),
    var n => gen.Organizations(0, int.Parse(n, culture)),
};

var validator = new MentoringValidator(EditionCatalog.Bundled);
var edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;
validator.Validate(gen.Organization(0).Case, edition); // compile the rule set before the clock starts

var startCpu = Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
var summary = ScaleRun.Validate(validator, edition, organizations, threads);
total.Stop();
var process = Process.GetCurrentProcess();
process.Refresh();
var gc = GC.GetGCMemoryInfo(GCKind.Any);

Console.WriteLine($"Scope:        {args[1]} (seed {options.Seed}, violation share {options.ViolationShare.ToString(culture)}, {threads} threads, {Environment.ProcessorCount} cores)");
Console.WriteLine($"Organizations {summary.Organizations:N0}, teachers {summary.Teachers:N0}, pairs {summary.Pairs:N0}, defects put in {summary.Injected:N0}");
Console.WriteLine($"Findings      {summary.Findings:N0}: violated {summary.Violated:N0}, unknown {summary.Unknown:N0}, satisfied {summary.Satisfied:N0}, not applicable {summary.NotApplicable:N0}");
Console.WriteLine($"Organizations with a violation: {summary.WithViolation:N0}");
Console.WriteLine($"Wall time     {total.Elapsed.TotalSeconds:F2} s ({total.Elapsed.TotalMicroseconds / Math.Max(1, summary.Organizations):F1} µs per organization, {summary.Organizations / total.Elapsed.TotalSeconds:N0} per second)");
Console.WriteLine($"CPU time      {(process.TotalProcessorTime - startCpu).TotalSeconds:F2} s");
Console.WriteLine($"Peak memory   working set {process.PeakWorkingSet64 / 1048576.0:N0} MB; GC heap peak (last GC) {gc.HeapSizeBytes / 1048576.0:N0} MB, committed {gc.TotalCommittedBytes / 1048576.0:N0} MB; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
Console.WriteLine($"Load average  {ScaleRun.LoadAverage()}");
return 0;
