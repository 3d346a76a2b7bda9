using BuenaMock.Faults;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Faults;

/// <summary><c>POST /__buena/faults/reset</c>: back to the start-up options' faults, nothing else.</summary>
public sealed class FaultResetHttpTests
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
}
