using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace BuenaMock.Tests.Http;

/// <summary>The mock's own routes on a bare WireMock server, with extra routes no real handler has (one that throws).</summary>
public class RouteRegistrationTests
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task MapRoutes_HandlerThrows_500EnvelopeWithoutTheExceptionAndLogged()
    {
        using var logs = new CapturingLoggerProvider();
        using var server = StartWithRoutes(logs);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url!) };

        using var response = await client.GetAsync("/boom", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(500);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.Should().NotContainAny("hunter2", "InvalidOperationException", "   at ");
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("INTERNAL_ERROR");
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        ((string?)body["details"]!["requestId"]).Should().Be(requestId);
        logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Error && e.Message.Contains(requestId) && e.Exception!.Message == Secret);
    }

    [Fact]
    public async Task MapRoutes_AfterAHandlerThrew_OtherRoutesStillAnswer()
    {
        using var logs = new CapturingLoggerProvider();
        using var server = StartWithRoutes(logs);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url!) };

        using var failed = await client.GetAsync("/boom", TestContext.Current.CancellationToken);
        using var fine = await client.GetAsync("/fine", TestContext.Current.CancellationToken);

        ((int)failed.StatusCode).Should().Be(500);
        ((int)fine.StatusCode).Should().Be(200);
        (await fine.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""{"ok":true}""");
    }

    [Fact]
    public async Task MapRoutes_WrongMethod_405BeforeTheHandlerRuns()
    {
        using var logs = new CapturingLoggerProvider();
        using var server = StartWithRoutes(logs);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url!) };

        using var response = await client.DeleteAsync("/boom", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(405);
        logs.Entries.Should().BeEmpty("the throwing handler never ran");
    }

    [Fact]
    public async Task MapRoutes_UnknownPath_404Envelope()
    {
        using var logs = new CapturingLoggerProvider();
        using var server = StartWithRoutes(logs);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url!) };

        using var response = await client.GetAsync("/elsewhere", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(404);
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("NOT_FOUND");
        ((string?)body["message"]).Should().Be("Route GET /elsewhere not found");
    }

    [Fact]
    public async Task Handle_EveryRequest_DistinctRequestIds()
    {
        using var logs = new CapturingLoggerProvider();
        using var server = StartWithRoutes(logs);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url!) };

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/fine", TestContext.Current.CancellationToken);
            ids.Add(response.Headers.GetValues("X-Request-Id").Single());
        }

        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("req_", StringComparison.Ordinal));
    }

    private static WireMockServer StartWithRoutes(CapturingLoggerProvider logs)
    {
#pragma warning disable CA2000 // The factory lives as long as the logger it creates; the provider is disposed by the test.
        var logger = LoggerFactory.Create(b => b.AddProvider(logs)).CreateLogger("test");
#pragma warning restore CA2000
        var options = new BuenaMockOptions();
        var store = new JobStore(TestJobs.Data());
        var keys = new KeyRing([]);
        var simulator = new Simulator(options, new VirtualClock(new FakeTimeProvider(TestClock.Now), TestClock.Now, 0), store, keys);
        var pipeline = new RequestPipeline(keys, new RateLimiter(null), new FaultSettings(FaultConfiguration.None, seed: 0), new RequestJournal(), simulator, adminToken: null, logger, TimeProvider.System);
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
        });
        server.MapRoutes(
            [
                new ApiRoute("GET", "/boom", (_, _) => throw new InvalidOperationException(Secret)),
                new ApiRoute("GET", "/fine", (_, _) => Responses.Ok("""{"ok":true}"""u8.ToArray())),
            ],
            pipeline);
        return server;
    }
}
