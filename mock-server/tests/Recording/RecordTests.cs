using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Recording;

/// <summary><c>--proxy … --record DIR</c>: each exchange is one readable JSON file, the key redacted.</summary>
public partial class RecordTests
{
    private static readonly string[] AllKeys = [MockHttp.FullKey, MockHttp.LimitedKey, MockHttp.OtherKey, MockHttp.GlobalKey];

    [Fact]
    public async Task Record_EachExchange_OneIndentedJsonFileWithRedactedKey()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            using var jobs = await client.GetAsync("users/jobs?status=failed", MockHttp.FullKey);
            using var health = await client.GetAsync("health", null);
            ((int)jobs.StatusCode).Should().Be(200);
        }

        var files = folder.Files();
        files.Select(Path.GetFileName).Should().Equal("0001-get-users-jobs.json", "0002-get-health.json");
        var text = await File.ReadAllTextAsync(files[0], TestContext.Current.CancellationToken);
        text.Should().Contain("\n  \"request\": {", "the file is indented for reading");
        var recording = JsonNode.Parse(text)!;
        ((string?)recording["request"]!["method"]).Should().Be("GET");
        ((string?)recording["request"]!["path"]).Should().Be("/api/v2/users/jobs");
        ((string?)recording["request"]!["query"]!["status"]).Should().Be("failed");
        ((string?)recording["request"]!["headers"]!["x-api-key"]).Should().Be("bna_1111…");
        ((int?)recording["response"]!["status"]).Should().Be(200);
        ((string?)recording["response"]!["headers"]!["content-type"]).Should().Be("application/json; charset=utf-8");
        ((bool?)recording["response"]!["body"]!["success"]).Should().BeTrue("a JSON body is kept as JSON, not as a string");
        ((string?)recording["recordedAt"]).Should().Be(TestClock.NowText);

        var withoutKey = JsonNode.Parse(await File.ReadAllTextAsync(files[1], TestContext.Current.CancellationToken))!;
        withoutKey["request"]!["headers"]!.AsObject().ContainsKey("x-api-key").Should().BeFalse();
    }

    [Fact]
    public async Task Record_EveryKeyKindAndRoute_NoFileHoldsAWholeKey()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        var jobId = upstream.Store.JobsOf(upstream.Store.Users[0].Id, TestClock.Now)[0].Id;
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            foreach (var key in AllKeys)
            {
                (await client.GetAsync("users/jobs", key)).Dispose();
                (await client.GetAsync("health", key)).Dispose();
                (await client.GetAsync($"users/jobs/userJobStatus/{upstream.Store.Users[0].Id}", key)).Dispose();
                (await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", key, """{"message":"x"}""")).Dispose();
            }
        }

        folder.Files().Should().HaveCount(AllKeys.Length * 4);
        var everything = folder.Files().SelectMany(File.ReadAllBytes).ToArray();
        var asText = Encoding.UTF8.GetString(everything);
        foreach (var key in AllKeys)
        {
            asText.Should().NotContain(key);
            asText.Should().NotContain(key[..Math.Min(key.Length, 16)], "no more than the redaction's first characters of a key");
        }

        asText.Should().Contain("bna_1111…").And.Contain("abc12345…");
    }

    [Fact]
    public async Task Record_FileNames_CounterAndSanitisedPathOnly()
    {
        using var folder = new RecordingFolder();
        await using var upstream = MockHttp.Start();
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            (await client.GetAsync("users/jobs/userJobStatus/..%2F..%2F..%2Fetc%2Fpasswd", MockHttp.GlobalKey)).Dispose();
            (await client.GetAsync("users/jobs/userJobStatus/%2e%2e%5c%2e%2e%5cWindows", MockHttp.GlobalKey)).Dispose();
            (await client.GetAsync("users/jobs/userJobStatus/A%20B%3Fc%3D", MockHttp.GlobalKey)).Dispose();
        }

        var names = Directory.GetFiles(Path.GetDirectoryName(folder.Path)!, "*", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith("passwd.json", StringComparison.Ordinal) || f.EndsWith("windows.json", StringComparison.Ordinal));
        names.Should().BeEmpty("nothing is written beside the record folder");
        folder.Files().Should().HaveCount(3).And.OnlyContain(f => SafeName().IsMatch(Path.GetFileName(f)));
        var first = JsonNode.Parse(File.ReadAllText(folder.Files()[0]))!;
        ((string?)first["request"]!["path"]).Should().Be("/api/v2/users/jobs/userJobStatus/..%2F..%2F..%2Fetc%2Fpasswd", "the path is kept as sent, still encoded");
    }

    [Fact]
    public async Task Record_FolderWithRecordings_CountsOnWithoutOverwriting()
    {
        using var folder = new RecordingFolder();
        folder.Write("0007-get-health.json", "{}");
        await using var upstream = MockHttp.Start();
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            (await client.GetAsync("health", null)).Dispose();
        }

        folder.Files().Select(Path.GetFileName).Should().Equal("0007-get-health.json", "0008-get-health.json");
        File.ReadAllText(Path.Combine(folder.Path, "0007-get-health.json")).Should().Be("{}");
    }

    [Fact]
    public async Task Record_MissingFolder_Created()
    {
        using var folder = new RecordingFolder(create: false);
        var nested = Path.Combine(folder.Path, "a", "b");
        await using var upstream = MockHttp.Start();
        await using (var proxy = RecordingServers.Proxy(upstream.BaseUrl, nested))
        {
            Directory.Exists(nested).Should().BeTrue("the folder is created at start");
            using var client = MockHttp.Client(proxy);
            (await client.GetAsync("health", null)).Dispose();
        }

        Directory.GetFiles(nested).Should().ContainSingle();
    }

    [Fact]
    public void Start_RecordFolderIsAFile_OptionsExceptionNamingIt()
    {
        using var folder = new RecordingFolder();
        var file = Path.Combine(folder.Path, "not-a-folder");
        File.WriteAllText(file, "");

        var start = () => RecordingServers.Proxy("http://127.0.0.1:9/api/v2", file);

        start.Should().Throw<OptionsException>().Which.Problems.Should().ContainSingle()
            .Which.Should().StartWith($"--record {file}: the folder cannot be created");
    }

    [Fact]
    public async Task Record_UpstreamUnreachable_NothingRecorded()
    {
        using var folder = new RecordingFolder();
        await using (var proxy = RecordingServers.Proxy($"http://127.0.0.1:{RecordingServers.ClosedPort()}/api/v2", folder.Path))
        {
            using var client = MockHttp.Client(proxy);
            using var response = await client.GetAsync("health", MockHttp.FullKey);
            ((int)response.StatusCode).Should().Be(503);
        }

        folder.Files().Should().BeEmpty("only what the upstream answered is recorded");
    }

    [GeneratedRegex("^[0-9]{4}-[a-z0-9-]+\\.json$")]
    private static partial Regex SafeName();
}
