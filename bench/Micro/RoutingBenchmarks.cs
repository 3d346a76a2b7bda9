using BenchmarkDotNet.Attributes;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Options;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace BuenaMock.Bench.Micro;

/// <summary>
/// What runs around our handler on every request: WireMock checks every mapping against the request,
/// then runs the chosen mapping's callback, which finds the route in the mock's route table. The
/// mappings are the mock's own (<see cref="BuenaMockServer.Routes"/>), registered the way the mock
/// registers them (<see cref="RouteRegistration.MapRoutes"/>), on a WireMock server that is never
/// called over HTTP.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private BuenaMockServer _mock = null!;
    private WireMockServer _server = null!;
    private IMapping[] _mappings = null!;
    private IMapping _jobsMapping = null!;
    private RouteTable _table = null!;
    private IRequestMessage _request = null!;
    private DefaultHttpContext _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = new MockFixture(60);
        _mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Host = "127.0.0.1", Seed = MockFixture.Seed, Clock = MockFixture.Now });
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            DisableJsonBodyParsing = true,
            Logger = new WireMockNullLogger(),
        });
        _server.MapRoutes(_mock.Routes, fixture.Pipeline);
        _table = new RouteTable(_mock.Routes);
        _mappings = [.. _server.Mappings];
        _request = MockFixture.Get(JobRoutes.Base);
        _jobsMapping = _mappings.Where(m => m.GetRequestMatchResult(_request, null).IsPerfectMatch).OrderBy(m => m.Priority).First();
        _http = new DefaultHttpContext();
        var (answer, _) = _jobsMapping.ProvideResponseAsync(_http, _request).GetAwaiter().GetResult();
        Console.WriteLine($"// {_mappings.Length} mappings checked per request; the jobs mapping answers {answer.StatusCode} with {answer.BodyData?.BodyAsBytes?.Length} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Stop();
        _server.Dispose();
        _mock.Dispose();
    }

    /// <summary>Every mapping matched against <c>GET /api/v2/users/jobs</c>, as WireMock's mapping matcher does per request.</summary>
    [Benchmark]
    public int MatchEveryMapping()
    {
        var perfect = 0;
        foreach (var mapping in _mappings)
        {
            if (mapping.GetRequestMatchResult(_request, null).IsPerfectMatch)
            {
                perfect++;
            }
        }

        return perfect;
    }

    /// <summary>Our own routing: the <see cref="RouteTable"/> lookup the server's callback runs for every request.</summary>
    [Benchmark]
    public int RouteTableFind() => _table.Find(JobRoutes.Base)?.Length ?? 0;

    /// <summary>The jobs mapping's callback: route table, API pipeline, handler (60 jobs), journal and WireMock's response message.</summary>
    [Benchmark]
    public Task<(IResponseMessage Message, IMapping? Mapping)> JobsMappingCallback() => _jobsMapping.ProvideResponseAsync(_http, _request);
}
