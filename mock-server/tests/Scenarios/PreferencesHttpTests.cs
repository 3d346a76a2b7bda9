using System.Diagnostics;
using System.Text.Json.Nodes;
using BuenaMock.RateLimiting;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Scenarios;

/// <summary>Per-request scenarios through the <c>Prefer</c> header.</summary>
public class PreferencesHttpTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData(401, "UNAUTHORIZED", "error-401.schema.json")]
    [InlineData(403, "PERMISSION_DENIED", "error-403.schema.json")]
    [InlineData(404, "NOT_FOUND", "error-404.schema.json")]
    [InlineData(429, "RATE_LIMIT_EXCEEDED", "error-429.schema.json")]
    [InlineData(500, "INTERNAL_ERROR", "error-500.schema.json")]
    [InlineData(503, "SERVICE_UNAVAILABLE", "error-503.schema.json")]
    public async Task Get_PreferCode_ThatDocumentedErrorWhateverTheKey(int code, string errorCode, string schema)
    {
        using var response = await Client.PreferAsync("users/jobs", MockHttp.FullKey, $"code={code}");

        ((int)response.StatusCode).Should().Be(code);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, schema);
        ((string?)JsonNode.Parse(text)!["code"]).Should().Be(errorCode);
    }

    [Fact]
    public async Task Get_PreferCode403WithAValidKey_TheRoutesPermissionAndTheKeysOwn()
    {
        using var response = await Client.PreferAsync("users/jobs/jobStatus", MockHttp.OtherKey, "code=403");

        var help = (await response.ReadJsonAsync())["permissionHelp"]!;
        ((string?)help["required"]).Should().Be("jobs:read");
        help["available"]!.AsArray().Select(p => (string?)p).Should().Equal("users:read");
    }

    [Fact]
    public async Task Get_PreferCode403WithoutAKey_NoPermissionsAvailable()
    {
        using var response = await Client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/job_1", key: null, new Dictionary<string, string> { ["Prefer"] = "code=403" }, "{}");

        ((int)response.StatusCode).Should().Be(403);
        var help = (await response.ReadJsonAsync())["permissionHelp"]!;
        ((string?)help["required"]).Should().Be("jobs:update");
        help["available"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Get_PreferCode429_DocumentedLimitsWhenOffAndRetryAfter()
    {
        using var response = await Client.PreferAsync("users/jobs", MockHttp.FullKey, "code=429");

        var body = await response.ReadJsonAsync();
        ((int?)body["rateLimitInfo"]!["limit"]).Should().Be(60);
        ((int?)body["rateLimitInfo"]!["remaining"]).Should().Be(0);
        ((string?)body["rateLimitInfo"]!["window"]).Should().Be("minute");
        ((long?)body["rateLimitInfo"]!["reset"]).Should().Be(TestClock.Now.ToUnixTimeSeconds() + 60);
        ((int?)body["retryAfter"]).Should().Be(60);
        response.Header("Retry-After").Should().Be("60");
        response.Header("X-RateLimit-Limit").Should().Be("60");
    }

    [Fact]
    public async Task Get_PreferCode429_TheLimitsInForce()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(5, 50, 500));
        using var client = MockHttp.Client(mock);

        using var response = await client.PreferAsync("health", MockHttp.FullKey, "code=429");

        ((int?)(await response.ReadJsonAsync())["rateLimitInfo"]!["limit"]).Should().Be(5);
    }

    [Fact]
    public async Task Get_PreferCodeAndDelay_BothApply()
    {
        var watch = Stopwatch.StartNew();
        using var response = await Client.PreferAsync("users/jobs", MockHttp.FullKey, "code=429, delay=200");
        watch.Stop();

        ((int)response.StatusCode).Should().Be(429);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Get_PreferDelay_TheNormalAnswerLater()
    {
        var watch = Stopwatch.StartNew();
        using var response = await Client.PreferAsync("users/jobs/jobCounts", MockHttp.FullKey, "delay=250");
        watch.Stop();

        ((int)response.StatusCode).Should().Be(200);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(240));
    }

    [Theory]
    [InlineData("code=418", "code=418")]
    [InlineData("colour=blue", "colour=blue")]
    [InlineData("delay=soon", "delay=soon")]
    [InlineData("code=429, example=other", "example=other")]
    public async Task Get_UnknownOrMalformedPrefer_400NamingIt(string prefer, string named)
    {
        using var response = await Client.PreferAsync("users/jobs", MockHttp.FullKey, prefer);

        ((int)response.StatusCode).Should().Be(400);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        var field = JsonNode.Parse(text)!["details"]!["fields"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)field["field"]).Should().Be("Prefer");
        ((string?)field["message"]).Should().Contain(named);
        ((string?)JsonNode.Parse(text)!["message"]).Should().Contain(named);
    }

    [Fact]
    public async Task Get_BadPreferWithoutAKey_400BeforeThe401()
    {
        using var response = await Client.PreferAsync("users/jobs", key: null, "code=7");

        ((int)response.StatusCode).Should().Be(400);
    }

    [Fact]
    public async Task Get_BadPreferOnAnUnknownRouteOrWrongMethod_404Or405First()
    {
        using var unknown = await Client.PreferAsync("users/nothing", MockHttp.FullKey, "code=7");
        using var wrongMethod = await Client.SendAsync(HttpMethod.Post, "users/jobs", MockHttp.FullKey, new Dictionary<string, string> { ["Prefer"] = "code=7" });

        ((int)unknown.StatusCode).Should().Be(404);
        ((int)wrongMethod.StatusCode).Should().Be(405);
    }

    [Theory]
    [InlineData("example=documented")]
    [InlineData("dynamic=false")]
    public async Task Get_DocumentedExample_TheFixtureByteForByte(string prefer)
    {
        var expected = await File.ReadAllBytesAsync(RepositoryPaths.Of("fixtures", "documented", "get-user-jobs.200.json"), TestContext.Current.CancellationToken);
        var user = fixture.Mock.Store.Users[0].Id;

        using var jobs = await Client.PreferAsync("users/jobs", MockHttp.FullKey, prefer);
        using var status = await Client.PreferAsync($"users/jobs/userJobStatus/{user}", MockHttp.FullKey, prefer);

        ((int)jobs.StatusCode).Should().Be(200);
        jobs.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        (await jobs.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(expected);
        (await status.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(expected);
    }

    [Fact]
    public async Task Get_DocumentedExample_KeyChecksStillApply()
    {
        using var noKey = await Client.PreferAsync("users/jobs", key: null, "example=documented");
        using var limited = await Client.PreferAsync("users/jobs", MockHttp.LimitedKey, "example=documented");
        using var global = await Client.PreferAsync("users/jobs", MockHttp.GlobalKey, "dynamic=false");

        ((int)noKey.StatusCode).Should().Be(401);
        ((int)limited.StatusCode).Should().Be(403);
        ((int)global.StatusCode).Should().Be(400);
    }

    [Theory]
    [InlineData("users/jobs/jobStatus", "dynamic=false")]
    [InlineData("users/jobs/jobCounts", "example=documented")]
    [InlineData("health", "dynamic=false")]
    public async Task Get_StaticExampleOnARouteWithoutOne_400SayingSo(string path, string prefer)
    {
        using var response = await Client.PreferAsync(path, MockHttp.FullKey, prefer);

        ((int)response.StatusCode).Should().Be(400);
        var field = (await response.ReadJsonAsync())["details"]!["fields"]![0]!;
        ((string?)field["field"]).Should().Be("Prefer");
        ((string?)field["message"]).Should().Contain("no static example exists");
    }

    [Fact]
    public async Task Get_PreferOnDocumentsAndControlRoutes_Ignored()
    {
        using var root = ControlHttp.RootClient(fixture.Mock);

        using var document = await root.PreferAsync("__buena/openapi.yaml", key: null, "code=500");
        using var control = await root.PreferAsync("__buena/faults", key: null, "nonsense");

        ((int)document.StatusCode).Should().Be(200);
        ((int)control.StatusCode).Should().Be(200);
    }
}
