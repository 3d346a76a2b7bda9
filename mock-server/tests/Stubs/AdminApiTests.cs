using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Stubs;
using BuenaMock.Tests.OpenApi;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

/// <summary>
/// <c>--wiremock-admin</c>: WireMock's admin API for stubs, over the generated API, never a stack trace.
/// Every answer of the admin API is held to schemas/openapi.yaml (its status, media type and schema for
/// the operation), so an answer that changes without the document fails here.
/// </summary>
public sealed class AdminApiTests
{
    private const string JobCountsDown = """{"Request":{"Path":"/api/v2/users/jobs/jobCounts","Methods":["GET"]},"Response":{"StatusCode":503,"BodyAsJson":{"down":true}}}""";

    [Fact]
    public async Task PostMapping_TakesEffectAtOnce_GetListsOnlyUserStubs_DeleteLeavesTheGeneratedApi()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);

        var (_, before) = await AdminAsync(admin, HttpMethod.Get, "__admin/mappings");
        before!.AsArray().Should().BeEmpty("the generated API is not a user stub");

        var (addedStatus, added) = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown);
        addedStatus.Should().Be(201);
        var guid = (string?)added!["Guid"];
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(503);
        ((int)(await client.GetAsync("users/jobs", MockHttp.FullKey)).StatusCode).Should().Be(200, "the generated API answers the rest");

        var (_, listed) = await AdminAsync(admin, HttpMethod.Get, "__admin/mappings");
        listed!.AsArray().Should().ContainSingle();
        ((string?)listed[0]!["Guid"]).Should().Be(guid);
        var (oneStatus, one) = await AdminAsync(admin, HttpMethod.Get, $"__admin/mappings/{guid}");
        oneStatus.Should().Be(200);
        JsonNode.DeepEquals(one, listed[0]).Should().BeTrue("one stub is listed as the list shows it");

        var (deletedStatus, _) = await AdminAsync(admin, HttpMethod.Delete, "__admin/mappings");
        deletedStatus.Should().Be(200);
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200, "deleting every stub never deletes the generated API");
        (await AdminAsync(admin, HttpMethod.Get, $"__admin/mappings/{guid}")).Status.Should().Be(404);
    }

    [Fact]
    public async Task GetMappings_ListedLater_SameBytesWithoutTheWallClock()
    {
        var answers = new List<string>();
        foreach (var delay in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(20) })
        {
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
            using var admin = AdminClient(mock);
            (await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown.Replace("{\"Request\"", "{\"Guid\":\"0b5e55ed-0000-4000-8000-000000000001\",\"Request\"", StringComparison.Ordinal))).Status.Should().Be(201);
            using var listed = await admin.GetAsync("__admin/mappings", TestContext.Current.CancellationToken);
            answers.Add(await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        answers[0].Should().Be(answers[1], "the list depends on the stubs, not on the wall clock");
        answers[0].Should().NotContain("UpdatedAt");
    }

    [Fact]
    public async Task Reset_RemovesAdminStubs_KeepsTheFolderStubs_RestartsScenarios()
    {
        using var folder = FolderWithHealthStub();
        await using var mock = MockHttp.Start(configure: o => { o.WireMockAdmin = true; o.MappingsDirectory = folder.Path; });
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        (await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown)).Status.Should().Be(201);

        foreach (var path in new[] { "__admin/reset", "__admin/mappings/reset" })
        {
            (await AdminAsync(admin, HttpMethod.Post, path, "")).Status.Should().Be(200);
            ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200, "{0} removes the admin's stubs", path);
            ((int)(await client.GetAsync("health", null)).StatusCode).Should().Be(418, "{0} keeps the mappings folder's", path);
        }
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"Request":{"Path":{"Matchers":[{"Name":"NoSuchMatcher","Pattern":"x"}]}},"Response":{"StatusCode":200}}""")]
    public async Task Reset_FolderNoLongerLoads_400NamingTheFile_TheStubsInForceStay(string broken)
    {
        using var folder = FolderWithHealthStub();
        await using var mock = MockHttp.Start(configure: o => { o.WireMockAdmin = true; o.MappingsDirectory = folder.Path; });
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        (await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown)).Status.Should().Be(201);
        var (_, before) = await AdminAsync(admin, HttpMethod.Get, "__admin/mappings");
        folder.Write("broken.json", broken);

        var (status, body) = await AdminAsync(admin, HttpMethod.Post, "__admin/reset", "");

        status.Should().Be(400);
        ((string?)body!["details"]!["fields"]![0]!["field"]).Should().Be("mappings");
        ((string?)body["message"]).Should().Contain("broken.json");
        var (_, after) = await AdminAsync(admin, HttpMethod.Get, "__admin/mappings");
        after!.AsArray().Should().HaveCount(2);
        JsonNode.DeepEquals(after, before).Should().BeTrue("a reset that fails changes nothing");
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(503, "the admin's stub still answers");
        ((int)(await client.GetAsync("health", null)).StatusCode).Should().Be(418, "the folder's stub still answers");
    }

    [Fact]
    public async Task PutMapping_ReplacesTheStub_DeleteOneRemovesIt()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        var guid = (string?)(await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown)).Body!["Guid"];

        var (putStatus, put) = await AdminAsync(admin, HttpMethod.Put, $"__admin/mappings/{guid}", JobCountsDown.Replace("503", "429", StringComparison.Ordinal));

        putStatus.Should().Be(200);
        ((string?)put!["Guid"]).Should().Be(guid);
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(429);
        (await AdminAsync(admin, HttpMethod.Delete, $"__admin/mappings/{guid}")).Status.Should().Be(200);
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200);
        (await AdminAsync(admin, HttpMethod.Delete, $"__admin/mappings/{guid}")).Status.Should().Be(404);
        (await AdminAsync(admin, HttpMethod.Put, $"__admin/mappings/{guid}", JobCountsDown)).Status.Should().Be(404, "PUT replaces a stub, it never adds one");
        mock.Stubs.List().Should().BeEmpty();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{"Request":{"Path":"/x"}}""")]
    public async Task PutMapping_BadBody_400LeavesTheStub(string body)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        var guid = (string?)(await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown)).Body!["Guid"];

        var (status, answer) = await AdminAsync(admin, HttpMethod.Put, $"__admin/mappings/{guid}", body);

        status.Should().Be(400);
        ((string?)answer!["code"]).Should().Be("VALIDATION_ERROR");
        ((int)(await MockHttp.Client(mock).GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(503, "a write that fails changes nothing");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("""{"Request":{"Path":"/x"}}""")]
    [InlineData("""{"Request":"x","Response":{}}""")]
    [InlineData("""{"Request":{"Path":{"Matchers":[{"Name":"NoSuchMatcher","Pattern":"x"}]}},"Response":{"StatusCode":200}}""")]
    [InlineData("""{"Request":{"Path":{"Matchers":[{"Name":"RegexMatcher","Pattern":"(("}]}},"Response":{"StatusCode":200}}""")]
    [InlineData("""{"Guid":"5eed0000-b0e1-4a00-8000-000000000001","Request":{"Path":"/x"},"Response":{"StatusCode":200}}""")]
    [InlineData("""{"Guid":"nope","Request":{"Path":"/x"},"Response":{"StatusCode":200}}""")]
    [InlineData("""{"Priority":"high","Request":{"Path":"/x"},"Response":{"StatusCode":200}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"BodyAsFile":"/etc/passwd"}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"StatusCode":"abc"}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"StatusCode":0}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"StatusCode":1000}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"StatusCode":true}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"ProxyUrl":"http://127.0.0.1:9"}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{},"Webhook":{"Request":{"Url":"http://127.0.0.1:9","Method":"POST"}}}""")]
    [InlineData("""[{"Request":{"Path":"/ok"},"Response":{"StatusCode":200}},{"Request":{"Path":{"Matchers":[{"Name":"NoSuchMatcher"}]}},"Response":{}}]""")]
    public async Task PostMapping_HostileBody_400EnvelopeNoStackTraceNothingAdded(string body)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);

        using var response = await SendAsync(admin, HttpMethod.Post, "__admin/mappings", body);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).Should().Be(400, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        ((string?)(await response.FollowsTheDocumentAsync())!["code"]).Should().Be("VALIDATION_ERROR");
        text.Should().NotContain("   at ").And.NotContain("Exception:");
        mock.Stubs.List().Should().BeEmpty("a write that fails changes nothing");
        mock.Stubs.Remove(StubRegistry.GeneratedApiGuid).Should().BeFalse();
        ((int)(await MockHttp.Client(mock).GetAsync("users/jobs", MockHttp.FullKey)).StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task PostMapping_BodyOver64KB_413NothingAdded()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        var mapping = $$$"""{"Request":{"Path":"/api/v2/health"},"Response":{"StatusCode":200,"Body":"{{{new string('x', 70_000)}}}"}}""";

        var (status, body) = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", mapping);

        status.Should().Be(413);
        ((string?)body!["code"]).Should().Be("PAYLOAD_TOO_LARGE");
        mock.Stubs.List().Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"418\"", 418)]
    [InlineData("418", 418)]
    [InlineData("\"{{request.query.s}}\"", null)]
    public async Task PostMapping_StatusCodeNumberStringOrTemplate_Added(string statusCode, int? answered)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);

        var (status, _) = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", $$$"""{"Request":{"Path":"/api/v2/health"},"Response":{"StatusCode":{{{statusCode}}}}}""");

        status.Should().Be(201);
        (await AdminAsync(admin, HttpMethod.Get, "__admin/mappings")).Body!.AsArray().Should().ContainSingle();
        if (answered is { } code)
        {
            ((int)(await MockHttp.Client(mock).GetAsync("health", null)).StatusCode).Should().Be(code);
        }
    }

    [Theory]
    [InlineData("GET", "__admin/requests", 404, "GET /__buena/requests")]
    [InlineData("GET", "__admin/settings", 404, "not supported")]
    [InlineData("POST", "__admin/files/x", 404, "not supported")]
    [InlineData("GET", "__admin/mappings/not-a-guid", 404, "not supported")]
    [InlineData("PATCH", "__admin/mappings", 405, "use GET, POST, DELETE")]
    [InlineData("GET", "__admin/reset", 405, "use POST")]
    [InlineData("GET", "__admin/mappings/00000000-0000-0000-0000-000000000001", 404, "No stub has the id")]
    [InlineData("GET", "__admin/mappings/5eed0000-b0e1-4a00-8000-000000000001", 404, "No stub has the id")]
    [InlineData("DELETE", "__admin/mappings/5eed0000-b0e1-4a00-8000-000000000001", 404, "No stub has the id")]
    public async Task Admin_UnsupportedOrUnknown_ClearJson4xx(string method, string path, int status, string says)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);

        using var response = await SendAsync(admin, new HttpMethod(method), path);

        ((int)response.StatusCode).Should().Be(status);
        var body = OpenApiContract.ResponseFor(method, "/" + path, status).Response is null
            ? await response.FollowsTheDocumentAsync("AdminNotFound")
            : await response.FollowsTheDocumentAsync();
        ((string?)body!["message"]).Should().Contain(says);
        ((int)(await MockHttp.Client(mock).GetAsync("users/jobs", MockHttp.FullKey)).StatusCode).Should().Be(200, "the generated API is never a stub the admin API reaches");
    }

    [Fact]
    public async Task Admin_WithAdminToken_401WithoutItAnsweredWithIt()
    {
        const string token = "s3cret-admin-token";
        await using var mock = MockHttp.Start(configure: o => { o.WireMockAdmin = true; o.AdminToken = token; });
        using var admin = AdminClient(mock);

        var without = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown);
        var listWithout = await AdminAsync(admin, HttpMethod.Get, "__admin/mappings");
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var with = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", JobCountsDown);

        without.Status.Should().Be((int)HttpStatusCode.Unauthorized);
        listWithout.Status.Should().Be((int)HttpStatusCode.Unauthorized);
        with.Status.Should().Be((int)HttpStatusCode.Created);
        mock.Stubs.List().Should().ContainSingle("the refused call added nothing");
    }

    [Fact]
    public async Task Scenarios_ListedAndReset()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        (await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", """
            [{"Scenario":"poll","SetStateTo":"done","Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":202}},
             {"Scenario":"poll","WhenStateIs":"done","Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":200}}]
            """)).Status.Should().Be(201);

        var (_, many) = await AdminAsync(admin, HttpMethod.Post, "__admin/mappings", """[{"Request":{"Path":"/a"},"Response":{}},{"Request":{"Path":"/b"},"Response":{}}]""");
        many!["Guids"]!.AsArray().Should().HaveCount(2);
        var (_, none) = await AdminAsync(admin, HttpMethod.Get, "__admin/scenarios");
        var first = (int)(await client.GetAsync("health", null)).StatusCode;
        var (_, scenarios) = await AdminAsync(admin, HttpMethod.Get, "__admin/scenarios");
        var second = (int)(await client.GetAsync("health", null)).StatusCode;
        (await AdminAsync(admin, HttpMethod.Post, "__admin/scenarios/reset", "")).Status.Should().Be(200);
        var afterReset = (int)(await client.GetAsync("health", null)).StatusCode;
        (await AdminAsync(admin, HttpMethod.Delete, "__admin/scenarios")).Status.Should().Be(200);
        var afterDelete = (int)(await client.GetAsync("health", null)).StatusCode;

        new[] { first, second, afterReset, afterDelete }.Should().Equal(202, 200, 202, 202);
        none!.AsArray().Should().BeEmpty("a scenario is listed once a request reached it");
        ((string?)scenarios!.AsArray().Single()!["NextState"]).Should().Be("done");
    }

    /// <summary>A mappings folder whose one stub answers GET /api/v2/health with 418.</summary>
    private static RecordingFolder FolderWithHealthStub()
    {
        var folder = new RecordingFolder();
        folder.Write("health.json", """{"Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":418}}""");
        return folder;
    }

    private static HttpClient AdminClient(BuenaMockServer mock) =>
        new() { BaseAddress = new Uri(mock.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends an admin call and holds its answer to the document's operation; returns the status and JSON body.</summary>
    private static async Task<(int Status, JsonNode? Body)> AdminAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var response = await SendAsync(client, method, path, body);
        return ((int)response.StatusCode, await response.FollowsTheDocumentAsync());
    }
}
