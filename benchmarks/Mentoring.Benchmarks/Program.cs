using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Mentoring.Benchmarks.ScaleBenchmarks).Assembly).Run(args);
