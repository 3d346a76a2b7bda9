using System.Text.Json.Nodes;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.OpenApi;

/// <summary>
/// The /__admin operations schemas/openapi.yaml describes and those the mock serves with
/// <c>--wiremock-admin</c> are the same set. The admin API is answered outside the route table, so it is
/// probed: each documented operation answers a success it documents; any other method on a documented
/// path is a 405 whose <c>Allow</c> lists exactly the documented methods; WireMock.Net's other admin calls
/// are a 404 saying they are not supported.
/// </summary>
public sealed class AdminOperationsTests
{
    private const string StubGuid = "0b5e55ed-0000-4000-8000-000000000001";
    private const string Stub = $$$"""{"Guid":"{{{StubGuid}}}","Request":{"Path":"/api/v2/health","Methods":["GET"]},"Response":{"StatusCode":418}}""";
    private static readonly string[] Probed = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    public static TheoryData<string, string> Operations
    {
        get
        {
            var operations = new TheoryData<string, string>();
            foreach (var (template, item) in AdminPaths())
            {
                foreach (var method in OpenApiContract.Methods.Where(m => item[m] is not null))
                {
                    operations.Add(method.ToUpperInvariant(), template);
                }
            }

            return operations;
        }
    }

    public static TheoryData<string> DocumentedPaths => [.. AdminPaths().Select(p => p.Template)];

    /// <summary>WireMock.Net's admin calls the mock does not serve: none of them may be served while undocumented.</summary>
    public static TheoryData<string> WireMockOnly =>
    [
        "/__admin",
        "/__admin/settings",
        "/__admin/health",
        "/__admin/requests",
        "/__admin/requests/find",
        "/__admin/requests/reset",
        "/__admin/mappings/find",
        "/__admin/mappings/save",
        "/__admin/mappings/code",
        "/__admin/mappings/wiremock.org",
        "/__admin/mappings/swagger",
        $"/__admin/mappings/{StubGuid}/extra",
        "/__admin/files/body.json",
        "/__admin/scenarios/job/state",
        "/__admin/scenarios/job/reset",
        "/__admin/near-misses/request",
        "/__admin/openapi/convert",
    ];

    [Fact]
    public void Document_AdminPaths_AreTaggedInferredAndAtTheRoot()
    {
        AdminPaths().Should().NotBeEmpty();
        foreach (var (template, item) in AdminPaths())
        {
            template.Should().StartWith("/__admin/");
            ((bool?)item["x-inferred"]).Should().BeTrue("{0}: no public page of the Buena.ai API speaks of /__admin", template);
            ((string?)item["servers"]?[0]?["url"]).Should().Be("http://127.0.0.1:5080", "{0} sits at the mock's root, not under /api/v2", template);
            foreach (var method in OpenApiContract.Methods.Where(m => item[m] is not null))
            {
                item[method]!["tags"]!.AsArray().Select(t => (string?)t).Should().Equal(["WireMock admin"], "{0} {1} is listed under its own tag", method, template);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task DocumentedOperation_IsServed_WithASuccessItDocuments(string method, string template)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = ControlHttp.RootClient(mock);
        using var seeded = await SendAsync(admin, "POST", "/__admin/mappings", Stub);
        ((int)seeded.StatusCode).Should().Be(201);

        var operation = AdminPaths().Single(p => p.Template == template).Item[method.ToLowerInvariant()]!;
        using var response = await SendAsync(admin, method, template, RequestExample(operation));

        response.IsSuccessStatusCode.Should().BeTrue("{0} {1} is served, but answered {2}", method, template, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await response.FollowsTheDocumentAsync();
    }

    [Theory]
    [MemberData(nameof(DocumentedPaths))]
    public async Task DocumentedPath_OtherMethods_405AllowingExactlyTheDocumentedOnes(string template)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = ControlHttp.RootClient(mock);
        var item = AdminPaths().Single(p => p.Template == template).Item;
        var documented = OpenApiContract.Methods.Where(m => item[m] is not null).Select(m => m.ToUpperInvariant()).ToList();

        foreach (var method in Probed.Except(documented))
        {
            using var response = await SendAsync(admin, method, template, Stub);

            ((int)response.StatusCode).Should().Be(405, "{0} {1} is not in schemas/openapi.yaml, so the mock must not serve it", method, template);
            response.Content.Headers.Allow.Should().BeEquivalentTo(documented, "the methods the mock serves on {0} are those the document lists", template);
            await response.FollowsTheDocumentAsync();
        }
    }

    [Theory]
    [MemberData(nameof(WireMockOnly))]
    public async Task UndocumentedAdminCall_AnyMethod_404NotSupported(string path)
    {
        await using var mock = MockHttp.Start(configure: o => o.WireMockAdmin = true);
        using var admin = ControlHttp.RootClient(mock);

        foreach (var method in Probed)
        {
            using var response = await SendAsync(admin, method, path, method is "GET" or "DELETE" ? null : Stub);

            ((int)response.StatusCode).Should().Be(404, "{0} {1} is not in schemas/openapi.yaml, so the mock must not serve it", method, path);
            var body = await response.FollowsTheDocumentAsync("AdminNotFound");
            ((string?)body!["message"]).Should().Contain("not supported");
        }

        mock.Stubs.List().Should().BeEmpty("a call that is not served changes nothing");
    }

    /// <summary>Sends <paramref name="method"/> to a path or template, its <c>{guid}</c> the seeded stub's.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient admin, string method, string path, string? body) =>
        admin.SendAsync(new HttpMethod(method), path.Replace("{guid}", StubGuid, StringComparison.Ordinal).TrimStart('/'), key: null, new Dictionary<string, string>(), body);

    private static IEnumerable<(string Template, JsonObject Item)> AdminPaths() =>
        OpenApiContract.Paths().Where(p => p.Item["x-buenamock-admin"] is not null).Select(p => (p.Template, p.Item));

    /// <summary>The operation's first request body example, as JSON text; null when it takes no body.</summary>
    private static string? RequestExample(JsonNode operation)
    {
        var json = operation["requestBody"]?["content"]?["application/json"];
        var example = json?["example"] ?? json?["examples"]?.AsObject().First().Value!["value"];
        return example?.ToJsonString();
    }
}
