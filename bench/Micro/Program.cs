// BenchmarkDotNet entry point: pick benchmarks with --filter, e.g.
//   dotnet run -c Release --project bench/Micro -- --filter '*' --job short
using BenchmarkDotNet.Running;
using BuenaMock.Bench.Micro;

BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
