using System.Text.Json.Nodes;
using BuenaMock.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace BuenaMock.Tests.Recording;

/// <summary>
/// <c>--proxy … --record DIR</c> writes WireMock mapping files; <c>--mappings DIR</c> serves them
/// offline over the generated API, <c>--replay DIR</c> without it, and WireMock.Net reads them too.
/// </summary>
public sealed class RecordingHttpTests
{
    private static readonly string[] AllKeys = [MockHttp.FullKey, MockHttp.LimitedKey, MockHttp.OtherKey, MockHttp.GlobalKey];

    [Fact]
    public async Task Record_ThenMappings_SameStatusAndBytesOfflineWhileTheGeneratedApiAnswersTheRest()
    {
        using var folder = new RecordingFolder();
        byte[] recorded;
        await using (var upstream = MockHttp.Start(seed: 7))
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            recorded = await client.GetBytesAsync("users/jobs?status=failed&limit=2", MockHttp.FullKey);
        }

        await using var offline = MockHttp.Start(seed: 42, configure: o => o.MappingsDirectory = folder.Path);
        using var offlineClient = MockHttp.Client(offline);
        var replayed = await offlineClient.GetBytesAsync("users/jobs?limit=2&status=failed", MockHttp.OtherKey);
        using var generated = await offlineClient.GetAsync("users/jobs?status=failed", MockHttp.FullKey);
        using var noKey = await offlineClient.GetAsync("users/jobs?status=failed&limit=2", null);

        replayed.Should().Equal(recorded, "the recording answers the same request (any user key, any parameter order) with the same bytes");
        ((int)generated.StatusCode).Should().Be(200);
        (await generated.BytesAsync()).Should().NotEqual(recorded, "another request gets the generated API (another seed)");
        ((int)noKey.StatusCode).Should().Be(401, "the recording matched a key; without one the generated API's check answers");
    }

    [Fact]
    public async Task Record_File_IsAWireMockMappingMatchingTheKeyByPattern()
    {
        using var folder = new RecordingFolder();
        await using (var upstream = MockHttp.Start())
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            (await client.GetAsync("users/jobs?status=failed", MockHttp.FullKey)).Dispose();
            (await client.GetAsync("health", null)).Dispose();
        }

        var files = folder.Recordings();
        files.Select(Path.GetFileName).Should().Equal("0001-get-users-jobs.json", "0002-get-health.json");
        var mapping = JsonNode.Parse(await File.ReadAllTextAsync(files[0], TestContext.Current.CancellationToken))!;
        ((string?)mapping["Title"]).Should().Be("GET /api/v2/users/jobs?status=failed");
        ((string?)mapping["Description"]).Should().EndWith("key bna_1111…");
        ((string?)mapping["Request"]!["Methods"]![0]).Should().Be("GET");
        ((string?)mapping["Request"]!["Path"]!["Matchers"]![0]!["Pattern"]).Should().Be("/api/v2/users/jobs");
        ((string?)mapping["Request"]!["Params"]![0]!["Name"]).Should().Be("status");
        var key = mapping["Request"]!["Headers"]![0]!;
        ((string?)key["Name"]).Should().Be("x-api-key");
        ((string?)key["Matchers"]![0]!["Name"]).Should().Be("RegexMatcher");
        ((int?)mapping["Response"]!["StatusCode"]).Should().Be(200);
        ((string?)mapping["Response"]!["Headers"]!["content-type"]).Should().Be("application/json; charset=utf-8");

        var health = JsonNode.Parse(await File.ReadAllTextAsync(files[1], TestContext.Current.CancellationToken))!;
        ((bool?)health["Request"]!["Headers"]![0]!["RejectOnMatch"]).Should().BeTrue("a request recorded without a key matches only without one");
    }

    [Fact]
    public async Task Record_EveryKeyKindAndRoute_NoFileHoldsAWholeKey()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        var user = upstream.Store.Users[0].Id;
        var jobId = upstream.Store.JobsOf(user, TestClock.Now)[0].Id;
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            foreach (var key in AllKeys)
            {
                (await client.GetAsync("users/jobs", key)).Dispose();
                (await client.GetAsync($"users/jobs/userJobStatus/{user}", key)).Dispose();
                (await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", key, """{"message":"x"}""")).Dispose();
            }
        }

        var files = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories);
        files.Should().HaveCount(AllKeys.Length * 3);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            foreach (var key in AllKeys)
            {
                text.Should().NotContain(key, "{0} must not hold a whole key", Path.GetFileName(file));
                text.Should().NotContain(key[..20], "{0} must not hold most of a key", Path.GetFileName(file));
            }
        }
    }

    [Fact]
    public async Task Record_RepeatedRequest_ReplayedInOrderThenTheLastAgain()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        var job = upstream.Store.JobsOf(upstream.Store.Users[0].Id, TestClock.Now)[0].Id;
        var recorded = new List<string?>();
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            foreach (var message in new[] { "first", "second", "third" })
            {
                (await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{job}", MockHttp.FullKey, $$"""{"message":"{{message}}"}""")).Dispose();
                recorded.Add(MockHttp.MessageOf(await client.GetJsonAsync("users/jobs", MockHttp.FullKey), job));
            }
        }

        recorded.Should().Equal("first", "second", "third");
        await using var replay = RecordingServers.Replay(folder.Path);
        using var replayClient = MockHttp.Client(replay);
        var replayed = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            replayed.Add(MockHttp.MessageOf(await replayClient.GetJsonAsync("users/jobs", MockHttp.FullKey), job));
        }

        replayed.Should().Equal("first", "second", "third", "third", "third");
        replay.Stubs.ResetScenarios();
        MockHttp.MessageOf(await replayClient.GetJsonAsync("users/jobs", MockHttp.FullKey), job).Should().Be("first", "a reset scenario starts again");
    }

    [Fact]
    public async Task Record_Write_ReplayedForTheSameJsonBodyWhateverItsFormatting()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        var job = upstream.Store.JobsOf(upstream.Store.Users[0].Id, TestClock.Now)[0].Id;
        byte[] recorded;
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var response = await MockHttp.Client(proxy).SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{job}", MockHttp.FullKey, """{"message":"recorded"}""");
            recorded = await response.BytesAsync();
        }

        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);
        using var same = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{job}", MockHttp.FullKey, """{ "message" : "recorded" }""");
        using var other = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{job}", MockHttp.FullKey, """{"message":"other"}""");

        (await same.BytesAsync()).Should().Equal(recorded);
        ((int)other.StatusCode).Should().Be(404, "another body is another request");
    }

    [Fact]
    public async Task Replay_Unmatched_404EnvelopeNamingTheRequest()
    {
        using var folder = new RecordingFolder();
        await using (var upstream = MockHttp.Start())
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            (await MockHttp.Client(proxy).GetAsync("health", null)).Dispose();
        }

        await using var replay = RecordingServers.Replay(folder.Path);
        using var client = MockHttp.Client(replay);
        using var recorded = await client.GetAsync("health", null);
        using var unmatched = await client.GetAsync("users/jobs?status=failed", MockHttp.FullKey);

        ((int)recorded.StatusCode).Should().Be(200);
        ((int)unmatched.StatusCode).Should().Be(404);
        var error = await unmatched.ReadJsonAsync();
        ((string?)error["code"]).Should().Be("NOT_FOUND");
        ((string?)error["message"]).Should().Be("No recorded mapping matches GET /api/v2/users/jobs?status=failed");
    }

    [Fact]
    public async Task Record_BinaryAnswer_WrittenAsBytes_ReplayedWithTheSameBytes()
    {
        byte[] sent = [0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, 0x7b];
        using var folder = new RecordingFolder();
        using (var upstream = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] }))
        {
            upstream.Given(Request.Create().WithPath("/api/v2/users/jobs").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithBody(sent));
            await using var proxy = RecordingServers.Proxy(upstream.Urls[0] + "/api/v2", folder.Path);
            (await MockHttp.Client(proxy).GetBytesAsync("users/jobs", MockHttp.FullKey)).Should().Equal(sent);
        }

        var file = JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(folder.Path, "*.json").Single(), TestContext.Current.CancellationToken))!;
        ((string?)file["Response"]!["BodyAsBytes"]).Should().Be(Convert.ToBase64String(sent));
        file["Response"]!["Body"].Should().BeNull("bytes that are not UTF-8 are never written as lossy text");

        await using var replay = RecordingServers.Replay(folder.Path);
        (await MockHttp.Client(replay).GetBytesAsync("users/jobs", MockHttp.FullKey)).Should().Equal(sent);
    }

    [Fact]
    public async Task Record_ReadByWireMockNetAsStaticMappings_AnswersTheSame()
    {
        using var folder = new RecordingFolder();
        byte[] recorded;
        await using (var upstream = MockHttp.Start())
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            recorded = await MockHttp.Client(proxy).GetBytesAsync("users/jobs?status=failed", MockHttp.FullKey);
        }

        using var wiremock = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        wiremock.ReadStaticMappings(folder.Path);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, wiremock.Urls[0] + "/api/v2/users/jobs?status=failed");
        request.Headers.Add("x-api-key", MockHttp.FullKey);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        wiremock.Mappings.Should().ContainSingle();
        ((int)response.StatusCode).Should().Be(200);
        (await response.BytesAsync()).Should().Equal(recorded);
    }
}
