using System.Text.Json.Nodes;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Recording;

/// <summary><c>--replay DIR</c>: recordings served without the upstream, matched on method, path, query and (for writes) body.</summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private static readonly string[] RecordedPaths =
    [
        "users/jobs",
        "users/jobs?status=failed&type=linkedin_action",
        "users/jobs/jobCounts",
        "health",
    ];

    private readonly RecordingFolder _folder = new();
    private readonly Dictionary<string, (int Status, byte[] Body)> _recorded = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        // Record against a live upstream, then stop it: the replays below have no upstream at all.
        await using var upstream = MockHttp.Start();
        await using var proxy = RecordingServers.Proxy(upstream.BaseUrl, _folder.Path);
        using var client = MockHttp.Client(proxy);
        foreach (var path in RecordedPaths)
        {
            using var response = await client.GetAsync(path, MockHttp.FullKey);
            _recorded[path] = ((int)response.StatusCode, await response.BytesAsync());
        }

        using var anonymous = await client.GetAsync("users/jobs/jobCounts", null);
        _recorded["anonymous jobCounts"] = ((int)anonymous.StatusCode, await anonymous.BytesAsync());
    }

    // xunit calls only DisposeAsync on a class that has it, so the folder is deleted here.
    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Get_Recorded_SameStatusAndBytesWithoutUpstream()
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        foreach (var path in RecordedPaths)
        {
            using var response = await client.GetAsync(path, MockHttp.FullKey);
            ((int)response.StatusCode).Should().Be(_recorded[path].Status, path);
            response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
            (await response.BytesAsync()).Should().Equal(_recorded[path].Body, "GET {0} replays what was recorded", path);
        }
    }

    [Fact]
    public async Task Get_OtherKeyValue_StillMatches()
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        using var response = await client.GetAsync("users/jobs", "bna_" + new string('9', 64));

        ((int)response.StatusCode).Should().Be(200);
        (await response.BytesAsync()).Should().Equal(_recorded["users/jobs"].Body);
    }

    [Fact]
    public async Task Get_QueryInAnotherOrder_Matches()
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        using var response = await client.GetAsync("users/jobs?type=linkedin_action&status=failed", MockHttp.FullKey);

        (await response.BytesAsync()).Should().Equal(_recorded["users/jobs?status=failed&type=linkedin_action"].Body);
    }

    [Fact]
    public async Task Get_WithAndWithoutKey_EachGetsItsOwnRecording()
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        using var anonymous = await client.GetAsync("users/jobs/jobCounts", null);
        using var keyed = await client.GetAsync("users/jobs/jobCounts", "any-key-at-all");

        ((int)anonymous.StatusCode).Should().Be(401);
        (await anonymous.BytesAsync()).Should().Equal(_recorded["anonymous jobCounts"].Body);
        ((int)keyed.StatusCode).Should().Be(200);
        (await keyed.BytesAsync()).Should().Equal(_recorded["users/jobs/jobCounts"].Body);
    }

    [Theory]
    [InlineData("users/jobs?status=completed", "GET /api/v2/users/jobs?status=completed")]
    [InlineData("users/jobs/jobStatus", "GET /api/v2/users/jobs/jobStatus")]
    public async Task Get_NotRecorded_404EnvelopeNamingTheRequest(string path, string named)
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        using var response = await client.GetAsync(path, MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(404);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var body = await response.ReadJsonAsync();
        ((bool?)body["error"]).Should().BeTrue();
        ((string?)body["code"]).Should().Be("NOT_FOUND");
        ((string?)body["message"]).Should().Be($"No recording matches {named}");
    }

    [Fact]
    public async Task Put_NotRecorded_404EvenThoughGetIs()
    {
        await using var replay = RecordingServers.Replay(_folder.Path);
        using var client = MockHttp.Client(replay);

        using var response = await client.SendAsync(HttpMethod.Put, "users/jobs", MockHttp.FullKey, "{}");

        ((int)response.StatusCode).Should().Be(404);
        ((string?)(await response.ReadJsonAsync())["message"]).Should().Be("No recording matches PUT /api/v2/users/jobs");
    }

    [Fact]
    public void Start_CorruptRecording_OptionsExceptionNamingEachBadFile()
    {
        using var folder = new RecordingFolder();
        foreach (var file in Directory.GetFiles(_folder.Path))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        folder.Write("0100-broken.json", """{"request": {"method": "GET", "path": "/api/v2/health"}, "response": {"status": 200""");
        folder.Write("0101-no-status.json", """{"request": {"method": "GET", "path": "/api/v2/health"}, "response": {}}""");
        folder.Write("notes.txt", "not a recording, and not read");

        var start = () => RecordingServers.Replay(folder.Path);

        var problems = start.Should().Throw<OptionsException>().Which.Problems;
        problems.Should().HaveCount(2);
        problems[0].Should().StartWith($"--replay {folder.Path}: 0100-broken.json is not a valid recording: not valid JSON");
        problems[1].Should().Be($"--replay {folder.Path}: 0101-no-status.json is not a valid recording: response.status is missing or not an HTTP status (100-599)");
    }

    [Fact]
    public async Task Main_CorruptRecording_ExitCode2NamingTheFile()
    {
        using var folder = new RecordingFolder();
        folder.Write("0001-get-health.json", "{ not json");
        using var host = ServerProcess.Start("--port", "0", "--replay", folder.Path);

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("a malformed recording stops the start");

        host.ExitCode.Should().Be(2);
        host.StandardError.Should().Contain("BuenaMock options are invalid:").And.Contain("0001-get-health.json is not a valid recording");
        host.StandardError.Should().NotContain("   at ");
        host.StandardOutput.Should().NotContain("listening");
    }

    [Fact]
    public async Task Get_RecordedRepeatedly_ServedInOrderThenTheLastAgain()
    {
        using var folder = new RecordingFolder();
        foreach (var (name, progress) in new[] { ("0001-get-jobstatus.json", 10), ("0002-get-jobstatus.json", 60), ("0003-get-jobstatus.json", 100) })
        {
            folder.Write(name, Recording("GET", "/api/v2/users/jobs/jobStatus", body: null, responseBody: $$"""{"progress": {{progress}}}"""));
        }

        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);

        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            seen.Add((int)(await client.GetJsonAsync("users/jobs/jobStatus", MockHttp.FullKey))["progress"]!);
        }

        seen.Should().Equal(10, 60, 100, 100, 100);
    }

    [Fact]
    public async Task Put_MatchedOnBodyAsJson_FormattingAndKeyOrderIgnored()
    {
        using var folder = new RecordingFolder();
        folder.Write("0001-put-a.json", Recording("PUT", "/api/v2/users/jobs/editJobMessage/j1", """{"message": "a", "n": 1}""", """{"which": "a"}"""));
        folder.Write("0002-put-b.json", Recording("PUT", "/api/v2/users/jobs/editJobMessage/j1", """{"message": "b"}""", """{"which": "b"}"""));
        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);

        using var a = await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/j1", MockHttp.FullKey, """{ "n":1 ,"message":"a" }""");
        using var b = await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/j1", MockHttp.FullKey, """{"message":"b"}""");
        using var c = await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/j1", MockHttp.FullKey, """{"message":"c"}""");

        ((string?)(await a.ReadJsonAsync())["which"]).Should().Be("a");
        ((string?)(await b.ReadJsonAsync())["which"]).Should().Be("b");
        ((int)c.StatusCode).Should().Be(404);
    }

    [Fact]
    public async Task Get_EncodedPath_MatchedAsSentAndHandWrittenPathsNormalised()
    {
        using var folder = new RecordingFolder();
        folder.Write("0001-get-a.json", Recording("GET", "/api/v2/users/jobs/userJobStatus/a%2Fb", body: null, responseBody: """{"which": "encoded slash"}"""));
        folder.Write("0002-get-b.json", Recording("GET", "/api/v2/users/jobs/userJobStatus/a b", body: null, responseBody: """{"which": "space"}"""));
        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);

        ((string?)(await client.GetJsonAsync("users/jobs/userJobStatus/a%2Fb", MockHttp.FullKey))["which"]).Should().Be("encoded slash");
        ((string?)(await client.GetJsonAsync("users/jobs/userJobStatus/a%20b", MockHttp.FullKey))["which"]).Should().Be("space");
        using var split = await client.GetAsync("users/jobs/userJobStatus/a/b", MockHttp.FullKey);
        ((int)split.StatusCode).Should().Be(404, "a/b is another path than a%2Fb");
    }

    [Fact]
    public async Task Get_TextBodyRecording_ServedAsText()
    {
        using var folder = new RecordingFolder();
        folder.Write("0001-get-health.json", """
            {
              "request": { "method": "GET", "path": "/api/v2/health" },
              "response": { "status": 502, "headers": { "content-type": "text/html" }, "body": "<h1>Bad gateway</h1>" }
            }
            """);
        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);

        using var response = await client.GetAsync("health", null);

        ((int)response.StatusCode).Should().Be(502);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("<h1>Bad gateway</h1>");
    }

    private static string Recording(string method, string path, string? body, string responseBody) =>
        new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["method"] = method,
                ["path"] = path,
                ["headers"] = new JsonObject { ["x-api-key"] = "bna_1111…" },
                ["body"] = body is null ? null : JsonNode.Parse(body),
            },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["headers"] = new JsonObject { ["content-type"] = "application/json; charset=utf-8" },
                ["body"] = JsonNode.Parse(responseBody),
            },
            ["recordedAt"] = TestClock.NowText,
        }.ToJsonString();
}
