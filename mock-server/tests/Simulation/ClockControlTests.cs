using System.Net;
using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Simulation;

public sealed class ClockControlTests
{
    [Fact]
    public async Task Advance_AnHour_EveryRunningJobHasEnded()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var before = await client.GetJsonAsync("users/jobs?status=running", MockHttp.FullKey);
        var running = before["data"]!["jobs"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()).ToList();
        running.Should().NotBeEmpty();

        using var advanced = await client.PostAsync(new Uri(mock.Url + "/__buena/clock/advance?seconds=3600"), null, TestContext.Current.CancellationToken);

        advanced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await advanced.ReadJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-01-15T13:00:00Z");
        var after = await client.GetJsonAsync("users/jobs", MockHttp.FullKey);
        var jobs = after["data"]!["jobs"]!.AsArray();
        foreach (var id in running)
        {
            var job = jobs.Single(j => j!["id"]!.GetValue<string>() == id)!;
            job["status"]!.GetValue<string>().Should().BeOneOf(JobStatuses.Completed, JobStatuses.Failed);
            job["completedAt"]!.GetValue<string>().Should().NotBeNull();
        }

        after["data"]!["statistics"]!["running"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Set_BeforeNow_400AndTheClockStays()
    {
        await using var mock = MockHttp.Start();
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(mock.Url + "/__buena/clock/set?at=2020-01-01T00:00:00Z"), null, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync())["details"]!["fields"]![0]!["field"]!.GetValue<string>().Should().Be("at");
        var clock = JsonNodeOf(await http.GetStringAsync(new Uri(mock.Url + "/__buena/clock"), TestContext.Current.CancellationToken));
        clock["now"]!.GetValue<string>().Should().Be(TestClock.NowText);
        clock["frozen"]!.GetValue<bool>().Should().BeTrue("--clock without --time-scale pins the clock");
    }

    [Theory]
    [InlineData("seconds=abc")]
    [InlineData("seconds=-5")]
    [InlineData("seconds=0")]
    [InlineData("")]
    public async Task Advance_BadSeconds_400NamingSeconds(string query)
    {
        await using var mock = MockHttp.Start();
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(mock.Url + "/__buena/clock/advance?" + query), null, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync())["message"]!.GetValue<string>().Should().Contain("seconds");
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Fact]
    public async Task SameSeedSameClockMoves_TwoServers_SameBytes()
    {
        await using var first = MockHttp.Start();
        await using var second = MockHttp.Start();
        var answers = new List<byte[]>();
        foreach (var mock in new[] { first, second })
        {
            using var client = MockHttp.Client(mock);
            mock.Clock.Advance(TimeSpan.FromSeconds(95));
            mock.Clock.Advance(TimeSpan.FromMinutes(7));
            answers.Add(await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.FullKey));
        }

        answers[1].Should().Equal(answers[0]);
    }

    [Fact]
    public async Task TimeScale120_RunningJobPolledInRealTime_EndsWithinAMinute()
    {
        await using var mock = MockHttp.Start(configure: o => { o.Clock = null; o.TimeScale = 120; });
        using var client = MockHttp.Client(mock);
        using var root = ControlHttp.RootClient(mock);

        // A job started now, 1,000 items long (17 to 67 simulated minutes, 8 to 33 s at ×120): the seeded
        // running jobs may have ended before a loaded machine sends its first request.
        using var created = await root.SendAsync(
            HttpMethod.Post,
            "__buena/jobs",
            key: null,
            new Dictionary<string, string>(),
            $$$"""{"userId": "{{{mock.Store.Users[0].Id}}}", "type": "data_enrichment", "status": "running", "metadata": {"batchSize": 1000}}""");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync())["data"]!["job"]!["id"]!.GetValue<string>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string status;

        do
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            var jobs = (await client.GetJsonAsync("users/jobs", MockHttp.FullKey))["data"]!["jobs"]!.AsArray();
            status = jobs.Single(j => j!["id"]!.GetValue<string>() == id)!["status"]!.GetValue<string>();
        }
        while (JobStatuses.IsActive(status) && DateTime.UtcNow < deadline);

        status.Should().BeOneOf(JobStatuses.Completed, JobStatuses.Failed);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string text) => System.Text.Json.Nodes.JsonNode.Parse(text)!;
}
