using System.Text;
using System.Text.RegularExpressions;
using BuenaMock.Documents;
using BuenaMock.Http;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// The mock's own surface: <c>--admin-token</c> guards every control route (taken from <see cref="BuenaMockServer.Routes"/>,
/// so a new one cannot escape), <c>--no-control</c> removes them all, and no path from a request or a control call
/// reaches a file outside its folder (documents, the state file, recordings).
/// </summary>
public sealed partial class ControlSurfaceTests
{
    private const string Token = "control-surface-token";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task EveryControlRoute_AdminTokenSet_401WithoutTheTokenAndNothingChanges()
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        var control = mock.Routes.Where(r => r.Kind == RouteKind.Control).ToList();
        control.Select(r => r.Name).Should().Contain(["clock", "clock/advance", "clock/set", "jobs/create", "reset", "state/save", "faults", "rate-limits", "requests"]);
        var version = mock.Store.Version;
        var faults = mock.Faults.Current;
        using var root = ControlHttp.RootClient(mock);

        foreach (var route in control)
        {
            foreach (var authorization in new string?[] { null, "Bearer wrong-token", "Basic " + Token, Token })
            {
                using var response = await SendAsync(root, route, authorization);

                ((int)response.StatusCode).Should().Be(401, "{0} {1} with Authorization '{2}' needs the admin token", route.Method, route.Template, authorization);
                var body = await response.ReadJsonAsync();
                ((string?)body["code"]).Should().Be("UNAUTHORIZED");
                ((string?)body["message"]).Should().Contain("admin token");
            }
        }

        mock.Clock.GetUtcNow().Should().Be(TestClock.Now, "no refused call moved the clock");
        mock.Store.Version.Should().Be(version, "no refused call changed the data");
        mock.Faults.Current.Should().BeSameAs(faults, "no refused call changed the faults");

        foreach (var route in control)
        {
            using var response = await SendAsync(root, route, "Bearer " + Token);
            ((int)response.StatusCode).Should().NotBe(401, "{0} {1} accepts the admin token", route.Method, route.Template).And.NotBe(404).And.NotBe(405);
        }
    }

    [Fact]
    public async Task EveryControlRoute_NoControl_404AndNotServed()
    {
        IReadOnlyList<ApiRoute> control;
        await using (var full = MockHttp.Start())
        {
            control = [.. full.Routes.Where(r => r.Kind == RouteKind.Control)];
        }

        await using var mock = MockHttp.Start(configure: o => o.ControlEnabled = false);
        using var root = ControlHttp.RootClient(mock);

        mock.Routes.Should().NotContain(r => r.Kind == RouteKind.Control);
        control.Should().NotBeEmpty();
        foreach (var route in control)
        {
            using var response = await SendAsync(root, route, authorization: null);
            ((int)response.StatusCode).Should().Be(404, "{0} {1} is switched off", route.Method, route.Template);
        }

        mock.Clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Theory]
    [InlineData("/__buena/..%2F..%2FREADME.md")]
    [InlineData("/__buena/..%2Fschemas%2Fjob.schema.json")]
    [InlineData("/__buena/%2e%2e%2fopenapi.yaml")]
    [InlineData("/__buena/%252e%252e%252fopenapi.yaml")]
    [InlineData("/__buena/..%5C..%5Cjob.schema.json")]
    [InlineData("/__buena/../../../etc/passwd")]
    [InlineData("/__buena/....//....//etc/passwd")]
    [InlineData("/__buena/%2Fetc%2Fpasswd")]
    [InlineData("/__buena/job.schema.json%00.png")]
    [InlineData("/__buena/job.schema.json/..%2F..%2F..%2Fetc%2Fpasswd")]
    public async Task Documents_PathLeavingTheirFolder_404(string path)
    {
        await using var mock = MockHttp.Start();

        var answer = await RawHttp.SendAsync(mock.Port, Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"), Timeout, TestContext.Current.CancellationToken);

        // Kestrel refuses a decoded NUL itself (empty 400); every other path is the mock's 404.
        if (path.Contains("%00", StringComparison.Ordinal))
        {
            answer.Status.Should().Be(400);
            answer.Body.Should().BeEmpty();
            return;
        }

        answer.Status.Should().Be(404, "{0} names no document", path);
        answer.BodyText.Should().Contain("\"code\":\"NOT_FOUND\"").And.NotContain("root:").And.NotContain("openapi: ");
    }

    [Fact]
    public async Task Documents_MadeUpNames_NeitherServedNorCached()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        for (var i = 0; i < 300; i++)
        {
            using var response = await root.GetAsync($"__buena/made-up-{i}-{new string('x', 1_000)}.schema.json", key: null);
            ((int)response.StatusCode).Should().Be(404);
        }

        DocumentRoutes.CachedCount.Should().BeLessThanOrEqualTo(DocumentRoutes.SchemaNames().Count + 3, "a name asked for but not carried is not kept");
    }

    [Fact]
    public async Task StateSave_PathsInTheCall_IgnoredOnlyTheStateFileWritten()
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state", "state.json");
        await using var mock = MockHttp.Start(configure: o => o.StatePath = state);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/state/save?path=..%2F..%2Fevil.json&state=%2Ftmp%2Fevil.json", key: null,
            body: """{"path": "../../evil.json", "state": "/tmp/evil.json"}""");

        ((int)response.StatusCode).Should().Be(200);
        Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder.Path, p))
            .Should().BeEquivalentTo("state", Path.Combine("state", "state.json"));
    }

    [Fact]
    public async Task Record_RequestPathsFullOfDotDots_FilesStayInTheFolderWithSafeNames()
    {
        using var parent = new TempFolder();
        var record = Path.Combine(parent.Path, "recordings");
        await using var upstream = MockHttp.Start();
        await using (var proxy = MockHttp.Start(configure: o => { o.Proxy = new Uri(upstream.BaseUrl); o.RecordDirectory = record; }))
        {
            string[] paths =
            [
                "/api/v2/users/jobs/userJobStatus/../../../../../../tmp/evil",
                "/api/v2/users/jobs/userJobStatus/..%2F..%2F..%2F..%2F..%2Ftmp%2Fevil",
                "/api/v2/users/jobs/userJobStatus/%252e%252e%252f%252e%252e%252ftmp%252fevil",
                "/api/v2/users/jobs/userJobStatus/..%5C..%5C..%5Ctmp%5Cevil",
                "/api/v2/users/jobs/userJobStatus/....//....//tmp/evil",
                "/api/v2/..%2F..%2F..%2Fetc%2Fcron.d%2Fevil",
                "/api/v2/" + string.Concat(Enumerable.Repeat("..%2F", 200)) + "evil",
            ];
            foreach (var path in paths)
            {
                var request = $"GET {path} HTTP/1.1\r\nHost: a\r\nx-api-key: {MockHttp.GlobalKey}\r\nConnection: close\r\n\r\n";
                var answer = await RawHttp.SendAsync(proxy.Port, Encoding.ASCII.GetBytes(request), Timeout, TestContext.Current.CancellationToken);
                answer.Status.Should().BeLessThan(500, path);
            }
        }

        Directory.EnumerateFileSystemEntries(parent.Path).Select(Path.GetFileName).Should().Equal(["recordings"], "nothing is written beside the record folder");
        var files = Directory.GetFiles(record).Select(Path.GetFileName).ToList();
        files.Should().NotBeEmpty().And.OnlyContain(f => SafeName().IsMatch(f!), "each recording is named from a counter and [a-z0-9-] only");
        Directory.GetDirectories(record).Should().BeEmpty();
        File.Exists("/tmp/evil").Should().BeFalse();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient root, ApiRoute route, string? authorization)
    {
        var path = PathParameter().Replace(route.Template, "x").TrimStart('/');
        var headers = authorization is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = authorization };
        return await root.SendAsync(new HttpMethod(route.Method), path, key: null, headers, body: route.Method == "GET" ? null : "{}");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("^[0-9]{4}-[a-z0-9-]+\\.json$")]
    private static partial Regex SafeName();
}
