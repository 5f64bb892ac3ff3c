using BenchmarkDotNet.Running;

// "cold" and "breakdown [staff] [iterations]" are Stopwatch measurements (Breakdown.cs), "large" the readers on 64 MB inputs
// (LargeInputs.cs); anything else goes to BenchmarkDotNet.
if (args is ["large", ..])
{
    return Mentoring.Benchmarks.LargeInputs.Run(args.Length > 1 ? args[1] : null);
}

if (args is ["scaling", ..])
{
    return Mentoring.Benchmarks.LargeInputs.Scaling();
}

if (args is ["cold" or "breakdown", ..])
{
    return Mentoring.Benchmarks.Breakdown.Run(args);
}

// "organization [--before] [--validate-only] [--runs N] [staff...]", "rules [staff]" and "findings [staff] [edition files...]": one large organization (OrganizationScale.cs).
if (args is ["organization" or "rules" or "findings", ..])
{
    return Mentoring.Benchmarks.OrganizationScale.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Mentoring.Benchmarks.ScaleBenchmarks).Assembly).Run(args);
return 0;
