using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

/// <summary>The control API under <c>/__buena</c>: gated by <c>--admin-token</c>, removed by <c>--no-control</c>.</summary>
public class ControlApiTests
{
    private const string Token = "let-me-in-2026";

    [Theory]
    [InlineData("__buena/faults")]
    [InlineData("__buena/requests")]
    [InlineData("__buena/rate-limits")]
    [InlineData("__buena/clock")]
    public async Task Get_AdminTokenSetButNotSent_401SayingTheTokenIsNeeded(string path)
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(path, key: null);

        ((int)response.StatusCode).Should().Be(401);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-envelope.schema.json");
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("UNAUTHORIZED");
        ((string?)body["message"]).Should().Contain("control API needs the admin token");
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
        text.Should().NotContain(Token);
    }

    [Theory]
    [InlineData("Bearer wrong-token-1")]
    [InlineData("Bearer " + Token + "x")]
    [InlineData("Basic " + Token)]
    [InlineData(Token)]
    [InlineData("Bearer ")]
    public async Task Get_WrongToken_401(string authorization)
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Get, "__buena/faults", key: null, new Dictionary<string, string> { ["Authorization"] = authorization });

        ((int)response.StatusCode).Should().Be(401);
    }

    [Theory]
    [InlineData("Bearer " + Token)]
    [InlineData("bearer " + Token)]
    public async Task Get_RightToken_200(string authorization)
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Get, "__buena/faults", key: null, new Dictionary<string, string> { ["Authorization"] = authorization });

        ((int)response.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task PostReset_WithoutToken_401AndNothingReset()
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var root = ControlHttp.RootClient(mock);
        mock.Clock.Advance(TimeSpan.FromHours(1));

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/reset");

        ((int)response.StatusCode).Should().Be(401);
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now.AddHours(1));
    }

    [Fact]
    public async Task Put_WithoutToken_401AndNothingChanges()
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"errorRate": 1}""");

        ((int)response.StatusCode).Should().Be(401);
        mock.Faults.Current.ErrorRate.Should().Be(0);
    }

    [Fact]
    public async Task Get_AdminTokenSet_ApiAndDocumentsNeedNoToken()
    {
        await using var mock = MockHttp.Start(configure: o => o.AdminToken = Token);
        using var client = MockHttp.Client(mock);
        using var root = ControlHttp.RootClient(mock);

        using var jobs = await client.GetAsync("users/jobs", MockHttp.FullKey);
        using var document = await root.GetAsync("__buena/openapi.yaml", key: null);

        ((int)jobs.StatusCode).Should().Be(200);
        ((int)document.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task Get_NoAdminToken_ControlApiOpen()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync("__buena/faults", key: null);

        ((int)response.StatusCode).Should().Be(200);
    }

    [Theory]
    [InlineData("__buena/faults")]
    [InlineData("__buena/requests")]
    [InlineData("__buena/rate-limits")]
    public async Task Get_NoControl_404(string path)
    {
        await using var mock = MockHttp.Start(configure: o => o.ControlEnabled = false);
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync(path, key: null);
        using var document = await root.GetAsync("__buena/openapi.yaml", key: null);

        ((int)response.StatusCode).Should().Be(404);
        ((string?)(await response.ReadJsonAsync())["code"]).Should().Be("NOT_FOUND");
        ((int)document.StatusCode).Should().Be(200, "the contract documents are served without the control API");
    }

    [Fact]
    public async Task Delete_FaultsPath_405ListingBothMethods()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Delete, "__buena/faults");

        ((int)response.StatusCode).Should().Be(405);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "PUT");
    }
}
