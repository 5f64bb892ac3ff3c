using BenchmarkDotNet.Running;

// "cold" and "breakdown [staff] [iterations]" are Stopwatch measurements (Breakdown.cs); anything else goes to BenchmarkDotNet.
if (args is ["cold" or "breakdown", ..])
{
    return Mentoring.Benchmarks.Breakdown.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Mentoring.Benchmarks.ScaleBenchmarks).Assembly).Run(args);
return 0;
