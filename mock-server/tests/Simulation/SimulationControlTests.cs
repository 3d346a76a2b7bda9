using System.Net;
using System.Text;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Simulation;

public sealed class SimulationControlTests
{
    [Theory]
    [InlineData("pending", "linkedin_action")]
    [InlineData("running", "data_enrichment")]
    [InlineData("completed", "linkedin_action")]
    [InlineData("failed", "data_enrichment")]
    public async Task CreateJob_EachStatus_201AndVisibleToTheNextRead(string status, string type)
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var user = mock.Store.Users[0].Id;

        using var created = await PostAsync(mock, "/__buena/jobs", $$"""{"userId":"{{user}}","type":"{{type}}","status":"{{status}}"}""");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var job = (await created.ReadJsonAsync())["data"]!["job"]!;
        job["status"]!.GetValue<string>().Should().Be(status);
        job["type"]!.GetValue<string>().Should().Be(type);
        var listed = await client.GetJsonAsync("users/jobs?status=" + status, MockHttp.FullKey);
        listed["data"]!["jobs"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()).Should().Contain(job["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateJob_PendingLinkedInWithDelay_RunsAfterItsDelay()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var user = mock.Store.Users[0].Id;
        using var created = await PostAsync(mock, "/__buena/jobs", $$$"""{"userId":"{{{user}}}","type":"linkedin_action","metadata":{"delay":60000}}""");
        var id = (await created.ReadJsonAsync())["data"]!["job"]!["id"]!.GetValue<string>();

        mock.Clock.Advance(TimeSpan.FromSeconds(59));
        (await StatusOf(client, id)).Should().Be(JobStatuses.Pending);
        mock.Clock.Advance(TimeSpan.FromSeconds(1));
        (await StatusOf(client, id)).Should().Be(JobStatuses.Running);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("""{"type":"linkedin_action"}""", "userId")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"video_render"}""", "type")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","status":"done"}""", "status")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","metadata":{"delay":"soon"}}""", "metadata.delay")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","metadata":{"delay":1.5}}""", "metadata.delay")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","metadata":[]}""", "metadata")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","metadata":{"delai":5}}""", "metadata.delai")]
    [InlineData("""{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","stauts":"running"}""", "stauts")]
    [InlineData("""{"userId":5,"type":"linkedin_action"}""", "userId")]
    [InlineData("""{"userId":"\ud800","type":"linkedin_action"}""", "userId")]
    [InlineData("[]", "body")]
    public async Task CreateJob_BadBody_400NamingTheFieldAndNothingAdded(string body, string field)
    {
        await using var mock = MockHttp.Start();
        var before = mock.Store.Version;

        using var response = await PostAsync(mock, "/__buena/jobs", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await response.ReadJsonAsync();
        error["code"]!.GetValue<string>().Should().Be("VALIDATION_ERROR");
        error["details"]!["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).Should().Contain(field);
        mock.Store.Version.Should().Be(before);
    }

    [Fact]
    public async Task CreateJob_ProfileUrlWithALoneSurrogate_RefusedOrReadableNeverACrash()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        using var response = await PostAsync(mock, "/__buena/jobs", """{"userId":"65e0a32640a597f6a7f897ea","type":"linkedin_action","metadata":{"profileUrl":"https://www.linkedin.com/in/\ud800"}}""");
        using var read = await client.GetAsync("users/jobs", MockHttp.FullKey);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync())["details"]!["fields"]![0]!["field"]!.GetValue<string>().Should().Be("metadata.profileUrl");
        read.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reset_AfterEditsCreatedJobsAndClockMoves_SameBytesAsAtStart()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var original = await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.FullKey);
        var jobId = mock.Store.JobsOf(mock.Store.Users[0].Id, TestClock.Now)[0].Id;
        using (await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/" + jobId, MockHttp.FullKey, """{"message":"edited"}""")) { }
        using (await PostAsync(mock, "/__buena/jobs", $$"""{"userId":"{{mock.Store.Users[0].Id}}","type":"linkedin_action"}""")) { }
        mock.Clock.Advance(TimeSpan.FromHours(2));

        using var reset = await PostAsync(mock, "/__buena/reset", "");

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.FullKey)).Should().Equal(original);
    }

    [Fact]
    public async Task Arrivals_SixtyAnHour_TenMinutesBringTenPendingJobs()
    {
        await using var mock = MockHttp.Start(configure: o => o.ArrivalsPerHour = 60);
        using var client = MockHttp.Client(mock);
        var before = (await client.GetJsonAsync("users/jobs/jobCounts", MockHttp.GlobalKey))["data"]!["statistics"]!["total"]!.GetValue<int>();

        mock.Clock.Advance(TimeSpan.FromMinutes(10));

        var after = (await client.GetJsonAsync("users/jobs/jobCounts", MockHttp.GlobalKey))["data"]!["statistics"]!["total"]!.GetValue<int>();
        after.Should().Be(before + 10);
    }

    [Fact]
    public async Task Arrivals_SameSeedSameMoves_SameJobs()
    {
        var answers = new List<byte[]>();
        for (var i = 0; i < 2; i++)
        {
            await using var mock = MockHttp.Start(configure: o => o.ArrivalsPerHour = 120);
            using var client = MockHttp.Client(mock);
            mock.Clock.Advance(TimeSpan.FromMinutes(30));
            answers.Add(await client.GetBytesAsync("users/jobs/jobStatus", MockHttp.GlobalKey));
        }

        answers[1].Should().Equal(answers[0]);
    }

    [Fact]
    public async Task StateFile_EditAndCreatedJob_SurviveARestart()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "state.json");
        string jobId, createdId;
        await using (var first = MockHttp.Start(configure: o => o.StatePath = path))
        {
            using var client = MockHttp.Client(first);
            jobId = first.Store.JobsOf(first.Store.Users[0].Id, TestClock.Now)[2].Id;
            using (await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/" + jobId, MockHttp.FullKey, """{"message":"kept across restarts"}""")) { }
            using var created = await PostAsync(first, "/__buena/jobs", $$"""{"userId":"{{first.Store.Users[0].Id}}","type":"data_enrichment","status":"completed"}""");
            createdId = (await created.ReadJsonAsync())["data"]!["job"]!["id"]!.GetValue<string>();
        }

        File.Exists(path).Should().BeTrue("the state is saved on shutdown");
        await using var second = MockHttp.Start(configure: o => o.StatePath = path);
        using var again = MockHttp.Client(second);
        var jobs = (await again.GetJsonAsync("users/jobs", MockHttp.FullKey))["data"]!["jobs"]!.AsArray();
        jobs.Single(j => j!["id"]!.GetValue<string>() == jobId)!["message"]!.GetValue<string>().Should().Be("kept across restarts");
        jobs.Select(j => j!["id"]!.GetValue<string>()).Should().Contain(createdId);
    }

    [Fact]
    public async Task SaveState_OnRequest_WritesTheFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "saved", "state.json");
        await using var mock = MockHttp.Start(configure: o => o.StatePath = path);

        using var response = await PostAsync(mock, "/__buena/state/save", "");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync())["data"]!["path"]!.GetValue<string>().Should().Be(path);
        File.ReadAllText(path).Should().Contain(mock.Store.Users[0].Id);
    }

    [Fact]
    public async Task SaveState_WithoutStateOption_400NamingState()
    {
        await using var mock = MockHttp.Start();

        using var response = await PostAsync(mock, "/__buena/state/save", "");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync())["details"]!["fields"]![0]!["field"]!.GetValue<string>().Should().Be("state");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"format": 9, "clock": "2026-01-15T12:00:00Z", "users": [], "jobs": []}""")]
    [InlineData("""{"format": 1, "clock": "2026-01-15T12:00:00Z", "users": [{"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "name": "A"}], "jobs": [{"timeline": {"id": "job_1", "userId": "bbbbbbbbbbbbbbbbbbbbbbbb", "type": "linkedin_action", "createdAt": "2026-01-15T12:00:00Z", "startAt": "2026-01-15T11:00:00Z", "endAt": "2026-01-15T12:00:00Z", "outcome": "completed", "metadata": {}}}]}""")]
    public void Start_CorruptStateFile_RefusedNamingTheFileAndLeftAsItWas(string content)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(path, content);

        var act = () => BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Clock = TestClock.Now, StatePath = path });

        act.Should().Throw<OptionsException>().Which.Message.Should().Contain("--state " + path);
        File.ReadAllText(path).Should().Be(content, "a corrupt state file is never replaced");
    }

    private static async Task<string> StatusOf(HttpClient client, string id)
    {
        var jobs = (await client.GetJsonAsync("users/jobs", MockHttp.FullKey))["data"]!["jobs"]!.AsArray();
        return jobs.Single(j => j!["id"]!.GetValue<string>() == id)!["status"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> PostAsync(BuenaMockServer mock, string path, string body)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri(mock.Url + path), content, TestContext.Current.CancellationToken);
    }
}
