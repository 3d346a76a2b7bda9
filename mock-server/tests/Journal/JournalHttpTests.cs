using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Journal;

/// <summary><c>GET /__buena/requests</c>: the bounded journal of recent requests, keys redacted.</summary>
public class JournalHttpTests
{
    [Fact]
    public async Task GetRequests_AfterARequest_AnEntryDescribingIt()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        using var response = await client.GetAsync("users/jobs?status=completed", MockHttp.FullKey);

        var journal = await ControlHttp.JournalAsync(mock);

        var entry = journal["requests"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)entry["id"]).Should().Be(response.Header("X-Request-Id"));
        ((string?)entry["time"]).Should().Be("2026-01-15T12:00:00.000Z");
        ((string?)entry["method"]).Should().Be("GET");
        ((string?)entry["path"]).Should().Be("/api/v2/users/jobs");
        ((string?)entry["query"]).Should().Be("status=completed");
        ((int?)entry["status"]).Should().Be(200);
        ((string?)entry["route"]).Should().Be("jobs");
        ((string?)entry["key"]).Should().Be("bna_1111…");
        ((long?)entry["durationMs"]).Should().BeGreaterThanOrEqualTo(0);
        entry["fault"].Should().BeNull();
        ((int?)journal["capacity"]).Should().Be(1000);
    }

    [Fact]
    public async Task GetRequests_SeveralRequests_NewestLast()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var ids = new List<string>();
        foreach (var path in new[] { "health", "users/jobs", "nowhere" })
        {
            using var response = await client.GetAsync(path, key: null);
            ids.Add(response.Header("X-Request-Id"));
        }

        var entries = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray();

        entries.Select(e => (string?)e!["id"]).Should().Equal(ids);
        entries.Select(e => (int?)e!["status"]).Should().Equal(200, 401, 404);
        entries.Select(e => (string?)e!["route"]).Should().Equal("health", "jobs", null);
        entries.Select(e => (string?)e!["key"]).Should().OnlyContain(k => k == null);
    }

    [Fact]
    public async Task GetRequests_AnyKey_NeverWhole()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var unknown = "bna_" + new string('c', 64);
        string[] keys = [MockHttp.FullKey, MockHttp.GlobalKey, MockHttp.OtherKey, unknown, "short"];
        foreach (var key in keys)
        {
            (await client.GetAsync("users/jobs", key)).Dispose();
        }

        using var root = ControlHttp.RootClient(mock);
        var text = await root.GetStringAsync("__buena/requests", TestContext.Current.CancellationToken);

        text.Should().NotContainAny(keys);
        await SchemaAssert.ValidAsync(text, "request-journal.schema.json");
        text.Should().Contain("bna_1111…").And.Contain("abc12345…").And.Contain("bna_cccc…").And.Contain("sh…");
    }

    [Fact]
    public async Task GetRequests_MoreThanTheCapacity_TheLast1000()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        string last = "";
        for (var i = 0; i < 1010; i++)
        {
            using var response = await client.GetAsync("health", key: null);
            last = response.Header("X-Request-Id");
        }

        var journal = await ControlHttp.JournalAsync(mock);

        var entries = journal["requests"]!.AsArray();
        entries.Should().HaveCount(1000);
        ((long?)journal["total"]).Should().Be(1010);
        ((string?)entries[^1]!["id"]).Should().Be(last);
        ((string?)entries[0]!["id"]).Should().Be("req_000011");
    }

    [Fact]
    public async Task GetRequests_Limit_TheMostRecent()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("health", key: null)).Dispose();
        }

        var entries = (await ControlHttp.JournalAsync(mock, "?limit=2"))["requests"]!.AsArray();

        entries.Select(e => (string?)e!["id"]).Should().Equal("req_000004", "req_000005");
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?limit=many")]
    [InlineData("?limit=1&limit=2")]
    public async Task GetRequests_BadLimit_400NamingIt(string query)
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync("__buena/requests" + query, key: null);

        ((int)response.StatusCode).Should().Be(400);
        ((string?)(await response.ReadJsonAsync())["details"]!["fields"]![0]!["field"]).Should().Be("limit");
    }

    [Fact]
    public async Task GetRequests_ControlRequests_NotRecorded()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);
        (await root.GetAsync("__buena/faults", key: null)).Dispose();
        (await root.GetAsync("__buena/requests", key: null)).Dispose();

        var journal = await ControlHttp.JournalAsync(mock);

        journal["requests"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task GetRequests_InjectedFaults_Named()
    {
        await using var mock = MockHttp.Start(configure: o => { o.ErrorRate = 1; o.ErrorKinds = ["reset"]; });
        using var client = MockHttp.Client(mock);
        var send = async () => (await client.GetAsync("health", MockHttp.FullKey)).Dispose();
        await send.Should().ThrowAsync<HttpRequestException>();

        var entry = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Single()!;

        entry["status"].Should().BeNull();
        ((string?)entry["fault"]).Should().Be("reset");
        using var root = ControlHttp.RootClient(mock);
        await SchemaAssert.ValidAsync(await root.GetStringAsync("__buena/requests", TestContext.Current.CancellationToken), "request-journal.schema.json");
    }
}
