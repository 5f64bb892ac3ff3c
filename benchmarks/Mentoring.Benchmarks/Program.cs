using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Mentoring.Benchmarks.OneFactRuleBenchmark).Assembly).Run(args);
