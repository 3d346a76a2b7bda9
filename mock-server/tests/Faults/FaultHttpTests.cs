using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BuenaMock.Faults;
using BuenaMock.RateLimiting;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Faults;

/// <summary>Latency and error rates at the HTTP level. Latency is real time: only lower bounds are asserted.</summary>
public class FaultHttpTests
{
    [Theory]
    [InlineData("500", 500, "INTERNAL_ERROR", "error-500.schema.json")]
    [InlineData("503", 503, "SERVICE_UNAVAILABLE", "error-503.schema.json")]
    public async Task Get_ErrorRateOne_TheEnvelopeOfThatKind(string kind, int status, string code, string schema)
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = [kind]; });
        using var client = MockHttp.Client(mock);

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, schema);
        ((string?)JsonNode.Parse(text)!["code"]).Should().Be(code);
    }

    [Fact]
    public async Task Get_ErrorRateOneEmpty_AnEmptyBody()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["empty"]; });
        using var client = MockHttp.Client(mock);

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_ErrorRateOneMalformed_ABodyThatIsNotJson()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["malformed"]; });
        using var client = MockHttp.Client(mock);

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        body.Should().NotBeEmpty();
        var parse = () => JsonDocument.Parse(body).Dispose();
        parse.Should().Throw<JsonException>("the body is cut in half and followed by garbage");
    }

    [Fact]
    public async Task Get_ErrorRateOneReset_TheConnectionIsDropped()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["reset"]; });
        using var client = MockHttp.Client(mock);

        var send = async () => (await client.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();

        await send.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task Get_AfterAReset_ServerStillAnswers()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["reset"]; });
        using var client = MockHttp.Client(mock);
        var send = async () => (await client.GetAsync("health", key: null)).Dispose();
        await send.Should().ThrowAsync<HttpRequestException>();

        await ControlHttp.PutFaultsAsync(mock, "{}");
        using var response = await client.GetAsync("health", key: null);

        ((int)response.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task Put_EmptyFault_TheEditIsAppliedThoughTheAnswerIsLost()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var jobId = (string)(await client.GetJsonAsync("users/jobs", MockHttp.FullKey))["data"]!["jobs"]![0]!["id"]!;
        await ControlHttp.PutFaultsAsync(mock, """{"errorRate": 1, "errorKinds": ["empty"]}""");

        using var edit = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, """{"message": "edited during a fault"}""");
        await ControlHttp.PutFaultsAsync(mock, "{}");
        var after = await client.GetJsonAsync("users/jobs", MockHttp.FullKey);

        (await edit.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
        MockHttp.MessageOf(after, jobId).Should().Be("edited during a fault");
    }

    [Fact]
    public async Task Get_Latency_AnswersNoSoonerThanIt()
    {
        await using var mock = MockHttp.Start(configure: o => o.Latency = new LatencyRange(300, 300));
        using var client = MockHttp.Client(mock);

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("health", key: null);
        watch.Stop();

        ((int)response.StatusCode).Should().Be(200);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task Get_RouteLatency_AppliesToThatRoute()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        await ControlHttp.PutFaultsAsync(mock, """{"latency": "1ms", "routeLatency": {"jobCounts": "400ms"}}""");

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
        watch.Stop();

        ((int)response.StatusCode).Should().Be(200);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(390));
        var entry = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Last()!;
        ((long)entry["durationMs"]!).Should().BeGreaterThanOrEqualTo(390);
    }

    [Fact]
    public async Task PutThenGet_Faults_RoundTrip()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);
        const string config = """{"latency":"50-300ms","routeLatency":{"jobs":"2s"},"errorRate":0.1,"errorKinds":["500","503","reset"]}""";

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: config);
        var putBody = await put.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var got = await root.GetJsonAsync("__buena/faults", key: null);

        ((int)put.StatusCode).Should().Be(200);
        await SchemaAssert.ValidAsync(putBody, "faults.schema.json");
        putBody.Should().Be(config);
        got.ToJsonString().Should().Be(config);
        mock.Faults.Current.ErrorKinds.Should().Equal(FaultKind.Internal, FaultKind.Unavailable, FaultKind.Reset);
    }

    [Fact]
    public async Task GetFaults_AtStart_TheOptions()
    {
        await using var mock = MockHttp.Start(configure: o =>
        {
            o.Latency = new LatencyRange(10, 20);
            o.ErrorRate = 0.5;
            o.ErrorKinds = ["malformed"];
        });
        using var root = ControlHttp.RootClient(mock);

        var got = await root.GetJsonAsync("__buena/faults", key: null);

        got.ToJsonString().Should().Be("""{"latency":"10-20ms","routeLatency":{},"errorRate":0.5,"errorKinds":["malformed"]}""");
    }

    [Fact]
    public async Task Put_BadBody_400NamingEachFieldAndNothingChanges()
    {
        await using var mock = MockHttp.Start(configure: o => o.Latency = new LatencyRange(1, 1));
        using var root = ControlHttp.RootClient(mock);
        var before = (await root.GetJsonAsync("__buena/faults", key: null)).ToJsonString();

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"latency": "slow", "errorRate": 2, "errorKinds": ["boom"], "routeLatency": {"jobz": "1s"}}""");
        var text = await put.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var after = (await root.GetJsonAsync("__buena/faults", key: null)).ToJsonString();

        ((int)put.StatusCode).Should().Be(400);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        JsonNode.Parse(text)!["details"]!["fields"]!.AsArray().Select(f => (string?)f!["field"])
            .Should().BeEquivalentTo("latency", "errorRate", "errorKinds[0]", "routeLatency.jobz");
        after.Should().Be(before);
    }

    [Fact]
    public async Task Get_ErrorRateOne_NeverOnDocumentsOrControlRoutes()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["503", "reset"]; });
        using var root = ControlHttp.RootClient(mock);

        using var document = await root.GetAsync("__buena/openapi.yaml", key: null);
        using var control = await root.GetAsync("__buena/requests", key: null);
        using var unknown = await root.GetAsync("api/v2/nowhere", key: null);

        ((int)document.StatusCode).Should().Be(200);
        ((int)control.StatusCode).Should().Be(200);
        ((int)unknown.StatusCode).Should().Be(404);
    }

    [Fact]
    public async Task Get_SameSeed_SameFaultsForTheSameRequests()
    {
        var first = await StatusesAsync(seed: 7);
        var second = await StatusesAsync(seed: 7);
        var otherSeed = await StatusesAsync(seed: 8);

        second.Should().Equal(first);
        first.Distinct().Should().BeEquivalentTo([200, 500, 503], "a rate of 0.5 over 40 requests gives both faults and answers");
        otherSeed.Should().NotEqual(first);
    }

    [Fact]
    public async Task PutFaults_SameConfigurationAgain_RestartsTheSequence()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        const string config = """{"errorRate": 0.5, "errorKinds": ["500", "503"]}""";

        await ControlHttp.PutFaultsAsync(mock, config);
        var first = await StatusesAsync(client, 20);
        await ControlHttp.PutFaultsAsync(mock, config);
        var second = await StatusesAsync(client, 20);

        second.Should().Equal(first);
    }

    [Fact]
    public async Task PostReset_RunTimeSettingsDropped_TheOptionsBackAndTheJournalEmpty()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 0.5; o.RateLimits = new RateLimitPolicy(1, 10, 100); });
        using var client = MockHttp.Client(mock);
        using var root = ControlHttp.RootClient(mock);
        var before = await StatusesAsync(client, 10);
        await ControlHttp.PutFaultsAsync(mock, """{"errorRate": 1, "errorKinds": ["503"]}""");
        (await root.SendAsync(HttpMethod.Put, "__buena/rate-limits", body: """{"rateLimits": "off"}""")).Dispose();

        using var reset = await root.SendAsync(HttpMethod.Post, "__buena/reset");
        var faults = await root.GetJsonAsync("__buena/faults", key: null);
        var limits = await root.GetJsonAsync("__buena/rate-limits", key: null);
        var journal = await ControlHttp.JournalAsync(mock);

        ((int)reset.StatusCode).Should().Be(200);
        ((double)faults["errorRate"]!).Should().Be(0.5);
        ((string?)limits["rateLimits"]).Should().Be("1,10,100");
        journal["requests"]!.AsArray().Should().BeEmpty();
        (await StatusesAsync(client, 10)).Should().Equal(before, "the counts are forgotten and the seeded draws start again");
        before.Should().Contain(429).And.Contain(s => s == 500 || s == 503);
    }

    private static async Task<List<int>> StatusesAsync(int seed)
    {
        await using var mock = MockHttp.Start(seed, o => { o.ErrorRate = 0.5; o.ErrorKinds = ["500", "503"]; });
        using var client = MockHttp.Client(mock);
        return await StatusesAsync(client, 40);
    }

    private static async Task<List<int>> StatusesAsync(HttpClient client, int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
