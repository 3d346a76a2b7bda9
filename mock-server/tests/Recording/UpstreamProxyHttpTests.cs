using System.Diagnostics;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Recording;

/// <summary><c>--proxy</c>: every API request goes to the upstream (here a second mock on loopback) and comes back as it answered.</summary>
public sealed class UpstreamProxyHttpTests : IAsyncLifetime
{
    private BuenaMockServer? _upstream;
    private BuenaMockServer? _proxy;
    private HttpClient? _direct;
    private HttpClient? _proxied;

    private HttpClient Direct => _direct!;

    private HttpClient Proxied => _proxied!;

    public ValueTask InitializeAsync()
    {
        _upstream = MockHttp.Start();
        _proxy = RecordingServers.Proxy(_upstream.BaseUrl);
        _direct = MockHttp.Client(_upstream);
        _proxied = MockHttp.Client(_proxy);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _direct?.Dispose();
        _proxied?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("users/jobs", "full")]
    [InlineData("users/jobs?status=failed&type=linkedin_action", "full")]
    [InlineData("users/jobs", "none")]
    [InlineData("users/jobs", "global")]
    [InlineData("users/jobs?startDate=abc", "full")]
    [InlineData("users/jobs/jobCounts", "full")]
    [InlineData("users/jobs/userJobStatus/65e0a32640a597f6a7f897ea", "global")]
    [InlineData("users/jobs/jobStatus", "limited")]
    [InlineData("health", "none")]
    [InlineData("no/such/route", "full")]
    [InlineData("users/jobs/userJobStatus/..%2F..%2Fetc%2Fpasswd", "global")]
    [InlineData("users/jobs/userJobStatus/A%20B%3Fc%25d", "global")]
    [InlineData("users/jobs/userJobStatus/65e0a32640a597f6a7f897ea?status=failed&status=completed", "global")]
    public async Task Get_ThroughProxy_SameStatusContentTypeAndBytesAsUpstream(string path, string key)
    {
        var apiKey = Key(key);

        using var expected = await Direct.GetAsync(path, apiKey);
        using var actual = await Proxied.GetAsync(path, apiKey);

        actual.StatusCode.Should().Be(expected.StatusCode);
        actual.Content.Headers.ContentType!.ToString().Should().Be(expected.Content.Headers.ContentType!.ToString());
        (await actual.BytesAsync()).Should().Equal(await expected.BytesAsync());
    }

    [Fact]
    public async Task Put_ThroughProxy_ForwardsBodyAndUpstreamAppliesIt()
    {
        var jobId = _upstream!.Store.JobsOf(_upstream.Store.Users[0].Id, TestClock.Now)[0].Id;

        using var edited = await Proxied.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, """{"message":"Sent through the proxy"}""");

        ((int)edited.StatusCode).Should().Be(200, await edited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var direct = await Direct.GetJsonAsync("users/jobs", MockHttp.FullKey);
        MockHttp.MessageOf(direct, jobId).Should().Be("Sent through the proxy");
    }

    [Fact]
    public async Task Get_HealthWithKeyThroughProxy_KeyReachesTheUpstream()
    {
        var first = await Proxied.GetJsonAsync("health", MockHttp.FullKey);
        var second = await Proxied.GetJsonAsync("health", MockHttp.FullKey);

        ((string?)first["authentication"]).Should().Be("user");
        ((string?)first["apiKey"]!["name"]).Should().Be("Development key");
        ((int?)second["apiKey"]!["usageCount"]).Should().Be((int?)first["apiKey"]!["usageCount"] + 1);
    }

    [Fact]
    public async Task Get_ThroughProxy_AnswersWithItsOwnRequestId()
    {
        using var response = await Proxied.GetAsync("health", null);

        response.Headers.GetValues("X-Request-Id").Should().ContainSingle().Which.Should().StartWith("req_");
    }

    [Fact]
    public async Task Get_ThroughProxy_JournalHoldsTheRedactedKeyOnly()
    {
        (await Proxied.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();
        using var root = new HttpClient { BaseAddress = new Uri(_proxy!.Url), Timeout = TimeSpan.FromSeconds(10) };

        var journal = await root.GetStringAsync("/__buena/requests", TestContext.Current.CancellationToken);

        journal.Should().Contain("/api/v2/users/jobs").And.Contain("bna_1111…").And.NotContain(MockHttp.FullKey);
    }

    [Fact]
    public async Task Get_DocumentInProxyMode_ServedLocally()
    {
        using var root = new HttpClient { BaseAddress = new Uri(_proxy!.Url), Timeout = TimeSpan.FromSeconds(10) };

        using var response = await root.GetAsync("/__buena/openapi.yaml", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/yaml");
    }

    [Fact]
    public async Task Get_PathOutsideTheApiInProxyMode_404Envelope()
    {
        using var root = new HttpClient { BaseAddress = new Uri(_proxy!.Url), Timeout = TimeSpan.FromSeconds(10) };

        using var response = await root.GetAsync("/other/users/jobs", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(404);
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("NOT_FOUND");
        ((string?)body["message"]).Should().Be("Route GET /other/users/jobs not found");
    }

    [Fact]
    public async Task Get_UpstreamPortClosed_503EnvelopeNamingTheUpstreamQuickly()
    {
        var port = RecordingServers.ClosedPort();
        await using var proxy = RecordingServers.Proxy($"http://127.0.0.1:{port}/api/v2");
        using var client = MockHttp.Client(proxy);
        var watch = Stopwatch.StartNew();

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        ((int)response.StatusCode).Should().Be(503);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var body = await response.ReadJsonAsync();
        ((bool?)body["error"]).Should().BeTrue();
        ((string?)body["code"]).Should().Be("SERVICE_UNAVAILABLE");
        ((string?)body["message"]).Should().Be($"The upstream 127.0.0.1:{port} could not be reached or did not answer in time");
        ((string?)body["timestamp"]).Should().Be(TestClock.NowText);
    }

    [Fact]
    public async Task Get_UpstreamGone_Is503AndTheProxyKeepsAnswering()
    {
        var port = RecordingServers.ClosedPort();
        await using var proxy = RecordingServers.Proxy($"http://127.0.0.1:{port}/api/v2");
        using var client = MockHttp.Client(proxy);

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("health", null);
            ((int)response.StatusCode).Should().Be(503);
        }

        using var root = new HttpClient { BaseAddress = new Uri(proxy.Url), Timeout = TimeSpan.FromSeconds(10) };
        using var document = await root.GetAsync("/__buena/openapi.yaml", TestContext.Current.CancellationToken);
        ((int)document.StatusCode).Should().Be(200);
    }

    private static string? Key(string name) => name switch
    {
        "full" => MockHttp.FullKey,
        "limited" => MockHttp.LimitedKey,
        "global" => MockHttp.GlobalKey,
        _ => null,
    };
}
