using BenchmarkDotNet.Running;

// "cold" and "breakdown [staff] [iterations]" are Stopwatch measurements (Breakdown.cs); anything else goes to BenchmarkDotNet.
if (args is ["cold" or "breakdown", ..])
{
    return Mentoring.Benchmarks.Breakdown.Run(args);
}

// "organization [--before] [--runs N] [staff...]" and "rules [staff]": one large organization (OrganizationScale.cs).
if (args is ["organization" or "rules", ..])
{
    return Mentoring.Benchmarks.OrganizationScale.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Mentoring.Benchmarks.ScaleBenchmarks).Assembly).Run(args);
return 0;
