using BenchmarkDotNet.Attributes;
using BuenaMock.Http;
using BuenaMock.Jobs;
using WireMock;

namespace BuenaMock.Bench.Micro;

/// <summary>
/// The jobs route's hot path, piece by piece and whole, at 60, 10k and 100k jobs per user:
/// store view → filter → statistics → serialise, and the route handler (auth → parse → all of it).
/// The handler benchmarks with a frozen clock measure what a repeated request costs (with a response
/// cache in the server, a cache hit); <see cref="HandlerAllNewSecond"/> what a request nothing cached
/// can answer costs.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private MockFixture _fixture = null!;
    private IReadOnlyList<Job> _jobs = null!;
    private IReadOnlyList<Job> _filtered = null!;
    private IRequestMessage _all = null!;
    private IRequestMessage _filter = null!;
    private long _second;

    [Params(60, 10_000, 100_000)]
    public int JobsPerUser { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new MockFixture(JobsPerUser);
        _jobs = _fixture.Store.JobsOf(MockFixture.UserId, MockFixture.Now);
        _filtered = MockFixture.Filter.Apply(_jobs);
        _all = MockFixture.Get(JobRoutes.Base);
        _filter = MockFixture.Get(JobRoutes.Base + MockFixture.FilterQueryString);
    }

    /// <summary>The user's jobs at the frozen clock: the store's cached view.</summary>
    [Benchmark]
    public IReadOnlyList<Job> StoreView() => _fixture.Store.JobsOf(MockFixture.UserId, MockFixture.Now);

    /// <summary>The user's jobs at a new second each call: the view rebuilt, as with a running clock.</summary>
    [Benchmark]
    public IReadOnlyList<Job> StoreViewNewSecond() => _fixture.Store.JobsOf(MockFixture.UserId, MockFixture.Now.AddSeconds(++_second));

    [Benchmark]
    public IReadOnlyList<Job> FilterStatusTypeSince() => MockFixture.Filter.Apply(_jobs);

    [Benchmark]
    public object StatisticsAll() => JobStatistics.Of(_jobs);

    [Benchmark]
    public byte[] SerializeAll() => JobJson.UserJobs(MockFixture.UserId, _jobs);

    [Benchmark]
    public byte[] SerializeFiltered() => JobJson.UserJobs(MockFixture.UserId, _filtered);

    /// <summary><c>GET /users/jobs</c> through the route's handler, as WireMock's callback runs it.</summary>
    [Benchmark]
    public object HandlerAll() => _fixture.JobsRoute.Handler(new ApiRequest(_all, "req_000001"), RouteValues.Empty, _fixture.Key);

    /// <summary>
    /// <c>GET /users/jobs</c> through the handler with the clock one second later each call: nothing
    /// cached can answer, so it pays the view, the filter, the statistics and the serialisation, as
    /// every first request of a second does with a running clock.
    /// </summary>
    [Benchmark]
    public object HandlerAllNewSecond()
    {
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        return _fixture.JobsRoute.Handler(new ApiRequest(_all, "req_000001"), RouteValues.Empty, _fixture.Key);
    }

    /// <summary>
    /// <c>GET /users/jobs</c> through the request pipeline the server runs every request through
    /// (route, <c>Prefer</c>, faults, latency, key, rate limits, the handler, journal), at default options.
    /// </summary>
    [Benchmark]
    public IResponseMessage PipelineAll() =>
        _fixture.Pipeline.HandleAsync(_all, [_fixture.JobsRoute]).GetAwaiter().GetResult();

    /// <summary>The filtered query through the route's handler (query parsing included).</summary>
    [Benchmark]
    public object HandlerFiltered() => _fixture.JobsRoute.Handler(new ApiRequest(_filter, "req_000001"), RouteValues.Empty, _fixture.Key);
}
