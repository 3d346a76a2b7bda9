using BenchmarkDotNet.Attributes;
using BuenaMock.Jobs;

namespace BuenaMock.Bench.Micro;

/// <summary>
/// What start-up spends on data: generating 3 × 100k jobs (the "&lt; 2 s at start"), building
/// the store from them, and the first read (the view materialised for one user).
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private DataSet _data = null!;

    [Params(60, 100_000)]
    public int JobsPerUser { get; set; }

    [GlobalSetup]
    public void Setup() => _data = DataSet.Generate(MockFixture.Seed, MockFixture.Now, MockFixture.Users, JobsPerUser);

    [Benchmark]
    public object Generate() => DataSet.Generate(MockFixture.Seed, MockFixture.Now, MockFixture.Users, JobsPerUser);

    [Benchmark]
    public object BuildStore() => new JobStore(_data);

    /// <summary>The store built and the first user's jobs read once: everything after generation before the first 200.</summary>
    [Benchmark]
    public int BuildStoreAndFirstRead() => new JobStore(_data).JobsOf(MockFixture.UserId, MockFixture.Now).Count;
}
