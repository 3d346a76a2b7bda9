using System.Net;
using BuenaMock.RateLimiting;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.RateLimiting;

/// <summary>Rate limits at the HTTP level, on the pinned clock (2026-01-15T12:00:00Z, frozen); time moves only by <c>mock.Clock.Advance</c>.</summary>
public class RateLimitHttpTests
{
    private static readonly long Now = TestClock.Now.ToUnixTimeSeconds();

    [Fact]
    public async Task Get_61stRequestInAMinute_429WithTheDocumentedBodyAndRetryAfter()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var client = MockHttp.Client(mock);
        for (var i = 1; i <= 60; i++)
        {
            using var ok = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
            ((int)ok.StatusCode).Should().Be(200, "request {0} of 60 is within the limit", i);
            ok.Header("X-RateLimit-Remaining").Should().Be((60 - i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var refused = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);

        ((int)refused.StatusCode).Should().Be(429);
        var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-429.schema.json");
        var body = await refused.ReadJsonAsync();
        ((bool?)body["error"]).Should().BeTrue();
        ((string?)body["code"]).Should().Be("RATE_LIMIT_EXCEEDED");
        ((string?)body["message"]).Should().Be("Rate limit exceeded. Try again in 60 seconds.");
        ((string?)body["version"]).Should().Be("2.0");
        ((string?)body["timestamp"]).Should().Be(TestClock.NowText);
        ((int?)body["retryAfter"]).Should().Be(60);
        ((int?)body["rateLimitInfo"]!["limit"]).Should().Be(60);
        ((int?)body["rateLimitInfo"]!["remaining"]).Should().Be(0);
        ((long?)body["rateLimitInfo"]!["reset"]).Should().Be(Now + 60);
        ((string?)body["rateLimitInfo"]!["window"]).Should().Be("minute");
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        refused.Header("X-RateLimit-Limit").Should().Be("60");
        refused.Header("X-RateLimit-Remaining").Should().Be("0");
        refused.Header("X-RateLimit-Reset").Should().Be((Now + 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
        refused.Header("X-RateLimit-Window").Should().Be("minute");
    }

    [Fact]
    public async Task Get_RetryAfter_SecondsToTheWindowsReset()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(1, 100, 1000));
        using var client = MockHttp.Client(mock);
        using var first = await client.GetAsync("health", MockHttp.FullKey);
        mock.Clock.Advance(TimeSpan.FromSeconds(45));

        using var refused = await client.GetAsync("health", MockHttp.FullKey);

        ((int)refused.StatusCode).Should().Be(429);
        ((int?)(await refused.ReadJsonAsync())["retryAfter"]).Should().Be(15);
        refused.Header("Retry-After").Should().Be("15");
    }

    [Fact]
    public async Task Get_EveryApiResponseWithAValidKey_CarriesTheRateLimitHeaders()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var client = MockHttp.Client(mock);
        var otherUser = mock.Store.Users[1].Id;
        (string Path, string Key, int Status)[] cases =
        [
            ("users/jobs", MockHttp.FullKey, 200),
            ("users/jobs", MockHttp.GlobalKey, 400),
            ("users/jobs?startDate=yesterday", MockHttp.FullKey, 400),
            ("users/jobs", MockHttp.LimitedKey, 403),
            ($"users/jobs/userJobStatus/{otherUser}", MockHttp.FullKey, 403),
            ("users/jobs/userJobStatus/ffffffffffffffffffffffff", MockHttp.GlobalKey, 404),
            ("users/jobs/jobStatus", MockHttp.OtherKey, 403),
            ("health", MockHttp.OtherKey, 200),
        ];

        foreach (var (path, key, status) in cases)
        {
            using var response = await client.GetAsync(path, key);
            ((int)response.StatusCode).Should().Be(status, "GET {0}", path);
            foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Window" })
            {
                response.Headers.Contains(header).Should().BeTrue("a {0} on GET {1} with a valid key carries {2}", status, path, header);
            }
        }

        using var wrongMethod = await client.SendAsync(HttpMethod.Delete, "users/jobs", MockHttp.FullKey);
        ((int)wrongMethod.StatusCode).Should().Be(405);
        wrongMethod.Headers.Contains("X-RateLimit-Limit").Should().BeTrue("a 405 with a valid key reports the key's standing too");
    }

    [Fact]
    public async Task Get_InvalidOrMissingKey_NoRateLimitHeadersAnd401()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(1, 100, 1000));
        using var client = MockHttp.Client(mock);

        using var missing = await client.GetAsync("users/jobs", key: null);
        using var unknown = await client.GetAsync("users/jobs", "bna_" + new string('9', 64));
        using var health = await client.GetAsync("health", key: null);

        ((int)missing.StatusCode).Should().Be(401);
        ((int)unknown.StatusCode).Should().Be(401);
        ((int)health.StatusCode).Should().Be(200);
        new[] { missing, unknown, health }.Should().OnlyContain(r => !r.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task Get_OverTheLimit_429ComesAfterThe401AndBeforeThe403()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(1, 100, 1000));
        using var client = MockHttp.Client(mock);

        using var denied = await client.GetAsync("users/jobs", MockHttp.LimitedKey);
        using var limited = await client.GetAsync("users/jobs", MockHttp.LimitedKey);
        using var unknownKey = await client.GetAsync("users/jobs", "bna_" + new string('8', 64));

        ((int)denied.StatusCode).Should().Be(403, "the first request is within the limit and lacks users:read");
        ((int)limited.StatusCode).Should().Be(429, "the rate limit is checked right after the key, before the permission");
        ((int)unknownKey.StatusCode).Should().Be(401, "an invalid key is never rate limited");
    }

    [Fact]
    public async Task Get_ClockMovedPastTheReset_AllowedAgain()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(2, 100, 1000));
        using var client = MockHttp.Client(mock);
        (await client.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();
        (await client.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();
        using var refused = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)refused.StatusCode).Should().Be(429);

        mock.Clock.Advance(refused.Headers.RetryAfter!.Delta!.Value);
        using var again = await client.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)again.StatusCode).Should().Be(200);
        again.Header("X-RateLimit-Remaining").Should().Be("1");
        again.Header("X-RateLimit-Reset").Should().Be((Now + 120).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Get_OneKeyExhausted_AnotherKeyUnaffected()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(2, 100, 1000));
        using var client = MockHttp.Client(mock);
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();
        }

        using var other = await client.GetAsync("users/jobs/userJobStatus/" + mock.Store.Users[1].Id, MockHttp.OtherKey);
        using var global = await client.GetAsync("users/jobs/jobCounts", MockHttp.GlobalKey);

        ((int)other.StatusCode).Should().Be(200);
        other.Header("X-RateLimit-Remaining").Should().Be("1");
        ((int)global.StatusCode).Should().Be(200);
        global.Header("X-RateLimit-Remaining").Should().Be("1");
    }

    [Fact]
    public async Task Get_RefusedRequests_DoNotCountTowardsUsage()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(2, 100, 1000));
        using var client = MockHttp.Client(mock);
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("users/jobs", MockHttp.FullKey)).Dispose();
        }

        mock.Keys.UsageOf(mock.Keys.Authenticate(MockHttp.FullKey, TestClock.Now)!).Should().Be(2);
    }

    [Fact]
    public async Task Get_RateLimitsOff_NoHeadersAndNoLimit()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        for (var i = 0; i < 70; i++)
        {
            using var response = await client.GetAsync("health", MockHttp.FullKey);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Headers.Contains("X-RateLimit-Limit").Should().BeFalse();
        }
    }

    [Fact]
    public async Task Get_DocumentsAndControlRoutes_NeverRateLimited()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(1, 100, 1000));
        using var root = ControlHttp.RootClient(mock);

        for (var i = 0; i < 3; i++)
        {
            using var document = await root.GetAsync("__buena/openapi.yaml", MockHttp.FullKey);
            using var control = await root.GetAsync("__buena/faults", MockHttp.FullKey);
            ((int)document.StatusCode).Should().Be(200);
            ((int)control.StatusCode).Should().Be(200);
            document.Headers.Contains("X-RateLimit-Limit").Should().BeFalse();
        }
    }

    [Fact]
    public async Task PutRateLimits_NewPolicy_InForceAtOnceAndCountsForgotten()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        using var root = ControlHttp.RootClient(mock);

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/rate-limits", body: """{"rateLimits": "1,10,100"}""");
        using var first = await client.GetAsync("health", MockHttp.FullKey);
        using var second = await client.GetAsync("health", MockHttp.FullKey);
        var current = await root.GetJsonAsync("__buena/rate-limits", key: null);

        ((int)put.StatusCode).Should().Be(200);
        ((int)first.StatusCode).Should().Be(200);
        ((int)second.StatusCode).Should().Be(429);
        current.ToJsonString().Should().Be("""{"rateLimits":"1,10,100","perMinute":1,"perHour":10,"perDay":100}""");
        await SchemaAssert.ValidAsync(current.ToJsonString(), "rate-limits.schema.json");

        using var off = await root.SendAsync(HttpMethod.Put, "__buena/rate-limits", body: """{"rateLimits": "off"}""");
        using var third = await client.GetAsync("health", MockHttp.FullKey);
        ((int)third.StatusCode).Should().Be(200);
        third.Headers.Contains("X-RateLimit-Limit").Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"rateLimits": "lots"}""", "rateLimits")]
    [InlineData("""{"rateLimits": "0,1,1"}""", "rateLimits")]
    [InlineData("""{"rateLimits": 60}""", "rateLimits")]
    [InlineData("""{"limits": "documented"}""", "rateLimits")]
    [InlineData("""{"rateLimits": "off", "perMinute": 5}""", "perMinute")]
    [InlineData("documented", "body")]
    public async Task PutRateLimits_BadBody_400NamingTheFieldAndNothingChanges(string body, string field)
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var root = ControlHttp.RootClient(mock);

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/rate-limits", body: body);
        var current = await root.GetJsonAsync("__buena/rate-limits", key: null);

        ((int)put.StatusCode).Should().Be(400);
        await SchemaAssert.ValidAsync(await put.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "error-400-validation.schema.json");
        ((string?)(await put.ReadJsonAsync())["details"]!["fields"]![0]!["field"]).Should().Be(field);
        ((string?)current["rateLimits"]).Should().Be("60,1000,10000");
    }
}
