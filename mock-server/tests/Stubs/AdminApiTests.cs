using System.Net;
using System.Text;
using BuenaMock.Stubs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

/// <summary><c>--wiremock-admin</c>: WireMock's admin API for stubs, over the generated API, never a stack trace.</summary>
public sealed class AdminApiTests
{
    private const string JobCountsDown = """{"Request":{"Path":"/api/v2/users/jobs/jobCounts","Methods":["GET"]},"Response":{"StatusCode":503,"BodyAsJson":{"down":true}}}""";

    [Fact]
    public async Task PostMapping_TakesEffectAtOnce_GetListsOnlyUserStubs_DeleteLeavesTheGeneratedApi()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);

        using var before = await admin.GetAsync("__admin/mappings", TestContext.Current.CancellationToken);
        (await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("[]", "the generated API is not a user stub");

        using var added = await PostAsync(admin, "__admin/mappings", JobCountsDown);
        ((int)added.StatusCode).Should().Be(201);
        await SchemaAssert.ValidAsync(await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "wiremock-admin-status.schema.json");
        var guid = (string?)(await added.ReadJsonAsync())["Guid"];
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(503);
        ((int)(await client.GetAsync("users/jobs", MockHttp.FullKey)).StatusCode).Should().Be(200, "the generated API answers the rest");

        var listed = (await (await admin.GetAsync("__admin/mappings", TestContext.Current.CancellationToken)).ReadJsonAsync()).AsArray();
        listed.Should().ContainSingle();
        ((string?)listed[0]!["Guid"]).Should().Be(guid);
        ((int)(await admin.GetAsync($"__admin/mappings/{guid}", TestContext.Current.CancellationToken)).StatusCode).Should().Be(200);

        using var deleted = await admin.DeleteAsync("__admin/mappings", TestContext.Current.CancellationToken);
        ((int)deleted.StatusCode).Should().Be(200);
        await SchemaAssert.ValidAsync(await deleted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "wiremock-admin-status.schema.json");
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200, "deleting every stub never deletes the generated API");
        ((int)(await admin.GetAsync($"__admin/mappings/{guid}", TestContext.Current.CancellationToken)).StatusCode).Should().Be(404);
    }

    [Fact]
    public async Task Reset_RemovesAdminStubs_KeepsTheFolderStubs_RestartsScenarios()
    {
        using var folder = new RecordingFolder();
        folder.Write("health.json", """{"Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":418}}""");
        await using var mock = MockHttp.Start(configure: o => { o.WireMockAdmin = true; o.MappingsDirectory = folder.Path; });
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        (await PostAsync(admin, "__admin/mappings", JobCountsDown)).Dispose();

        foreach (var path in new[] { "__admin/reset", "__admin/mappings/reset" })
        {
            using var reset = await PostAsync(admin, path, "");
            ((int)reset.StatusCode).Should().Be(200);
            await SchemaAssert.ValidAsync(await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "wiremock-admin-status.schema.json");
            ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200, "{0} removes the admin's stubs", path);
            ((int)(await client.GetAsync("health", null)).StatusCode).Should().Be(418, "{0} keeps the mappings folder's", path);
        }
    }

    [Fact]
    public async Task PutMapping_ReplacesTheStub_DeleteOneRemovesIt()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        var guid = (string?)(await (await PostAsync(admin, "__admin/mappings", JobCountsDown)).ReadJsonAsync())["Guid"];

        using var put = await admin.PutAsync($"__admin/mappings/{guid}", Json(JobCountsDown.Replace("503", "429", StringComparison.Ordinal)), TestContext.Current.CancellationToken);

        ((int)put.StatusCode).Should().Be(200);
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(429);
        ((int)(await admin.DeleteAsync($"__admin/mappings/{guid}", TestContext.Current.CancellationToken)).StatusCode).Should().Be(200);
        ((int)(await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey)).StatusCode).Should().Be(200);
        ((int)(await admin.DeleteAsync($"__admin/mappings/{guid}", TestContext.Current.CancellationToken)).StatusCode).Should().Be(404);
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
    [InlineData("""{"Request":{"Path":"/x"},"Response":{"ProxyUrl":"http://127.0.0.1:9"}}""")]
    [InlineData("""{"Request":{"Path":"/x"},"Response":{},"Webhook":{"Request":{"Url":"http://127.0.0.1:9","Method":"POST"}}}""")]
    [InlineData("""[{"Request":{"Path":"/ok"},"Response":{"StatusCode":200}},{"Request":{"Path":{"Matchers":[{"Name":"NoSuchMatcher"}]}},"Response":{}}]""")]
    public async Task PostMapping_HostileBody_400EnvelopeNoStackTraceNothingAdded(string body)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);

        using var response = await PostAsync(admin, "__admin/mappings", body);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).Should().Be(400, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        ((string?)(await response.ReadJsonAsync())["code"]).Should().Be("VALIDATION_ERROR");
        text.Should().NotContain("   at ").And.NotContain("Exception:");
        mock.Stubs.List().Should().BeEmpty("a write that fails changes nothing");
        mock.Stubs.Remove(StubRegistry.GeneratedApiGuid).Should().BeFalse();
        ((int)(await MockHttp.Client(mock).GetAsync("users/jobs", MockHttp.FullKey)).StatusCode).Should().Be(200);
    }

    [Theory]
    [InlineData("GET", "__admin/requests", 404, "GET /__buena/requests")]
    [InlineData("GET", "__admin/settings", 404, "not supported")]
    [InlineData("POST", "__admin/files/x", 404, "not supported")]
    [InlineData("PATCH", "__admin/mappings", 405, "use GET, POST, DELETE")]
    [InlineData("GET", "__admin/mappings/00000000-0000-0000-0000-000000000001", 404, "No stub has the id")]
    [InlineData("GET", "__admin/mappings/5eed0000-b0e1-4a00-8000-000000000001", 404, "No stub has the id")]
    public async Task Admin_UnsupportedOrUnknown_ClearJson4xx(string method, string path, int status, string says)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(status);
        ((string?)(await response.ReadJsonAsync())["message"]).Should().Contain(says);
    }

    [Fact]
    public async Task Admin_WithAdminToken_401WithoutItAnsweredWithIt()
    {
        const string token = "s3cret-admin-token";
        await using var mock = MockHttp.Start(configure: o => { o.WireMockAdmin = true; o.AdminToken = token; });
        using var admin = AdminClient(mock);

        using var without = await PostAsync(admin, "__admin/mappings", JobCountsDown);
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var with = await PostAsync(admin, "__admin/mappings", JobCountsDown);

        without.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        with.StatusCode.Should().Be(HttpStatusCode.Created);
        mock.Stubs.List().Should().ContainSingle("the refused call added nothing");
    }

    [Fact]
    public async Task Scenarios_ListedAndReset()
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = AdminClient(mock);
        using var client = MockHttp.Client(mock);
        (await PostAsync(admin, "__admin/mappings", """
            [{"Scenario":"poll","SetStateTo":"done","Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":202}},
             {"Scenario":"poll","WhenStateIs":"done","Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":200}}]
            """)).Dispose();

        using var many = await PostAsync(admin, "__admin/mappings", """[{"Request":{"Path":"/a"},"Response":{}},{"Request":{"Path":"/b"},"Response":{}}]""");
        await SchemaAssert.ValidAsync(await many.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "wiremock-admin-status.schema.json");
        var first = (int)(await client.GetAsync("health", null)).StatusCode;
        var scenarios = await (await admin.GetAsync("__admin/scenarios", TestContext.Current.CancellationToken)).ReadJsonAsync();
        var second = (int)(await client.GetAsync("health", null)).StatusCode;
        ((int)(await PostAsync(admin, "__admin/scenarios/reset", "")).StatusCode).Should().Be(200);
        var afterReset = (int)(await client.GetAsync("health", null)).StatusCode;

        new[] { first, second, afterReset }.Should().Equal(202, 200, 202);
        ((string?)scenarios.AsArray().Single()!["NextState"]).Should().Be("done");
    }

    private static HttpClient AdminClient(BuenaMockServer mock) =>
        new() { BaseAddress = new Uri(mock.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body) =>
        client.PostAsync(path, Json(body), TestContext.Current.CancellationToken);
}
