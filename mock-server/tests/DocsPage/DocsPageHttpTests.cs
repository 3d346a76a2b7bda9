using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.DocsPage;

/// <summary><c>/__buena/docs</c>: Swagger UI with every asset served by the mock itself, so it works offline.</summary>
public partial class DocsPageHttpTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task GetDocs_ThePageAndEveryAssetItNames_ServedByTheMockWithNoExternalUrl()
    {
        using var root = ControlHttp.RootClient(server.Mock);

        using var page = await root.GetAsync(new Uri("__buena/docs/index.html", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        ((int)page.StatusCode).Should().Be(200);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        assets.Should().Contain(a => a.EndsWith(".js", StringComparison.Ordinal)).And.Contain(a => a.EndsWith(".css", StringComparison.Ordinal));
        assets.Should().NotContain(a => a.StartsWith("http", StringComparison.Ordinal) || a.StartsWith("//", StringComparison.Ordinal), "the page must load with no network");
        foreach (var asset in assets)
        {
            using var response = await root.GetAsync(new Uri(new Uri(root.BaseAddress!, "__buena/docs/"), asset), TestContext.Current.CancellationToken);
            ((int)response.StatusCode).Should().Be(200, "the page's asset {0} is served by the mock", asset);
            (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task GetDocs_TheConfiguration_PointsAtTheDocumentWithThisServerFirstAndNoValidator()
    {
        using var root = ControlHttp.RootClient(server.Mock);

        var initializer = await root.GetStringAsync(new Uri("__buena/docs/index.js", UriKind.Relative), TestContext.Current.CancellationToken);
        var shown = JsonNode.Parse(await root.GetStringAsync(new Uri("__buena/docs-openapi.json", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var served = JsonNode.Parse(await root.GetStringAsync(new Uri("__buena/openapi.json", UriKind.Relative), TestContext.Current.CancellationToken))!;

        initializer.Should().Contain("\"url\":\"/__buena/docs-openapi.json\"");
        initializer.Should().NotContain("validator.swagger.io", "the validator badge would be fetched from the network");
        ((string?)shown["servers"]![0]!["url"]).Should().Be("/api/v2", "Try it out must call this mock, on whatever host and port it runs, not the real API");
        shown["servers"]!.AsArray().Skip(1).Select(s => (string?)s!["url"]).Should().Equal(served["servers"]!.AsArray().Select(s => (string?)s!["url"]));
        ((string?)shown["paths"]!["/__buena/clock"]!["servers"]![0]!["url"]).Should().Be("/");
        JsonNode.DeepEquals(shown["paths"]!["/users/jobs"], served["paths"]!["/users/jobs"]).Should().BeTrue("only the servers differ");
    }

    [Fact]
    public async Task GetShownDocument_AsAnyDocument_JsonAndJournaled()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(new Uri("__buena/docs-openapi.json", UriKind.Relative), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var entry = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)entry["path"]).Should().Be("/__buena/docs-openapi.json");
        ((string?)entry["route"]).Should().Be("document");
        ((string?)entry["id"]).Should().Be(response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task TryItOut_TheFirstServerOfTheShownDocument_ReachesThisMock()
    {
        using var root = ControlHttp.RootClient(server.Mock);
        var shown = JsonNode.Parse(await root.GetStringAsync(new Uri("__buena/docs-openapi.json", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var baseUrl = new Uri(root.BaseAddress!, (string)shown["servers"]![0]!["url"]!);

        using var client = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(200);
    }

    [Theory]
    [InlineData("__BUENA/DOCS/index.html", 200)]
    [InlineData("__buena/Docs/index.html", 200)]
    [InlineData("__buena/docsx/index.html", 404)]
    [InlineData("__buena/index.html", 404)]
    public async Task GetDocs_PathCaseAndSegments_ServedAsSwaggerUiMatchesThem(string path, int status)
    {
        using var root = ControlHttp.RootClient(server.Mock);

        using var response = await root.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be(status == 200 ? "text/html" : "application/json");
    }

    [Theory]
    [InlineData("__buena/docs")]
    [InlineData("__buena/docs/")]
    public async Task GetDocs_WithoutIndexHtml_RedirectedToThePage(string path)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var root = new HttpClient(handler) { BaseAddress = new Uri(server.Mock.Url + "/") };

        using var response = await root.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().BeOneOf(301, 302);
        response.Headers.Location!.ToString().Should().EndWith("index.html");
    }

    [Fact]
    public async Task GetDocs_Requested_NotInTheJournal()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var page = await root.GetAsync(new Uri("__buena/docs/index.html", UriKind.Relative), TestContext.Current.CancellationToken);
        var journal = await ControlHttp.JournalAsync(mock);

        ((int)page.StatusCode).Should().Be(200);
        journal["requests"]!.AsArray().Should().BeEmpty("the docs page, like the documents, is not an API request");
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"#]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Asset();
}
