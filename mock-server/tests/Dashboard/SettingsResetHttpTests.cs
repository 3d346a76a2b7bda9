using BuenaMock.Faults;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Dashboard;

/// <summary><c>POST /__buena/faults/reset</c> and <c>POST /__buena/rate-limits/reset</c>: back to the start-up options, nothing else.</summary>
public sealed class SettingsResetHttpTests
{
    [Fact]
    public async Task FaultsReset_AfterAPut_TheOptionsFaultsAgainAndNothingElseChanges()
    {
        await using var mock = MockHttp.Start(configure: o =>
        {
            o.ErrorRate = 0.25;
            o.ErrorKinds = ["503"];
            o.Latency = new LatencyRange(5, 5);
        });
        using var root = ControlHttp.RootClient(mock);
        await ControlHttp.PutFaultsAsync(mock, """{"errorRate": 1, "errorKinds": ["500"]}""");
        using (await root.SendAsync(HttpMethod.Post, "__buena/clock/advance?seconds=60"))
        {
        }

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/faults/reset");

        ((int)response.StatusCode).Should().Be(200);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "faults.schema.json");
        var faults = await root.GetJsonAsync("__buena/faults", key: null);
        faults.ToJsonString().Should().Be("""{"latency":"5ms","routeLatency":{},"errorRate":0.25,"errorKinds":["503"]}""");
        text.Should().Be(faults.ToJsonString());
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now.AddSeconds(60), "only the faults were reset");
    }

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
}
