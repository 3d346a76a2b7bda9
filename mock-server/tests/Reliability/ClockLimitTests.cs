using System.Text.Json.Nodes;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// The clock can be moved only as far as the server can live with: a control call naming an instant past
/// <see cref="VirtualClock.Latest"/> is a 400 that changes nothing, and at the last instant every read still answers.
/// </summary>
public sealed class ClockLimitTests
{
    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("9000-01-01T00:00:01Z")]
    public async Task ClockSet_PastTheLastInstant_400AndTheServerCarriesOn(string at)
    {
        await using var mock = MockHttp.Start(configure: o => o.ArrivalsPerHour = 60);
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);

        using var set = await root.SendAsync(HttpMethod.Post, $"__buena/clock/set?at={at}");

        ((int)set.StatusCode).Should().Be(400);
        ((string?)(await set.ReadJsonAsync())["details"]!["fields"]![0]!["field"]).Should().Be("at");
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now);
        using var jobs = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)jobs.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task ClockMovedToTheLastInstant_ReadsWritesAndArrivalsStillAnswer()
    {
        await using var mock = MockHttp.Start(configure: o => o.ArrivalsPerHour = 60);
        using var root = ControlHttp.RootClient(mock);
        using var client = MockHttp.Client(mock);

        // The first read after the jump creates the most arrivals one catch-up makes (ArrivalSchedule.MaxPerCatchUp),
        // seconds of work on a loaded machine: this test is about what answers, not how fast.
        client.Timeout = TimeSpan.FromSeconds(60);
        using (var set = await root.SendAsync(HttpMethod.Post, "__buena/clock/set?at=8999-12-31T00:00:00Z"))
        {
            ((int)set.StatusCode).Should().Be(200);
        }

        using (var advance = await root.SendAsync(HttpMethod.Post, "__buena/clock/advance?seconds=315360000"))
        {
            ((int)advance.StatusCode).Should().Be(200);
            ((string?)(await advance.ReadJsonAsync())["now"]).Should().Be("9000-01-01T00:00:00Z", "the clock stops at its last instant");
        }

        var body = await client.GetJsonAsync("users/jobs/jobStatus", MockHttp.GlobalKey);
        body["data"]!["jobs"]!.AsArray().Should().NotBeEmpty();
        var jobId = (string)body["data"]!["jobs"]![0]!["id"]!;
        using var created = await root.SendAsync(HttpMethod.Post, "__buena/jobs", key: null,
            body: $$"""{"userId": "{{mock.Store.Users[0].Id}}", "type": "linkedin_action", "status": "pending"}""");
        ((int)created.StatusCode).Should().Be(201);
        using var edit = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.GlobalKey, """{"message": "at the end of time"}""");
        ((int)edit.StatusCode).Should().Be(200);
        using var health = await client.GetAsync("health", MockHttp.FullKey);
        ((int)health.StatusCode).Should().Be(200);
    }
}
