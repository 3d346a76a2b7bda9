using BuenaMock.RateLimiting;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.RateLimiting;

/// <summary><c>POST /__buena/rate-limits/reset</c>: back to the start-up options' limits, every count forgotten.</summary>
public sealed class RateLimitResetHttpTests
{
    [Fact]
    public async Task RateLimitsReset_AfterAPut_TheOptionsLimitsAgain()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var root = ControlHttp.RootClient(mock);
        using (var put = await root.SendAsync(HttpMethod.Put, "__buena/rate-limits", body: """{"rateLimits": "off"}"""))
        {
            ((int)put.StatusCode).Should().Be(200);
        }

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/rate-limits/reset");

        ((int)response.StatusCode).Should().Be(200);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "rate-limits.schema.json");
        text.Should().Be("""{"rateLimits":"60,1000,10000","perMinute":60,"perHour":1000,"perDay":10000}""");
        using var inForce = await root.GetAsync(new Uri("__buena/rate-limits", UriKind.Relative), TestContext.Current.CancellationToken);
        (await inForce.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be(text);
    }

    [Fact]
    public async Task RateLimitsReset_PartOfAWindowUsed_EveryCountForgotten()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = RateLimitPolicy.Documented);
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);
        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).Dispose();
        }

        using (var before = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey))
        {
            before.Header("X-RateLimit-Remaining").Should().Be("57");
        }

        using (var reset = await root.SendAsync(HttpMethod.Post, "__buena/rate-limits/reset"))
        {
            ((int)reset.StatusCode).Should().Be(200);
        }

        using var after = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
        ((int)after.StatusCode).Should().Be(200);
        after.Header("X-RateLimit-Limit").Should().Be("60");
        after.Header("X-RateLimit-Remaining").Should().Be("59", "the reset forgot the three requests before it; this one is the first of a new window");
    }
}
