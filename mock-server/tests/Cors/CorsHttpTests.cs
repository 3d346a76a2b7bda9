using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Cors;

/// <summary>CORS as a browser meets it: preflights answered 204, answers (errors too) readable from another origin.</summary>
public class CorsHttpTests
{
    private const string PageOrigin = "http://localhost:3000";

    [Theory]
    [InlineData("api/v2/users/jobs", "GET", "x-api-key,prefer")]
    [InlineData("api/v2/users/jobs/editJobMessage/job_1", "PUT", "x-api-key,content-type")]
    [InlineData("__buena/clock/advance?seconds=60", "POST", "authorization")]
    [InlineData("nowhere", "DELETE", "x-api-key")]
    [InlineData("__admin/mappings", "DELETE", "authorization")]
    public async Task Preflight_AnyPath_204WithTheAllowedMethodsAndHeaders(string path, string method, string requestedHeaders)
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await PreflightAsync(root, path, method, requestedHeaders);

        ((int)response.StatusCode).Should().Be(204);
        response.Header("Access-Control-Allow-Origin").Should().Be("*");
        Values(response, "Access-Control-Allow-Methods").Should().Contain(["GET", "POST", "PUT", "DELETE"]);
        Values(response, "Access-Control-Allow-Headers").Should().Contain(["x-api-key", "Prefer", "content-type", "authorization"]);
        response.Header("Access-Control-Max-Age").Should().Be("600");
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_WithOrigin_ReadableWithTheRateLimitHeadersExposed()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var client = MockHttp.Client(mock);

        using var response = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, FromPage());

        ((int)response.StatusCode).Should().Be(200);
        response.Header("Access-Control-Allow-Origin").Should().Be("*");
        Values(response, "Access-Control-Expose-Headers").Should().Contain(
            ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Window", "Retry-After", "X-Request-Id"]);
        response.Header("X-RateLimit-Remaining").Should().Be("59");
    }

    [Theory]
    [InlineData("users/jobs", null, null, 401, "UNAUTHORIZED")]
    [InlineData("nowhere", null, null, 404, "NOT_FOUND")]
    [InlineData("users/jobs", "code=429", null, 429, "RATE_LIMIT_EXCEEDED")]
    [InlineData("users/jobs", "code=500", null, 500, "INTERNAL_ERROR")]
    [InlineData("users/jobs?startDate=abc", null, "key", 400, "VALIDATION_ERROR")]
    public async Task Get_ErrorWithOrigin_EnvelopeKeptAndReadable(string path, string? prefer, string? key, int status, string code)
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var headers = FromPage();
        if (prefer is not null)
        {
            headers["Prefer"] = prefer;
        }

        using var response = await client.SendAsync(HttpMethod.Get, path, key is null ? null : MockHttp.FullKey, headers);

        ((int)response.StatusCode).Should().Be(status);
        response.Header("Access-Control-Allow-Origin").Should().Be("*");
        var body = await response.ReadJsonAsync();
        ((bool?)body["error"]).Should().BeTrue();
        ((string?)body["code"]).Should().Be(code);
    }

    [Fact]
    public async Task Get_RefusedByTheRequestLimitsWithOrigin_431EnvelopeReadable()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var headers = FromPage();
        headers["X-Big"] = new string('a', 20 * 1024);

        using var response = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, headers);

        ((int)response.StatusCode).Should().Be(431);
        response.Header("Access-Control-Allow-Origin").Should().Be("*");
        ((string?)(await response.ReadJsonAsync())["code"]).Should().Be("REQUEST_HEADERS_TOO_LARGE");
    }

    [Fact]
    public async Task Preflight_WithRateLimits_NeitherJournaledNorCounted()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new RateLimitPolicy(2, 100, 1000));
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);

        for (var i = 0; i < 3; i++)
        {
            using var preflight = await PreflightAsync(root, "api/v2/users/jobs", "GET", "x-api-key");
            ((int)preflight.StatusCode).Should().Be(204);
        }

        using var first = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, FromPage());
        using var second = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, FromPage());

        ((int)first.StatusCode).Should().Be(200);
        ((int)second.StatusCode).Should().Be(200, "preflights do not use up the key's budget of 2 a minute");
        var journal = await ControlHttp.JournalAsync(mock);
        journal["requests"]!.AsArray().Select(e => (string?)e!["method"]).Should().Equal("GET", "GET");
    }

    [Fact]
    public async Task Preflight_CorsOff_405AndNoCorsHeaders()
    {
        await using var mock = MockHttp.Start(configure: o => o.Cors = false);
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);

        using var preflight = await PreflightAsync(root, "api/v2/users/jobs", "GET", "x-api-key");
        using var get = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, FromPage());

        ((int)preflight.StatusCode).Should().Be(405);
        preflight.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        ((int)get.StatusCode).Should().Be(200);
        get.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task Get_CorsOriginsGiven_OnlyThoseOriginsAllowedAndNamed()
    {
        await using var mock = MockHttp.Start(configure: o => o.CorsOrigins = [PageOrigin, "https://app.example"]);
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);

        using var allowed = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, FromPage());
        using var other = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey, new Dictionary<string, string> { ["Origin"] = "http://elsewhere.example" });
        using var otherPreflight = await PreflightAsync(root, "api/v2/users/jobs", "GET", "x-api-key", "http://elsewhere.example");

        allowed.Header("Access-Control-Allow-Origin").Should().Be(PageOrigin);
        Values(allowed, "Vary").Should().Contain("Origin", "with several origins the answer depends on the Origin header");
        ((int)other.StatusCode).Should().Be(200, "CORS is enforced by the browser; the server only withholds the header");
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        ((int)otherPreflight.StatusCode).Should().Be(204);
        otherPreflight.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Request_WithoutOrigin_AnsweredByTheApiWithNoCorsHeaders(bool originsGiven)
    {
        await using var mock = MockHttp.Start(configure: o => o.CorsOrigins = originsGiven ? [PageOrigin] : []);
        using var client = MockHttp.Client(mock);

        using var get = await client.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey);
        using var options = await client.SendAsync(HttpMethod.Options, "users/jobs", MockHttp.FullKey, new Dictionary<string, string> { ["Access-Control-Request-Method"] = "GET" });

        ((int)get.StatusCode).Should().Be(200);
        ((int)options.StatusCode).Should().Be(405, "without Origin an OPTIONS is no preflight: the API answers it");
        ((string?)(await options.ReadJsonAsync())["code"]).Should().Be("METHOD_NOT_ALLOWED");
        foreach (var response in new[] { get, options })
        {
            response.Headers.Select(h => h.Key).Should().NotContain(h => h.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
            Values(response, "Vary").Should().NotContain("Origin");
        }
    }

    private static Dictionary<string, string> FromPage() => new() { ["Origin"] = PageOrigin };

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient root, string path, string method, string requestedHeaders, string origin = PageOrigin) =>
        root.SendAsync(HttpMethod.Options, path, key: null, new Dictionary<string, string>
        {
            ["Origin"] = origin,
            ["Access-Control-Request-Method"] = method,
            ["Access-Control-Request-Headers"] = requestedHeaders,
        });

    private static IEnumerable<string> Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)) : [];
}
