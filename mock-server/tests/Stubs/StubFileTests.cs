using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

/// <summary><c>--mappings DIR</c>: WireMock.Net mapping files answer what they match; the generated API answers the rest.</summary>
public sealed class StubFileTests
{
    private const string JobCountsDown = """
        {
          "Request": { "Path": "/api/v2/users/jobs/jobCounts", "Methods": ["GET"] },
          "Response": { "StatusCode": 503, "Headers": { "Content-Type": "application/json" }, "BodyAsFile": "maintenance.json" }
        }
        """;

    [Fact]
    public async Task Mappings_StubFile_AnswersItsRequestWhileTheGeneratedApiAnswersTheRest()
    {
        using var folder = new RecordingFolder();
        folder.Write("job-counts-down.json", JobCountsDown);
        Directory.CreateDirectory(Path.Combine(folder.Path, "__files"));
        File.WriteAllText(Path.Combine(folder.Path, "__files", "maintenance.json"), """{"down":"for maintenance"}""");
        await using var mock = MockHttp.Start(configure: o => o.MappingsDirectory = folder.Path);
        using var client = MockHttp.Client(mock);

        using var stubbed = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
        using var generated = await client.GetAsync("users/jobs", MockHttp.FullKey);
        using var noKey = await client.GetAsync("users/jobs", null);

        ((int)stubbed.StatusCode).Should().Be(503);
        (await stubbed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""{"down":"for maintenance"}""", "the body comes from __files/");
        ((int)generated.StatusCode).Should().Be(200);
        ((bool?)(await generated.ReadJsonAsync())["success"]).Should().BeTrue();
        ((int)noKey.StatusCode).Should().Be(401, "what no stub takes still passes the generated API's key check");
        mock.Stubs.List().Should().ContainSingle().Which.Request.Path.Should().NotBeNull();
    }

    [Fact]
    public async Task Mappings_StubWithQueryParameters_MatchesWhateverTheirOrder()
    {
        using var folder = new RecordingFolder();
        folder.Write("failed.json", """
            {
              "Request": { "Path": "/api/v2/users/jobs", "Methods": ["GET"],
                "Params": [ { "Name": "status", "Matchers": [ { "Name": "ExactMatcher", "Pattern": "failed" } ] },
                            { "Name": "limit", "Matchers": [ { "Name": "ExactMatcher", "Pattern": "1" } ] } ] },
              "Response": { "StatusCode": 200, "BodyAsJson": { "stubbed": true } }
            }
            """);
        await using var mock = MockHttp.Start(configure: o => o.MappingsDirectory = folder.Path);
        using var client = MockHttp.Client(mock);

        var first = await client.GetJsonAsync("users/jobs?status=failed&limit=1", MockHttp.FullKey);
        var swapped = await client.GetJsonAsync("users/jobs?limit=1&status=failed", MockHttp.FullKey);
        var other = await client.GetJsonAsync("users/jobs?status=completed&limit=1", MockHttp.FullKey);

        ((bool?)first["stubbed"]).Should().BeTrue();
        ((bool?)swapped["stubbed"]).Should().BeTrue();
        ((bool?)other["success"]).Should().BeTrue("another status is not the stub's");
    }

    [Fact]
    public async Task Mappings_QueryWireMockCannotParse_GeneratedApiStillReadsItAsSent()
    {
        using var folder = new RecordingFolder();
        folder.Write("any.json", """{ "Request": { "Path": "/api/v2/other", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");
        await using var mock = MockHttp.Start(configure: o => o.MappingsDirectory = folder.Path);
        using var client = MockHttp.Client(mock);

        using var clash = await client.GetAsync("users/jobs?status=failed&STATUS=completed", MockHttp.FullKey);
        using var bare = await client.GetAsync("users/jobs?limit=1&=", MockHttp.FullKey);

        ((int)clash.StatusCode).Should().BeOneOf(200, 400).And.NotBe(500);
        ((int)bare.StatusCode).Should().BeOneOf(200, 400).And.NotBe(500);
        var journal = await ControlHttp.JournalAsync(mock);
        journal["requests"]!.AsArray().Select(r => (string?)r!["query"]).Should().Contain("status=failed&STATUS=completed", "the journal keeps the query as sent");
    }

    [Fact]
    public void Start_BadMappingFiles_OptionsExceptionNamingEachFileAndProblem()
    {
        using var folder = new RecordingFolder();
        folder.Write("a-not-json.json", "{ not json");
        folder.Write("b-no-response.json", """{ "Request": { "Path": "/x" } }""");
        folder.Write("c-bad-matcher.json", """{ "Request": { "Path": { "Matchers": [ { "Name": "NoSuchMatcher", "Pattern": "x" } ] } }, "Response": { "StatusCode": 200 } }""");
        folder.Write("d-escaping-file.json", """{ "Request": { "Path": "/x" }, "Response": { "BodyAsFile": "../../etc/passwd" } }""");

        var start = () => MockHttp.Start(configure: o => o.MappingsDirectory = folder.Path);

        var problems = start.Should().Throw<OptionsException>().Which.Message;
        problems.Should().Contain($"--mappings {folder.Path}: a-not-json.json is not a valid mapping: not valid JSON")
            .And.Contain("b-no-response.json is not a valid mapping: \"Response\" is missing or not an object")
            .And.Contain("d-escaping-file.json is not a valid mapping: \"Response.BodyAsFile\" ../../etc/passwd: must name a file inside __files/");
        problems.Should().NotContain("c-bad-matcher.json", "a file is converted by WireMock only once every file passed the checks");
    }

    [Fact]
    public void Start_MatcherWireMockRefuses_OptionsExceptionNamingTheFile()
    {
        using var folder = new RecordingFolder();
        folder.Write("bad-matcher.json", """{ "Request": { "Path": { "Matchers": [ { "Name": "NoSuchMatcher", "Pattern": "x" } ] } }, "Response": { "StatusCode": 200 } }""");

        var start = () => MockHttp.Start(configure: o => o.MappingsDirectory = folder.Path);

        start.Should().Throw<OptionsException>().Which.Message.Should().Contain("bad-matcher.json is not a valid mapping: WireMock cannot use it:");
    }

    [Fact]
    public async Task Main_BadMappingFile_ExitCode2NamingTheFile()
    {
        using var folder = new RecordingFolder();
        folder.Write("broken.json", "[1, 2]");
        using var host = ServerProcess.Start("--port", "0", "--mappings", folder.Path);

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("a bad mapping file stops the start");

        host.ExitCode.Should().Be(2);
        host.StandardError.Should().Contain("broken.json is not a valid mapping: not a WireMock mapping");
        host.StandardError.Should().NotContain("   at ");
    }

    [Fact]
    public void Options_MappingsFolderMissingOrWatchWithoutFolder_EveryProblemListed()
    {
        var problems = OptionsValidator.Validate(new BuenaMockOptions { MappingsDirectory = "/no/such/folder", WatchMappings = true, ReplayDirectory = "/no/such/replay" });

        problems.Should().Contain("--mappings /no/such/folder: folder not found")
            .And.Contain("--mappings /no/such/folder: cannot be combined with --replay (a replay folder is a mappings folder)");
        OptionsValidator.Validate(new BuenaMockOptions { WatchMappings = true }).Should().Equal("--watch-mappings: needs --mappings DIR or --replay DIR");
    }

    [Fact]
    public async Task WatchMappings_FileAddedThenBroken_NewStubServedAndBrokenFolderKeepsIt()
    {
        using var folder = new RecordingFolder();
        await using var mock = MockHttp.Start(configure: o => { o.MappingsDirectory = folder.Path; o.WatchMappings = true; });
        using var client = MockHttp.Client(mock);

        folder.Write("health.json", """{ "Request": { "Path": "/api/v2/health", "Methods": ["GET"] }, "Response": { "StatusCode": 418 } }""");
        (await StatusWithinAsync(client, 418)).Should().Be(418, "the new file is loaded without a restart");

        folder.Write("health.json", "{ broken");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        ((int)(await client.GetAsync("health", null)).StatusCode).Should().Be(418, "a broken folder is not loaded: the stubs in force stay");

        File.Delete(Path.Combine(folder.Path, "health.json"));
        (await StatusWithinAsync(client, 200)).Should().Be(200, "a deleted file's stub goes");
    }

    private static async Task<int> StatusWithinAsync(HttpClient client, int wanted)
    {
        var status = 0;
        for (var i = 0; i < 50 && status != wanted; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            using var response = await client.GetAsync("health", null);
            status = (int)response.StatusCode;
        }

        return status;
    }
}
